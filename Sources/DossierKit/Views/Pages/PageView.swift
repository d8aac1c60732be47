/// Everything one page shows, as one value: templates read its template data (`TemplateData`), and
/// its fingerprint is its digest (`ViewDigest`), so the two cannot disagree.
///
/// Its parts share the template's top level: the keys of every page (`CommonView`), the head
/// (`PageHead`: title, description, links and metadata) and the page's own keys (`PageContent`).
struct PageView: Encodable, Sendable {
    /// The same for every page of a section (`ViewSource.common`).
    let common: Shared<CommonView>
    let head: PageHead
    let content: PageContent

    private enum Part: String, CodingKey { case common }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Part.self)
        try container.encode(Inline(common), forKey: .common)
        try head.encode(to: encoder)
        try content.encode(to: encoder)
    }
}

/// The keys every page has (see docs/theming.md).
struct CommonView: Encodable, Sendable {
    struct Site: Encodable, Sendable {
        let title: String
        let description: String
        let language: String
        /// `ltr`, or `rtl` for a language written right to left (Arabic, Persian, Hebrew, Urdu).
        let direction: String
    }

    struct NavItem: Encodable, Sendable {
        let label: String
        let url: SiteLink
        let current: Bool
        /// The language of a stand-alone page's title shown untranslated.
        var textLanguage: TextLanguage? = nil
    }

    let site: Site
    /// The way back to the site root.
    let root = SiteLink("")
    let nav: [NavItem]
    let stylesheet = SiteLink("assets/style.css")
    /// The dossier's own stylesheet (`templates/assets/custom.css`), linked after the theme's.
    let customStylesheet: SiteLink?
    let generator = "Dossier"
    /// The open data files (`data/` at the site's root, `OpenData`), for the footer.
    let dataFiles: [DataFileLink]

    /// The sections of the navigation, in order: label (a translation key), first page, section name.
    static let sections: [(label: String, page: SitePage, section: String)] = [
        ("home", .home, "home"), ("articles", .articleIndex(page: 1), "articles"), ("entities", .entityIndex, "entities"),
        ("places", .placeIndex, "places"), ("timeline", .timeline, "timeline"), ("tags", .tagIndex, "tags"),
    ]

    init(
        site: SiteConfig, section: String, graph: DossierGraph, customStylesheet: Bool = false,
        language: SiteLanguage? = nil, up: String = ""
    ) {
        let translations = language?.translations
        dataFiles = DataFileLink.all(up: up)
        self.customStylesheet = customStylesheet ? SiteLink("assets/" + Theme.customStylesheet) : nil
        self.site = Site(
            title: site.title, description: site.description, language: site.language,
            direction: language?.direction ?? SiteLanguage.direction(of: site.language))
        nav =
            Self.sections.map { item in
                NavItem(
                    label: translations?.text(item.label) ?? item.label.capitalized,
                    url: SiteLink(SiteURLs.path(of: item.page, in: graph)), current: item.section == section)
            }
            + graph.pages.indices.filter { graph.pages[$0].menu != nil }.map { number in
                let page = SitePage.page(number)
                return NavItem(
                    label: graph.pages[number].title, url: SiteLink(SiteURLs.path(of: page, in: graph)),
                    current: page.section == section, textLanguage: TextLanguage(graph.pages[number].language))
            }
    }
}

/// One of the open data files (`OpenData`), linked from a page.
struct DataFileLink: Encodable, Sendable {
    let name: String
    let title: String
    let type: String
    let url: SiteLink

    /// Every file, from an edition whose way back to the site's root is `up` (`../` from `ru/`).
    static func all(up: String) -> [DataFileLink] {
        OpenData.files.map { DataFileLink($0, up: up) }
    }

    init(_ file: OpenData.File, up: String) {
        name = file.name
        title = file.title
        type = file.mediaType
        url = SiteLink(up + file.path)
    }
}

/// A page's title, description, and what its `<head>` links to or describes.
struct PageHead: Encodable, Sendable {
    struct Feed: Encodable, Sendable {
        let title: String
        let url: SiteLink
    }

    let pageTitle: String
    let pageDescription: String
    let searchUrl = SiteLink(SiteURLs.searchPage)
    var ogType = "website"
    /// The page's absolute address, when the site's is known.
    var canonicalUrl: String?
    var siteFeed: Feed?
    var feeds: [Feed]?
    var pageFeed: Feed?
    var jsonLdHtml: JSONLDScript?
    /// The page's picture for link previews (`og:image`), absolute: only with the site's address.
    var ogImage: OpenGraphImage?
    var activity: Drawn<ActivityView>?
    var map: Drawn<LocatorMapView>?
    /// The same page in the site's other languages, where it is written in them (`hreflang`).
    var alternates: [Alternate] = []
    /// Every language of a multilingual site, for the switcher; `nil` for a site in one.
    var languageSwitcher: LanguageSwitcher?
    /// The open data files that hold what the page shows, for `<link rel="alternate">` (the home
    /// page, the timeline, the places index).
    var dataAlternates: [DataFileLink]?

