import Foundation

/// The places in the alphabetical order of an edition, each with its initial, for the lists of
/// places by name (`PlaceListView`): worked out once per build, when a list needs it.
struct PlaceAlphabet: Sendable {
    /// Place indices in the edition's order.
    let order: [Int]
    /// Each place's initial as a list heads it ("A", "Ж", "#" for a name that starts with no
    /// letter), by place index.
    let initials: [String]

    /// The places of `graph`, in the order `ranks` gives (an edition's, by name), or the graph's own.
    init(graph: DossierGraph, ranks: [Int]?, language: String) {
        let locale = Locale(identifier: language)
        order = ranks.map { ranks in graph.places.indices.sorted { ranks[$0] < ranks[$1] } } ?? Array(graph.places.indices)
        initials = graph.places.map { Self.initial(of: $0.name, locale: locale) }
    }

    /// The letter `name` is listed under: its first letter without diacritics, upper case.
    static func initial(of name: String, locale: Locale) -> String {
        guard let first = TextFolding.fold(String(name.prefix(4))).first, first.isLetter else { return "#" }
        return String(first).uppercased(with: locale)
    }

    /// Whether the lists of `graph` need the alphabet: the places index has pages of them all, or a
    /// place has more places within it than its page lists.
    static func isNeeded(in graph: DossierGraph) -> Bool {
        graph.places.count > PlaceIndexView.wholeTreeLimit
            || graph.placeLinks.contains { $0.childIDs.count > PlacePageView.childLimit }
    }
}

/// The letters of a list of places by name, each linked to where its places start, as a list
/// heads its pages (`letters`); empty when the names start with too many letters to list
/// (more than `PlaceListView.letterLimit`: a script of many signs).
struct PlaceLetters: Sendable {
    struct Letter: Encodable, Sendable {
        let letter: String
        let url: SiteLink
        let current: Bool
    }

    /// Each run of names with one initial: the initial, and where the run starts in the list.
    let runs: [(initial: String, start: Int)]

    init(_ places: [Int], alphabet: PlaceAlphabet) {
        var runs: [(initial: String, start: Int)] = []
        for (position, number) in places.enumerated() where runs.last?.initial != alphabet.initials[number] {
            runs.append((alphabet.initials[number], position))
        }
        self.runs = runs
    }

    /// The anchor of run `run` on its pages.
    static func anchor(_ run: Int) -> String { "letter-\(run + 1)" }

    /// The letters, each once, linked to its first run on the pages of the list at `base`, page
    /// `lead + 1` holding its first places; `current` is the page shown.
    func links(base: String, lead: Int, current: Int?) -> [PlaceListView.Letter] {
        var seen: Set<String> = []
        let links = runs.enumerated().compactMap { run, entry -> PlaceListView.Letter? in
            guard seen.insert(entry.initial).inserted else { return nil }
            let page = entry.start / PlaceListView.perPage + 1 + lead
            return PlaceListView.Letter(
                letter: entry.initial, url: SiteLink(Pagination.path(base, page: page), anchor: Self.anchor(run)),
                current: page == current)
        }
        return links.count > PlaceListView.letterLimit ? [] : links
    }
}

/// A page of places by name (`place-list.mustache`): every place of the dossier, after the places
/// index's tree (`places/page/2/`), or the places directly within one place (`places/<id>/within/`),
/// at most `perPage` a page, under their initials, with the initials of the whole list linked.
struct PlaceListView: Encodable, Sendable {
    typealias Letter = PlaceLetters.Letter

    /// The places of one initial on the page.
    struct Group: Encodable, Sendable {
        let letter: String
        let anchor: String
        let places: [Counted<PlaceChipView>]
    }

