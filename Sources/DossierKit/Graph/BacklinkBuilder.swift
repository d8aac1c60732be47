/// Fills in the edges that point back: from entities, places and tags to articles and events, plus
/// co-mentions and related articles. Every step is linear in the number of edges.
enum BacklinkBuilder {
    static func link(_ graph: inout DossierGraph, related: [String: [String]], hierarchy: PlaceHierarchy) {
        var entityLinks = [EntityLinks](repeating: EntityLinks(), count: graph.entities.count)
        var placeLinks = [PlaceLinks](repeating: PlaceLinks(), count: graph.places.count)

        // Each place with the places that contain it, as numbers, worked out once.
        let placeChains: [[Int]] = graph.places.map { place in
            hierarchy.selfAndAncestors(of: place.id).compactMap { graph.placeIndex[$0] }
        }
        func selfAndAncestors(_ ids: [String]) -> [Int] {
            Set(ids.flatMap { id in graph.placeIndex[id].map { placeChains[$0] } ?? [] }).sorted()
        }
        for (articleNumber, links) in graph.articleLinks.enumerated() {
            for id in links.entityIDs { entityLinks[graph.entityIndex[id]!].articles.append(articleNumber) }
            for place in selfAndAncestors(links.placeIDs) { placeLinks[place].articles.append(articleNumber) }
            for id in links.placeIDs { placeLinks[graph.placeIndex[id]!].directArticleCount += 1 }
        }
        for (eventNumber, event) in graph.events.enumerated() {
            for id in event.entityIDs { entityLinks[graph.entityIndex[id]!].events.append(eventNumber) }
            for place in selfAndAncestors(event.placeIDs) { placeLinks[place].events.append(eventNumber) }
            for articleID in event.sourceArticleIDs {
                if let number = graph.articleIndex[articleID] { graph.articleLinks[number].events.append(eventNumber) }
            }
        }

        let entityNumbers = graph.articleLinks.map { $0.entityIDs.map { graph.entityIndex[$0]! } }
        let placeNumbers = graph.articleLinks.map { $0.placeIDs.map { graph.placeIndex[$0]! } }
        let entityIDs = graph.entities.map(\.id)
        let placeIDs = graph.places.map(\.id)
        let entitySides = Array(entityLinks.indices).parallelMap { number in
            let articles = entityLinks[number].articles
            let coMentioned = counted(articles.flatMap { entityNumbers[$0] }.filter { $0 != number })
            let places = counted(articles.flatMap { placeNumbers[$0] })
            return (coMentioned.map { (entityIDs[$0.number], $0.count) }, places.map { (placeIDs[$0.number], $0.count) })
        }
        for (number, entity) in graph.entities.enumerated() {
            entityLinks[number].explicitRelated = related[entity.id] ?? []
            (entityLinks[number].coMentioned, entityLinks[number].places) = entitySides[number]
        }
        let placeSides = Array(placeLinks.indices).parallelMap { number in
            counted(placeLinks[number].articles.flatMap { entityNumbers[$0] }).map { (entityIDs[$0.number], $0.count) }
        }
        for (number, place) in graph.places.enumerated() {
            placeLinks[number].parentID = hierarchy.parent[place.id]
            placeLinks[number].childIDs = (hierarchy.children[place.id] ?? []).sorted {
                graph.placeIndex[$0, default: .max] < graph.placeIndex[$1, default: .max]
            }
            placeLinks[number].entities = placeSides[number]
        }

        graph.entityLinks = entityLinks
        graph.placeLinks = placeLinks
        graph.tags = tags(of: graph)
        relateArticles(&graph)
    }

    /// Each distinct number with how often it occurs, most first, then in number order (the graph's
    /// name order).
    static func counted(_ numbers: [Int]) -> [(number: Int, count: Int)] {
        var runs: [(number: Int, count: Int)] = []
        for number in numbers.sorted() {
            if runs.last?.number == number { runs[runs.count - 1].count += 1 } else { runs.append((number, 1)) }
        }
        return runs.sorted { a, b in a.count != b.count ? a.count > b.count : a.number < b.number }
    }

