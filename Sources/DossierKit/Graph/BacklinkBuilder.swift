/// Fills in the edges that point back: from entities, places and tags to articles and events, plus
/// co-mentions and related articles. Every step is linear in the number of edges.
enum BacklinkBuilder {
    static func link(_ graph: inout DossierGraph, related: [String: [String]], hierarchy: PlaceHierarchy) {
        var entityLinks = [EntityLinks](repeating: EntityLinks(), count: graph.entities.count)
        var placeLinks = [PlaceLinks](repeating: PlaceLinks(), count: graph.places.count)

        for (articleNumber, links) in graph.articleLinks.enumerated() {
            for id in links.entityIDs { entityLinks[graph.entityIndex[id]!].articles.append(articleNumber) }
            for id in Set(links.placeIDs.flatMap(hierarchy.selfAndAncestors)).sorted() {
                placeLinks[graph.placeIndex[id]!].articles.append(articleNumber)
            }
            for id in links.placeIDs { placeLinks[graph.placeIndex[id]!].directArticleCount += 1 }
        }
        for (eventNumber, event) in graph.events.enumerated() {
            for id in event.entityIDs { entityLinks[graph.entityIndex[id]!].events.append(eventNumber) }
            for id in Set(event.placeIDs.flatMap(hierarchy.selfAndAncestors)).sorted() {
                placeLinks[graph.placeIndex[id]!].events.append(eventNumber)
            }
            for articleID in event.sourceArticleIDs {
                if let number = graph.articleIndex[articleID] { graph.articleLinks[number].events.append(eventNumber) }
            }
        }

        for (number, entity) in graph.entities.enumerated() {
            entityLinks[number].explicitRelated = related[entity.id] ?? []
            entityLinks[number].coMentioned = counted(
                entityLinks[number].articles.flatMap { graph.articleLinks[$0].entityIDs }.filter { $0 != entity.id },
                rank: graph.entityIndex)
            entityLinks[number].places = counted(
                entityLinks[number].articles.flatMap { graph.articleLinks[$0].placeIDs }, rank: graph.placeIndex)
        }
        for (number, place) in graph.places.enumerated() {
            placeLinks[number].parentID = hierarchy.parent[place.id]
            placeLinks[number].childIDs = (hierarchy.children[place.id] ?? []).sorted {
                graph.placeIndex[$0, default: .max] < graph.placeIndex[$1, default: .max]
            }
            let fromArticles = placeLinks[number].articles.flatMap { graph.articleLinks[$0].entityIDs }
            placeLinks[number].entities = counted(fromArticles, rank: graph.entityIndex)
        }

        graph.entityLinks = entityLinks
        graph.placeLinks = placeLinks
        graph.tags = tags(of: graph)
        relateArticles(&graph)
    }

    /// Each distinct id with how often it occurs, most first, then in `rank` order (the graph's name order).
    static func counted(_ ids: [String], rank: [String: Int]) -> [(id: String, count: Int)] {
        var counts: [String: Int] = [:]
        for id in ids { counts[id, default: 0] += 1 }
        return counts.sorted { a, b in
            a.value != b.value ? a.value > b.value : rank[a.key, default: .max] < rank[b.key, default: .max]
        }.map { ($0.key, $0.value) }
    }

    private static func tags(of graph: DossierGraph) -> [Tag] {
        var bySlug: [String: Tag] = [:]
        for (number, article) in graph.articles.enumerated() {
            for tag in article.tags {
                let slug = TextFolding.slug(tag)
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
        var byEntity: [String: [Int]] = [:]
        var byPlace: [String: [Int]] = [:]
        var byTag: [String: [Int]] = [:]
        for (number, links) in graph.articleLinks.enumerated() {
            for id in links.entityIDs { byEntity[id, default: []].append(number) }
            for id in links.placeIDs { byPlace[id, default: []].append(number) }
            for slug in links.tagSlugs { byTag[slug, default: []].append(number) }
        }
        for number in graph.articleLinks.indices {
            var scores: [Int: Int] = [:]
            let links = graph.articleLinks[number]
            func add(_ lists: [[Int]?], weight: Int) {
                for case let list? in lists where list.count <= commonLimit {
                    for other in list where other != number { scores[other, default: 0] += weight }
                }
            }
            add(links.entityIDs.map { byEntity[$0] }, weight: 2)
            add(links.placeIDs.map { byPlace[$0] }, weight: 1)
            add(links.tagSlugs.map { byTag[$0] }, weight: 1)
            graph.articleLinks[number].related = scores.sorted { a, b in
                a.value != b.value ? a.value > b.value : a.key < b.key
            }.prefix(limit).map(\.key)
        }
    }
}
