/// The graph of the last build in this process (`dossier serve`), kept so that a rebuild after an
/// edit that changed only Markdown bodies reuses it instead of resolving every reference again.
///
/// The graph is a function of the parsed content; bodies enter it only as text to render. So when
/// every file parses to the same models apart from their bodies, the graph is the same apart from
/// its bodies, and the new bodies are put into the old graph.
struct ReusableGraph: Sendable {
    private let articles: [Article]
    private let entities: [Entity]
    private let places: [Place]
    private let timelineEvents: [EventRecord]
    private let includeDrafts: Bool
    /// The graph, with its bodies left out.
    private let graph: DossierGraph
    /// What resolving the graph reported.
    let diagnostics: [Diagnostic]

    /// Keeps `graph`, built from `content`.
    init(graph: DossierGraph, diagnostics: [Diagnostic], content: ParsedContent, includeDrafts: Bool) {
        articles = content.articles.map(Self.withoutBody)
        entities = content.entities.map(Self.withoutBody)
        places = content.places.map(Self.withoutBody)
        timelineEvents = content.timelineEvents
        self.includeDrafts = includeDrafts
        var graph = graph
        graph.dropMarkdown()
        self.graph = graph
        self.diagnostics = diagnostics
    }

    /// The kept graph with the bodies of `content`, when `content` differs from what it was built
    /// from only in bodies; otherwise `nil`.
    func graph(for content: ParsedContent, includeDrafts: Bool) -> DossierGraph? {
        guard includeDrafts == self.includeDrafts, content.timelineEvents == timelineEvents,
            Self.same(content.articles, articles, by: Self.sameButBody),
            Self.same(content.entities, entities, by: Self.sameButBody),
            Self.same(content.places, places, by: Self.sameButBody)
        else { return nil }
        var graph = self.graph
        let articleBodies = Dictionary(content.articles.map { ($0.path, $0.body) }, uniquingKeysWith: { first, _ in first })
        let entityBodies = Dictionary(content.entities.map { ($0.path, $0.body) }, uniquingKeysWith: { first, _ in first })
        let placeBodies = Dictionary(content.places.map { ($0.path, $0.body) }, uniquingKeysWith: { first, _ in first })
        for index in graph.articles.indices { graph.articles[index].body = articleBodies[graph.articles[index].path] ?? "" }
        for index in graph.entities.indices {
            graph.entities[index].body = graph.entities[index].path.flatMap { entityBodies[$0] } ?? ""
        }
        for index in graph.places.indices {
            graph.places[index].body = graph.places[index].path.flatMap { placeBodies[$0] } ?? ""
        }
        return graph
    }

    private static func same<T>(_ a: [T], _ b: [T], by equal: (T, T) -> Bool) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy(equal)
    }

    /// Whether two articles are the same but for their bodies (compared without copying either).
    private static func sameButBody(_ a: Article, _ b: Article) -> Bool {
        a.id == b.id && a.path == b.path && a.title == b.title && a.date == b.date && a.summary == b.summary
            && a.source == b.source && a.entityReferences == b.entityReferences && a.placeReferences == b.placeReferences
            && a.tags == b.tags && a.events == b.events && a.isDraft == b.isDraft && a.bodyFirstLine == b.bodyFirstLine
    }

    private static func sameButBody(_ a: Entity, _ b: Entity) -> Bool {
        a.id == b.id && a.path == b.path && a.name == b.name && a.type == b.type && a.locatedAliases == b.locatedAliases
            && a.role == b.role
            && a.relatedReferences == b.relatedReferences && a.bodyFirstLine == b.bodyFirstLine
    }

    private static func sameButBody(_ a: Place, _ b: Place) -> Bool {
        a.id == b.id && a.path == b.path && a.name == b.name && a.type == b.type && a.locatedAliases == b.locatedAliases
            && a.parentReference == b.parentReference && a.coordinates == b.coordinates && a.bodyFirstLine == b.bodyFirstLine
    }

    private static func withoutBody(_ article: Article) -> Article {
        var article = article
        article.body = ""
        return article
    }

    private static func withoutBody(_ entity: Entity) -> Entity {
        var entity = entity
        entity.body = ""
        return entity
    }

    private static func withoutBody(_ place: Place) -> Place {
        var place = place
        place.body = ""
        return place
    }
}
