import Foundation

/// Renders every article body and every profile in parallel, rewriting links to other content files
/// (`../entities/john-kerry.md`) into page links; reports such links that lead nowhere, and turns
/// links to drafts left out of the site into plain text (their file names are never written).
enum BodyRenderer {
    /// Renders the Markdown text (`markdown`, by file path: `ParsedContent.bodies`) of every article,
    /// entity and place of `graph`; a stub has none. With a `memo`, each text is looked up by the
    /// `FileStamp` of its file (`sourceStamps`, by path) when known, else by its hash.
    ///
    /// `imageSize` gives the size of an image from its destination as written and the path of the
    /// file whose body has it (see `MarkdownRenderer.imageSize`). A memo knows renderings by their text
    /// and what they are rendered against, which takes in `media` (its digest has every image's size)
    /// but not `imageSize` itself: it must answer from `media` alone.
    static func render(
        _ graph: DossierGraph, markdown: [String: String], options: MarkdownOptions, memo: (any MarkdownMemo)? = nil,
        sourceStamps: [String: ContentHash] = [:], media: MediaFiles = MediaFiles(),
        imageSize: @escaping @Sendable (_ destination: String, _ path: String) -> ImageSize? = { _, _ in nil }
    ) -> (RenderedBodies, [Diagnostic]) {
        let articleIDs = Set(graph.articles.map(\.id))
        let entityIDs = Set(graph.entities.map(\.id))
        let placeIDs = Set(graph.places.map(\.id))
        let pageIDs = Set(graph.pages.map(\.id))
        let draftIDs = graph.draftArticleIDs
        let ids = ContentLinks.IDs(
            articles: articleIDs, entities: entityIDs, places: placeIDs, pages: pageIDs, drafts: draftIDs,
            events: ContentLinks.eventPages(in: graph))
        var context = ContentHash()
        context.combine(options.rawValue)
        for ids in [articleIDs, entityIDs, placeIDs, pageIDs, draftIDs] {
            context.combine(ids.sorted().joined(separator: "\n"))
        }
        // Links to events go to the timeline page that lists them.
        context.combine(ids.events.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: "\n"))
        context.combine(media.digest)
        // Bodies shown on pages two folders deep (articles, entities, places), or one (pages); links
        // to media files are relative to the Markdown file's folder.
        let render = { (path: String?, depth: Int) -> RenderedMarkdown in
            let body = path.flatMap { markdown[$0] } ?? ""
            let root = depth == 0 ? SiteURLs.bodyRoot : SiteURLs.pageBodyRoot
            let file = path ?? ""
            let renderer = MarkdownRenderer(
                options: options,
                rewriteLink: { destination in
                    ContentLinks.rewrite(destination, ids: ids, root: root)
                        ?? MediaLinks.rewrite(destination, from: file, media: media, root: root)
                }, imageSize: { imageSize($0, file) })
            guard let memo else { return renderer.render(body) }
            let text = path.flatMap { sourceStamps[$0] } ?? ContentHash.of(body)
            var bodyContext = context
            bodyContext.combine(depth)
            bodyContext.combine((file as NSString).deletingLastPathComponent)
            return memo.rendered(text: text, context: bodyContext) { renderer.render(body) }
        }
        let articles = graph.articles.parallelMap { render($0.path, 0) }
        let entities = graph.entities.parallelMap { render($0.path, 0) }
        let places = graph.places.parallelMap { render($0.path, 0) }
        let pages = graph.pages.parallelMap { render($0.path, 1) }
        // Written summaries: one line of inline Markdown each (links in them are not rewritten).
        let inlineRenderer = MarkdownRenderer(options: options)
        var inlineContext = ContentHash()
        inlineContext.combine("summary")
        inlineContext.combine(options.rawValue)
        let inline = { (text: String?) -> InlineMarkdown? in
            guard let text else { return nil }
            let render = { () -> RenderedMarkdown in
                let rendered = inlineRenderer.renderInline(text)
                return RenderedMarkdown(html: rendered.html, firstParagraph: rendered.text)
            }
            let rendered = memo?.rendered(text: ContentHash.of(text), context: inlineContext, render: render) ?? render()
            return InlineMarkdown(html: rendered.html, text: rendered.firstParagraph)
        }
        let summaries = graph.articles.parallelMap { inline($0.summary) }
        let pageSummaries = graph.pages.map { inline($0.summary) }
        var diagnostics: [Diagnostic] = []
        var sources: [(path: String, firstLine: Int, rendered: RenderedMarkdown)] = []
        sources += zip(graph.articles, articles).map { ($0.path, $0.bodyFirstLine, $1) }
        sources += zip(graph.entities, entities).map { ($0.path ?? "", $0.bodyFirstLine, $1) }
        sources += zip(graph.places, places).map { ($0.path ?? "", $0.bodyFirstLine, $1) }
        sources += zip(graph.pages, pages).map { ($0.path, $0.bodyFirstLine, $1) }
        for (path, firstLine, rendered) in sources {
            // Positions in the body, as the file's line and column.
            func warn(_ message: String, line: Int, column: Int) {
                diagnostics.append(.warning(message, at: SourceLocation(path: path, line: firstLine + line - 1, column: column)))
            }
            for link in rendered.unresolvedLinks {
                let isContentLink = link.destination.hasSuffix(".md") || link.destination.contains(".md#")
                let isEventLink = link.destination.contains(".yml#") || link.destination.contains(".yaml#")
                if isEventLink {
                    warn(
                        "the link '\(link.destination)' names no event: link to an event by its timeline file and its id (../timeline/april-2016.yml#moscow-ceasefire), and give the event that 'id'",
                        line: link.line, column: link.column)
                } else if isContentLink {
                    warn(
                        "the link '\(link.destination)' points at a content file that does not exist; link to an article, entity or place by its file name (for example ../entities/john-kerry.md)",
                        line: link.line, column: link.column)
                } else if link.destination.hasPrefix("/"), !link.destination.hasPrefix("//"),
                    !link.destination.hasPrefix("/media/")
                {
                    warn(
                        "the link '\(link.destination)' is not a file of content/, and an address from the web host's root breaks when the site is published under a sub-path or opened from disk; link to the content file instead (../articles/x.md, ../pages/about.md), to a media file from content/ (/media/map.png), or write the full address (https://…)",
                        line: link.line, column: link.column)
                } else {
                    let resolved = MediaLinks.contentPath(link.destination, from: path).map { " (content/\($0))" } ?? ""
                    warn(
                        "the file '\(link.destination)'\(resolved) does not exist; put images and documents in content/media/ and link to them relative to this file (../media/map.png) or from content/ (/media/map.png)",
                        line: link.line, column: link.column)
                }
            }
            // The message does not name the draft: diagnostics are kept in the output folder's marker.
            for link in rendered.unpublishedLinks {
                warn(
                    "this link points at a draft article, which is not published: it is shown as plain text, without a link; publish the article (remove 'draft: true'), or remove the link",
                    line: link.line, column: link.column)
            }
            if let html = rendered.droppedHTML {
                warn(
                    "raw HTML is not published (it is dropped from the page); write it in Markdown, or set 'unsafe_html: true' in site.yml to keep it",
                    line: html.line, column: html.column)
            }
            for image in rendered.imagesWithoutDescription {
                warn(
                    "this image has no description, so readers who cannot see it learn nothing from it; describe the image between the brackets: ![A map of the front line](../media/map.png)",
                    line: image.line, column: image.column)
            }
            for reference in rendered.undefinedFootnotes {
                warn(
                    "the footnote '[^\(reference.label)]' is not defined, so it is shown as written; define it on a line of its own ('[^\(reference.label)]: the note'), or remove the reference",
                    line: reference.line, column: reference.column)
            }
        }
        var bodies = RenderedBodies(articles: articles, entities: entities, places: places, pages: pages)
        bodies.summaries = summaries
        bodies.pageSummaries = pageSummaries
        return (bodies, diagnostics)
    }
}

