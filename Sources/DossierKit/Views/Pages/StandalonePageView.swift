/// A stand-alone page (`page.mustache`, under `page`): About, Methodology, Corrections.
struct StandalonePageView: Encodable, Sendable {
    let title: String
    /// The summary written in front matter, shown as the lead.
    let lead: String?
    let leadHtml: String?
    let bodyHtml: RenderedHTML
    /// The language of its title and text, when not the page's.
    let textLanguage: TextLanguage?

    init(_ number: Int, from source: PageSource) {
        let page = source.graph.pages[number]
        title = page.title
        lead = source.pageSummary(number)?.text ?? page.summary
        leadHtml = source.pageSummary(number)?.html ?? page.summary.map(HTMLEscaping.escape)
        bodyHtml = source.pageBody(number)
        textLanguage = TextLanguage(page.language, page: source.language, untranslated: source.editions != nil)
    }
}