    /// The links to the page in every language of the site.
    struct LanguageSwitcher: Encodable, Sendable {
        let choices: [LanguageChoice]
    }

    /// The page in another language, for `<link rel="alternate" hreflang>`: its absolute address.
    struct Alternate: Encodable, Sendable {
        let hreflang: String
        let url: String
    }

    /// One language of the switcher: its name in itself and the page in it.
    struct LanguageChoice: Encodable, Sendable {
        let name: String
        let hreflang: String
        let url: SiteLink
        let current: Bool
    }
}

/// A picture for link previews: its absolute address, what it shows, its size.
struct OpenGraphImage: Encodable, Sendable {
    let url: String
    let alt: String?
    let width: Int?
    let height: Int?
}

/// A page's own keys: flat at the top level for the indexes and the timeline, under one key
/// (`article`, `entity`, `place`, `tag`) for a page about one thing.
enum PageContent: Encodable, Sendable {
    case home(HomeView)
    case articleIndex(ArticleIndexView)
    case article(ArticlePageView)
    case entityIndex(EntityIndexView)
    case entity(EntityPageView)
    case placeIndex(PlaceIndexView)
    case place(PlacePageView)
    case timeline(TimelineView)
    case tagIndex(TagIndexView)
    case tag(TagPageView)
    case eventList(EventListPageView)
    case placeList(PlaceListView)
    case page(StandalonePageView)
    case none

    private enum Key: String, CodingKey { case article, entity, place, tag, page, tree }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .home(let view): try view.encode(to: encoder)
        case .articleIndex(let view): try view.encode(to: encoder)
        case .entityIndex(let view): try view.encode(to: encoder)
        case .timeline(let view): try view.encode(to: encoder)
        case .tagIndex(let view): try view.encode(to: encoder)
        case .placeIndex(let view): try view.encode(to: encoder)
        case .eventList(let view): try view.encode(to: encoder)
        case .placeList(let view): try view.encode(to: encoder)
        case .article(let view):
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(view, forKey: .article)
        case .entity(let view):
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(view, forKey: .entity)
        case .place(let view):
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(view, forKey: .place)
        case .tag(let view):
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(view, forKey: .tag)
        case .page(let view):
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(view, forKey: .page)
        case .none:
            break
        }
    }
}

/// Links between the pages of a list (`partials/pagination`).
struct PaginationView: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        var isGap: Bool?
        var number: Int?
        var url: SiteLink?
        var current: Bool?
    }

    let number: Int
    let total: Int
    let pages: [Item]
    let hasPrevious: Bool
    let hasNext: Bool
    let previousUrl: SiteLink?
    let nextUrl: SiteLink?
    /// How the list runs, for the words of its previous and next links: newest first (articles:
    /// "Newer", "Older"), oldest first (events: "Earlier", "Later") or by name ("Previous", "Next").
    let inTimeOrder: Bool?
    let inNameOrder: Bool?

    /// The order of a list.
    enum Order { case newestFirst, time, name }

    /// Page `page` of a list of `items` whose first page is `base`, or `nil` when it fits on one;
    /// `lead` pages come before the list's own (the places index, whose first page is its tree).
    init?(page: Int, items: Int, perPage: Int, base: String, order: Order = .newestFirst, lead: Int = 0) {
        let total = Pagination.pageCount(items: items, perPage: perPage) + lead
        guard total > 1 else { return nil }
        inTimeOrder = order == .time ? true : nil
        inNameOrder = order == .name ? true : nil
        func url(_ number: Int) -> SiteLink { SiteLink(Pagination.path(base, page: number)) }
        var pages: [Item] = []
        var previous = 0
        for number in Set([1, total]).union(max(1, page - 2)...min(total, page + 2)).sorted() {
            if number > previous + 1 { pages.append(Item(isGap: true)) }
            pages.append(Item(number: number, url: url(number), current: number == page))
            previous = number
        }
        self.number = page
        self.total = total
        self.pages = pages
        hasPrevious = page > 1
        hasNext = page < total
        previousUrl = page > 1 ? url(page - 1) : nil
        nextUrl = page < total ? url(page + 1) : nil
    }
}

/// A date as a template shows it: ISO for `<time datetime>`, and as read.
struct DateView: Encodable, Sendable {
    let dateIso: String
    let dateDisplay: String

    init(_ date: PartialDate, in dates: DateText) {
        dateIso = date.description
        dateDisplay = dates.text(of: date)
    }
}