/// Links between content files, written as relative paths to `.md` files.
enum ContentLinks {
    /// The ids a link to a content file may name.
    struct IDs: Sendable {
        var articles: Set<String>
        var entities: Set<String>
        var places: Set<String>
        var pages: Set<String> = []
        var drafts: Set<String> = []
        /// The timeline page of each event with an id, by id.
        var events: [String: String] = [:]
    }

    /// The timeline page of each event of `graph` that has an id, by id.
    static func eventPages(in graph: DossierGraph) -> [String: String] {
        let pages = EventAnchors.timelinePages(
            in: graph, years: TimelineYear.all(in: graph), splits: SitePage.splitsTimeline(graph))
        var byID: [String: String] = [:]
        for (number, event) in graph.events.enumerated() {
            if let id = event.record.id?.value, number < pages.count { byID[id] = pages[number] }
        }
        return byID
    }

    /// The page URL for a link to a content file, from a page whose way back to the site root is
    /// `root`; `.unpublished` when it names only a draft left out (`drafts`), `.missing` when it
    /// names no file; `nil` when it is not a link to a content file.
    static func rewrite(_ destination: String, ids: IDs, root: String) -> LinkRewrite? {
        guard !destination.contains("://"), !destination.hasPrefix("mailto:") else { return nil }
        var path = destination
        var fragment = ""
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[hash...])
            path = String(path[..<hash])
        }
        // A link to an event of a timeline file by its id (`../timeline/april-2016.yml#moscow-ceasefire`):
        // the timeline page that lists it.
        if path.hasSuffix(".yml") || path.hasSuffix(".yaml"), !fragment.isEmpty, !path.hasPrefix("/"),
            !path.split(separator: "/").contains("media")
        {
            let id = String(fragment.dropFirst())
            guard let page = ids.events[id] else { return .missing }
            return .url(root + SiteURLs.encoded(page) + fragment)
        }
        guard path.hasSuffix(".md") else { return nil }
        let components = path.split(separator: "/").map(String.init)
        guard let file = components.last else { return nil }
        let id = String(file.dropLast(3))
        let folders = Set(components.dropLast())
        let candidates: [(folder: String, ids: Set<String>, page: (String) -> String)] = [
            ("articles", ids.articles, SiteURLs.article), ("entities", ids.entities, SiteURLs.entity),
            ("places", ids.places, SiteURLs.place), ("pages", ids.pages, SiteURLs.page),
        ]
        let ordered = candidates.filter { folders.contains($0.folder) } + candidates.filter { !folders.contains($0.folder) }
        for candidate in ordered where candidate.ids.contains(id) {
            return .url(root + SiteURLs.encoded(candidate.page(id)) + fragment)
        }
        return ids.drafts.contains(id) ? .unpublished : .missing
    }
}
