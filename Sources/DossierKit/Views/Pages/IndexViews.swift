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
/// stops at the places directly within the top ones (countries and their regions): each place
/// below is on its parent's page, and the tree says how many a place holds.
struct PlaceIndexView: Encodable, Sendable {
    /// A place in the tree, with the places directly within it, or the number of places within it
    /// that the tree leaves to its page.
    struct Node: Encodable, Sendable {
        let place: Inline<Counted<PlaceChipView>>
        let children: [Node]
        let hasChildren: Bool
        let hiddenCount: Int?
    }

    let tree: [Node]

    /// Up to this many places the tree shows them all.
    static let wholeTreeLimit = 500
    /// The levels the tree shows above that: the top places and those directly within them.
    static let levels = 2

    init(from source: PageSource) {
        let graph = source.graph
        let depthLimit = graph.places.count > Self.wholeTreeLimit ? Self.levels : Int.max
        func descendants(_ number: Int) -> Int {
            var count = 0
            var stack = [number]
            var seen: Set<Int> = [number]
            while let next = stack.popLast() {
                for child in graph.placeLinks[next].childIDs.compactMap({ graph.placeIndex[$0] })
                where seen.insert(child).inserted {
                    count += 1
                    stack.append(child)
                }
            }
            return count
        }
        func node(_ number: Int, depth: Int) -> Node {
            let within = graph.placeLinks[number].childIDs.compactMap { graph.placeIndex[$0] }
            let shown = depth < depthLimit
            let children = shown ? source.byName(places: within).map { node($0, depth: depth + 1) } : []
            return Node(
                place: Inline(Counted(source.fragments.placeChips[number], count: graph.placeLinks[number].articles.count)),
                children: children, hasChildren: !children.isEmpty,
                hiddenCount: !shown && !within.isEmpty ? descendants(number) : nil)
        }
        tree = source.byName(places: graph.places.indices.filter { graph.placeLinks[$0].parentID == nil }).map {
            node($0, depth: 1)
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