    /// The page's title ("Places: Abasolo to Chalco", "Places within Oaxaca (page 2)") and the line
    /// under it, the names in them marked with their language.
    let heading: MarkedText
    let lead: MarkedText
    /// The place whose places these are, on a list of the places within one.
    let parent: Inline<Counted<PlaceChipView>>?
    let isWithin: Bool
    /// How many places the whole list has.
    let count: Int
    let letters: [Letter]
    let groups: [Group]
    /// The first and last names of the page, as a dictionary's page heads them.
    let firstName: String?
    let lastName: String?
    let placesUrl: SiteLink
    let pagination: PaginationView?

    /// The most places on one page: a line each, a few hundred keep a page light.
    static let perPage = 500
    /// The most initials listed above a list; more (a script of many signs) and the pages are enough.
    static let letterLimit = 64

    /// Page `page` of the places index (from 2: the first is the tree), every place by name.
    init(page: Int, from source: PageSource) {
        let alphabet = source.placeAlphabet
        self.init(
            places: alphabet?.order ?? [], alphabet: alphabet, base: SiteURLs.path(of: .placeIndex, in: source.graph),
            page: page, leading: 1, parent: nil, from: source)
    }

    /// Page `page` of the places directly within place `number`.
    init(within number: Int, page: Int, from source: PageSource) {
        let graph = source.graph
        let children = source.byName(places: graph.placeLinks[number].childIDs.compactMap { graph.placeIndex[$0] })
        self.init(
            places: children, alphabet: source.placeAlphabet, base: SiteURLs.placesWithin(graph.places[number].id), page: page,
            leading: 0, parent: number, from: source)
    }

    private init(
        places: [Int], alphabet: PlaceAlphabet?, base: String, page: Int, leading: Int, parent: Int?, from source: PageSource
    ) {
        let graph = source.graph
        self.parent = parent.map { Inline(Counted(source.fragments.placeChips[$0], count: nil)) }
        isWithin = parent != nil
        count = places.count
        let letters = alphabet.map { PlaceLetters(places, alphabet: $0) }
        self.letters = letters?.links(base: base, lead: leading, current: page) ?? []
        let start = min(places.count, (page - 1 - leading) * Self.perPage)
        let end = min(places.count, start + Self.perPage)
        var groups: [Group] = []
        if let letters, let alphabet {
            for (run, entry) in letters.runs.enumerated() {
                let next = run + 1 < letters.runs.count ? letters.runs[run + 1].start : places.count
                let from = max(start, entry.start)
                let to = min(end, next)
                guard from < to else { continue }
                groups.append(
                    Group(
                        letter: alphabet.initials[places[from]], anchor: PlaceLetters.anchor(run),
                        places: places[from..<to].map {
                            Counted(source.fragments.placeChips[$0], count: graph.placeLinks[$0].articles.count)
                        }))
            }
        }
        self.groups = groups
        firstName = start < end ? graph.places[places[start]].name : nil
        lastName = start < end ? graph.places[places[end - 1]].name : nil
        let t = source.language.translations
        let ends = start < end ? [places[start], places[end - 1]].map { (graph.places[$0].name, graph.places[$0].language) } : []
        let range = ends.isEmpty ? [("", nil), ("", nil)] : ends
        if let parent {
            let place = graph.places[parent]
            heading = MarkedText(names: [(place.title, place.language)]) { names in
                let title = t.text("places_within_title", ["name": names[0]])
                return page > 1 ? t.text("title_page", ["title": title], numbers: ["page": page]) : title
            }
            lead = MarkedText(names: range) { names in
                t.text("places_within_lead", ["first_name": names[0], "last_name": names[1]], numbers: ["count": places.count])
            }
        } else {
            heading = MarkedText(names: range) { names in t.text("places_from_to", ["from": names[0], "to": names[1]]) }
            lead = MarkedText(names: []) { _ in t.text("places_list_lead", numbers: ["count": places.count]) }
        }
        placesUrl = SiteLink(SiteURLs.path(of: .placeIndex, in: graph))
        pagination = PaginationView(
            page: page, items: places.count, perPage: Self.perPage, base: base, order: .name, lead: leading)
    }
}
