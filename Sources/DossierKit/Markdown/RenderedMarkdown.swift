/// A Markdown text rendered to HTML, with what the builder needs from its syntax tree.
struct RenderedMarkdown: Sendable, Hashable {
    /// The HTML; headings carry `id`s, and a body's `#` headings are moved down a level so the page
    /// keeps one `<h1>`.
    var html: String
    /// The first paragraph as plain text (for summaries), empty when there is none.
    var firstParagraph: String
    /// Link destinations that looked like links to other content files but matched none, with their
    /// lines and columns within the Markdown text (1-based).
    var unresolvedLinks: [(destination: String, line: Int, column: Int)]
    /// Where links to unpublished files (drafts) were, removed from the HTML (1-based line and column).
    var unpublishedLinks: [(line: Int, column: Int)]
    /// Where the first raw HTML dropped from the page is (1-based line and column); `nil` when there is
    /// none, or raw HTML is allowed.
    var droppedHTML: (line: Int, column: Int)?
    /// Where each image without a description (empty alt text) is (1-based line and column).
    var imagesWithoutDescription: [(line: Int, column: Int)]
    /// References to footnotes that are not defined, left as written: each label, and where it is.
    var undefinedFootnotes: [(label: String, line: Int, column: Int)]
    /// Links and images a publisher checks (`dossier check`) but a build does not need: those whose
    /// address, as written into the page, starts at the host's root (`/…`) or names an anchor (`#…`);
    /// each as written in the text and as written into the page.
    var checkedLinks: [(written: String, address: String, line: Int, column: Int)]
    /// A hash of `html`, made once with it (pages compare it to tell whether the text changed).
    let digest: ContentHash
    /// The first paragraph cut to 280 characters: the summary of an article that has none.
    let excerpt: String

    /// The rendering of a text: its HTML, first paragraph and the problems found in it.
    init(
        html: String, firstParagraph: String, unresolvedLinks: [(destination: String, line: Int, column: Int)] = [],
        unpublishedLinks: [(line: Int, column: Int)] = [], droppedHTML: (line: Int, column: Int)? = nil,
        imagesWithoutDescription: [(line: Int, column: Int)] = [],
        undefinedFootnotes: [(label: String, line: Int, column: Int)] = [],
        checkedLinks: [(written: String, address: String, line: Int, column: Int)] = []
    ) {
        self.html = html
        self.firstParagraph = firstParagraph
        self.unresolvedLinks = unresolvedLinks
        self.unpublishedLinks = unpublishedLinks
        self.droppedHTML = droppedHTML
        self.imagesWithoutDescription = imagesWithoutDescription
        self.undefinedFootnotes = undefinedFootnotes
        self.checkedLinks = checkedLinks
        digest = ContentHash.of(html)
        excerpt = firstParagraph.shortened(to: 280)
    }

    /// A rendering kept by an earlier build, its digest and excerpt as that build made them (the
    /// persistent build cache; not made again, since cutting every excerpt is a good part of reading it).
    init(
        html: String, firstParagraph: String, unresolvedLinks: [(destination: String, line: Int, column: Int)],
        unpublishedLinks: [(line: Int, column: Int)], droppedHTML: (line: Int, column: Int)?,
        imagesWithoutDescription: [(line: Int, column: Int)], undefinedFootnotes: [(label: String, line: Int, column: Int)],
        checkedLinks: [(written: String, address: String, line: Int, column: Int)], digest: ContentHash, excerpt: String
    ) {
        self.html = html
        self.firstParagraph = firstParagraph
        self.unresolvedLinks = unresolvedLinks
        self.unpublishedLinks = unpublishedLinks
        self.droppedHTML = droppedHTML
        self.imagesWithoutDescription = imagesWithoutDescription
        self.undefinedFootnotes = undefinedFootnotes
        self.checkedLinks = checkedLinks
        self.digest = digest
        self.excerpt = excerpt
    }

    static func == (a: RenderedMarkdown, b: RenderedMarkdown) -> Bool {
        a.html == b.html && a.firstParagraph == b.firstParagraph
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(html)
    }
}
