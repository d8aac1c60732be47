/// What an entity's page and a place's page both show of their subject (as keys of the page's
/// view): the name, other names and type, the profile, and the articles about it, a page at a
/// time. Later pages (`is_continuation`) leave out the profile and the events, which the first has.
struct SubjectPageView: Encodable, Sendable {
    let name: String
    let aliases: [String]
    let hasAliases: Bool
    let type: String
    let typeLabel: String
    let profileHtml: RenderedHTML?
    let isStub: Bool
    let articlesHtml: FragmentList
    let hasArticles: Bool
    let articleCount: Int
    let pagination: PaginationView?
    let isContinuation: Bool?
    let firstPageUrl: SiteLink?
    let events: Inline<EventListView>?
    /// The subject's picture, on the first page.
    let image: CoverView?
    /// The language of its name and profile, when not the page's.
    let textLanguage: TextLanguage?

    /// Page `page` about a subject whose first page is `base`, with `articles` (newest first) and
    /// `events` (event indices, in time order); `profile` reads its rendered profile.
    init(
        name: String, aliases: [String], type: String, typeLabel: String, isStub: Bool, base: String, articles: [Int],
        events: [Int], page: Int, image: CoverImage? = nil, language: String? = nil, from source: PageSource,
        profile: () -> RenderedHTML
    ) {
        let first = page == 1
        self.name = name
        self.aliases = aliases
        hasAliases = !aliases.isEmpty
        self.type = type
        self.typeLabel = typeLabel
        self.isStub = isStub
        profileHtml = first ? profile() : nil
        articlesHtml = source.cards(Pagination.slice(articles, page: page, perPage: source.paginateBy))
        hasArticles = !articles.isEmpty
        articleCount = articles.count
        pagination = PaginationView(page: page, items: articles.count, perPage: source.paginateBy, base: base)
        isContinuation = first ? nil : true
        firstPageUrl = first ? nil : SiteLink(base)
        self.events = first ? Inline(EventListView(events, subject: base, from: source)) : nil
        self.image = first ? CoverView(image, media: source.media) : nil
        textLanguage = TextLanguage(language, page: source.language, untranslated: source.editions != nil)
    }
}
