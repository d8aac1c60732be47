/// Stable hashes of what pages show of each article, entity, place and event, the same in every
/// run, so that a page whose pieces all hash as before need not be rendered again (see
/// `PageFingerprints`).
///
/// Each thing has two digests: its *link* digest covers what another page shows of it (a card, a
/// chip, a source line), and its *full* digest what its own page shows (the link, the text, every
/// edge and what those edges show of the things at their other ends).
struct GraphDigests: Sendable {
    /// An article's card: id, title, date, summary, source name.
    let articleCards: [ContentHash]
    /// An article's page: its card, body, source, tags, and the links, events and related cards it shows.
    let articles: [ContentHash]
    /// An entity's chip: id, name, type, role, whether it is a stub.
    let entityLinks: [ContentHash]
    /// An entity's page, except the article list and what comes from other pages' numbers.
    let entities: [ContentHash]
    /// A place's chip: id, name, type, whether it is a stub.
    let placeLinks: [ContentHash]
    /// A place's page, except the article list and the map.
    let places: [ContentHash]
    /// An event as listed: its record and what it shows of its entities, places and source articles.
    let events: [ContentHash]

    init(graph: DossierGraph, bodies: RenderedBodies, summaries: [String]) {
        let tagNames = Dictionary(graph.tags.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
        articleCards = Array(graph.articles.indices).parallelMap { number in
            let article = graph.articles[number]
            var hash = ContentHash()
            hash.combine(article.id)
            hash.combine(article.title)
            hash.combine(article.date.description)
            hash.combine(summaries[number])
            hash.combine(article.source?.name ?? "\u{0}")
            return hash
        }
        entityLinks = graph.entities.parallelMap { entity in
            var hash = ContentHash()
            hash.combine([entity.id, entity.name, entity.type.rawValue, entity.role ?? "\u{0}", entity.isStub ? "stub" : ""])
            return hash
        }
        placeLinks = graph.places.parallelMap { place in
            var hash = ContentHash()
            hash.combine([place.id, place.name, place.type.rawValue, place.isStub ? "stub" : ""])
            return hash
        }
        let entityLinks = entityLinks
        let placeLinks = placeLinks
        let articleCards = articleCards
        func entityLink(_ id: String) -> ContentHash { graph.entityIndex[id].map { entityLinks[$0] } ?? ContentHash.of(id) }
        func placeLink(_ id: String) -> ContentHash { graph.placeIndex[id].map { placeLinks[$0] } ?? ContentHash.of(id) }

        events = graph.events.parallelMap { event in
            var hash = ContentHash()
            let record = event.record
            hash.combine([record.title, record.date.description, record.end?.description ?? "\u{0}"])
            hash.combine(event.entityIDs.map(entityLink))
            hash.combine(event.placeIDs.map(placeLink))
            hash.combine(
                event.sourceArticleIDs.map { id in graph.articleIndex[id].map { articleCards[$0] } ?? ContentHash.of(id) })
            return hash
        }
        let events = events
        articles = Array(graph.articles.indices).parallelMap { number in
            let article = graph.articles[number]
            let links = graph.articleLinks[number]
            var hash = articleCards[number]
            hash.combine(article.source?.url ?? "\u{0}")
            hash.combine(bodies.articles[number].digest)
            hash.combine(links.tagSlugs.flatMap { [$0, tagNames[$0] ?? ""] })
            hash.combine(links.entityIDs.map(entityLink))
            hash.combine(links.placeIDs.map(placeLink))
            hash.combine(links.events.map { events[$0] })
            hash.combine(links.related.map { articleCards[$0] })
            return hash
        }
        entities = Array(graph.entities.indices).parallelMap { number in
            let entity = graph.entities[number]
            let links = graph.entityLinks[number]
            var hash = entityLinks[number]
            hash.combine(entity.aliases)
            hash.combine(bodies.entities[number].digest)
            hash.combine(links.articles.count)
            hash.combine(links.explicitRelated.map(entityLink))
            hash.combine(links.coMentioned.flatMap { [entityLink($0.id), ContentHash(number: $0.count)] })
            hash.combine(links.places.flatMap { [placeLink($0.id), ContentHash(number: $0.count)] })
            hash.combine(links.events.map { events[$0] })
            return hash
        }
        places = Array(graph.places.indices).parallelMap { number in
            let place = graph.places[number]
            let links = graph.placeLinks[number]
            var hash = placeLinks[number]
            hash.combine(place.aliases)
            hash.combine(bodies.places[number].digest)
            hash.combine(place.coordinates.map { ["\($0.latitude)", "\($0.longitude)"] } ?? [])
            hash.combine(links.articles.count)
            hash.combine(links.directArticleCount)
            var ancestors: [ContentHash] = []
            var cursor = links.parentID
            while let id = cursor, ancestors.count < graph.places.count {
                ancestors.append(placeLink(id))
                cursor = graph.placeIndex[id].flatMap { graph.placeLinks[$0].parentID }
            }
            hash.combine(ancestors)
            hash.combine(links.childIDs.map(placeLink))
            hash.combine(links.entities.flatMap { [entityLink($0.id), ContentHash(number: $0.count)] })
            hash.combine(links.events.map { events[$0] })
            return hash
        }
    }
}

extension ContentHash {
    /// The hash of a string.
    static func of(_ text: String) -> ContentHash {
        var hash = ContentHash()
        hash.combine(text)
        return hash
    }

    /// The hash of a number.
    init(number: Int) {
        self.init()
        combine(number)
    }

    /// Mixes in strings, each kept apart from the next.
    mutating func combine(_ texts: [String]) {
        combine(texts.count)
        for text in texts { combine(text) }
    }

    /// Mixes in other hashes, in order.
    mutating func combine(_ hashes: [ContentHash]) {
        combine(hashes.count)
        for hash in hashes { combine(hash) }
    }

    /// Mixes in another hash.
    mutating func combine(_ other: ContentHash) {
        combine(Int(bitPattern: UInt(other.value)))
    }
}