    private static func tags(of graph: DossierGraph) -> [Tag] {
        var bySlug: [String: Tag] = [:]
        var slugs: [String: String] = [:]
        for (number, article) in graph.articles.enumerated() {
            for tag in article.tags.map(\.value) {
                let slug = slugs[tag] ?? TagSlugs.slug(tag)
                slugs[tag] = slug
                guard !slug.isEmpty else { continue }
                if bySlug[slug] == nil { bySlug[slug] = Tag(slug: slug, name: tag, articles: []) }
                if bySlug[slug]!.articles.last != number { bySlug[slug]!.articles.append(number) }
            }
        }
        return Array(bySlug.values).sortedByName(\.name, id: \.slug)
    }

    /// For each article, up to `limit` others sharing the most entities, places and tags (entities
    /// weigh double), newest first among equals. Very common links (over `commonLimit` articles) are
    /// skipped: they relate everything to everything and would make this step quadratic.
    private static func relateArticles(_ graph: inout DossierGraph, limit: Int = 5, commonLimit: Int = 500) {
        let tagNumbers = Dictionary(graph.tags.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var byEntity = [[Int]](repeating: [], count: graph.entities.count)
        var byPlace = [[Int]](repeating: [], count: graph.places.count)
        var byTag = [[Int]](repeating: [], count: graph.tags.count)
        let linked = graph.articleLinks.map { links in
            (
                entities: links.entityIDs.compactMap { graph.entityIndex[$0] },
                places: links.placeIDs.compactMap { graph.placeIndex[$0] },
                tags: links.tagSlugs.compactMap { tagNumbers[$0] }
            )
        }
        for (number, links) in linked.enumerated() {
            for entity in links.entities { byEntity[entity].append(number) }
            for place in links.places { byPlace[place].append(number) }
            for tag in links.tags { byTag[tag].append(number) }
        }
        // Articles in chunks, each chunk on a core with its own score table.
        let count = graph.articleLinks.count
        let chunkSize = max(256, (count + 15) / 16)
        let chunks = Array(stride(from: 0, to: count, by: chunkSize)).parallelMap { start -> [[Int]] in
            var scores = [Int](repeating: 0, count: count)
            var touched: [Int] = []
            return (start..<min(count, start + chunkSize)).map { number in
                let links = linked[number]
                func add(_ lists: [[Int]], weight: Int) {
                    for list in lists where list.count <= commonLimit {
                        for other in list where other != number {
                            if scores[other] == 0 { touched.append(other) }
                            scores[other] += weight
                        }
                    }
                }
                add(links.entities.map { byEntity[$0] }, weight: 2)
                add(links.places.map { byPlace[$0] }, weight: 1)
                add(links.tags.map { byTag[$0] }, weight: 1)
                let related = topScores(touched, scores, limit: limit)
                for other in touched { scores[other] = 0 }
                touched.removeAll(keepingCapacity: true)
                return related
            }
        }
        for (number, related) in chunks.joined().enumerated() { graph.articleLinks[number].related = related }
    }

    /// The `limit` keys with the highest scores (ties: lower key, that is newer article, first),
    /// found in one pass without sorting every score.
    private static func topScores(_ candidates: [Int], _ scores: [Int], limit: Int) -> [Int] {
        var best: [(key: Int, value: Int)] = []
        func better(_ a: (key: Int, value: Int), _ b: (key: Int, value: Int)) -> Bool {
            a.value != b.value ? a.value > b.value : a.key < b.key
        }
        for key in candidates {
            let entry = (key: key, value: scores[key])
            guard best.count < limit || better(entry, best[best.count - 1]) else { continue }
            let position = best.firstIndex { better(entry, $0) } ?? best.count
            best.insert(entry, at: position)
            if best.count > limit { best.removeLast() }
        }
        return best.map(\.key)
    }
}
