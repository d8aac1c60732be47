/// The article list (`articles.mustache`): every article, newest first, a page at a time.
struct ArticleIndexView: Encodable, Sendable {
    let articlesHtml: FragmentList
    let count: Int
    let hasArticles: Bool
    let pagination: PaginationView?

    init(page: Int, from source: PageSource) {
        let articles = Array(source.graph.articles.indices)
        articlesHtml = source.cards(Pagination.slice(articles, page: page, perPage: source.paginateBy))
        count = articles.count
        hasArticles = !articles.isEmpty
        pagination = PaginationView(
            page: page, items: articles.count, perPage: source.paginateBy,
            base: SiteURLs.path(of: .articleIndex(page: 1), in: source.graph))
    }
}

/// The entities by type (`entities.mustache`).
struct EntityIndexView: Encodable, Sendable {
    struct Group: Encodable, Sendable {
        let type: String
        let label: String
        let entities: [Counted<EntityChipView>]
    }

    let groups: [Group]

    init(from source: PageSource) {
        let graph = source.graph
        groups = EntityType.allCases.compactMap { type in
            let members = source.byName(entities: graph.entities.indices.filter { graph.entities[$0].type == type })
            guard !members.isEmpty else { return nil }
            return Group(
                type: type.rawValue, label: source.language.translations.text("entity_types_" + type.rawValue),
                entities: members.map { Counted(source.fragments.entityChips[$0], count: graph.entityLinks[$0].articles.count) })
        }
    }
}

/// The places as a tree, from the places in none (`places.mustache`). With many places the tree
/// shows the top of the hierarchy, at most `treeLimit` places: the places in none (or, when they
/// are too many, those of them that are countries or regions or hold other places; or their
/// countries), and the levels below them as long as every place of a level fits. A place whose
/// places are left out says how many it holds and links to its page; every place is also on the
/// pages after this one, by name (`PlaceListView`).
struct PlaceIndexView: Encodable, Sendable {
    /// A place in the tree, with the places directly within it, or the number of places within it
    /// that the tree leaves to its page.
    struct Node: Encodable, Sendable {
        let place: Inline<Counted<PlaceChipView>>
        let children: [Node]
        let hasChildren: Bool
        let hiddenCount: Int?
    }

    /// The pages of every place by name, as the first page links to them.
    struct AllPlaces: Encodable, Sendable {
        let count: Int
        let pageCount: Int
        let url: SiteLink
        let letters: [PlaceListView.Letter]
    }

    let tree: [Node]
    /// How many places in none the tree leaves out (they are on the pages by name).
    let othersCount: Int?
    /// The pages of every place by name, when the tree does not show every place.
    let allPlaces: AllPlaces?

    /// Up to this many places the tree shows them all.
    static let wholeTreeLimit = 500
    /// Above that, the most places the tree shows.
    static let treeLimit = 500

    init(from source: PageSource) {
        let graph = source.graph
        let roots = graph.places.indices.filter { graph.placeLinks[$0].parentID == nil }
        func within(_ number: Int) -> [Int] { graph.placeLinks[number].childIDs.compactMap { graph.placeIndex[$0] } }
        var top = roots
        var depthLimit = Int.max
        if graph.places.count > Self.wholeTreeLimit {
            let tiers = [
                roots,
                roots.filter { [.country, .region].contains(graph.places[$0].type) || !graph.placeLinks[$0].childIDs.isEmpty },
                roots.filter { graph.places[$0].type == .country },
            ]
            top = tiers.first { $0.count <= Self.treeLimit } ?? []
            // Each level below, while the whole level fits.
            var shown = top.count
            var level = top
            depthLimit = 1
            while !level.isEmpty {
                let next = level.flatMap(within)
                guard !next.isEmpty, shown + next.count <= Self.treeLimit else { break }
                shown += next.count
                level = next
                depthLimit += 1
            }
        }
        func descendants(_ number: Int) -> Int {
            var count = 0
            var stack = [number]
            var seen: Set<Int> = [number]
            while let next = stack.popLast() {
                for child in within(next) where seen.insert(child).inserted {
                    count += 1
                    stack.append(child)
                }
            }
            return count
        }
        func node(_ number: Int, depth: Int) -> Node {
            let inside = within(number)
            let shown = depth < depthLimit
            let children = shown ? source.byName(places: inside).map { node($0, depth: depth + 1) } : []
            return Node(
                place: Inline(Counted(source.fragments.placeChips[number], count: graph.placeLinks[number].articles.count)),
                children: children, hasChildren: !children.isEmpty,
                hiddenCount: !shown && !inside.isEmpty ? descendants(number) : nil)
        }
        tree = source.byName(places: top).map { node($0, depth: 1) }
        othersCount = roots.count > top.count ? roots.count - top.count : nil
        if graph.places.count > Self.wholeTreeLimit, let alphabet = source.placeAlphabet {
            let base = SiteURLs.path(of: .placeIndex, in: graph)
            allPlaces = AllPlaces(
                count: graph.places.count,
                pageCount: Pagination.pageCount(items: graph.places.count, perPage: PlaceListView.perPage),
                url: SiteLink(SiteURLs.path(of: .placeList(page: 2), in: graph)),
                letters: PlaceLetters(alphabet.order, alphabet: alphabet).links(base: base, lead: 1, current: nil))
        } else {
            allPlaces = nil
        }
    }
}

/// The tags with their counts (`tags.mustache`).
struct TagIndexView: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        let name: String
        let url: SiteLink
        let count: Int
    }

    let tags: [Item]

    init(from source: PageSource) {
        tags = source.graph.tags.map { Item(name: $0.name, url: SiteLink(SiteURLs.tag($0.slug)), count: $0.articles.count) }
    }
}

/// A tag's page (`tag.mustache`, under `tag`).
struct TagPageView: Encodable, Sendable {
    let name: String
    let count: Int
    let articlesHtml: FragmentList
    let pagination: PaginationView?

    init(_ number: Int, page: Int, from source: PageSource) {
        let tag = source.graph.tags[number]
        name = tag.name
        count = tag.articles.count
        articlesHtml = source.cards(Pagination.slice(tag.articles, page: page, perPage: source.paginateBy))
        pagination = PaginationView(
            page: page, items: tag.articles.count, perPage: source.paginateBy, base: SiteURLs.tag(tag.slug))
    }
}
