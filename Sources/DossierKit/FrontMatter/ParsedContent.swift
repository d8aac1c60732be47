/// Every content file read into typed models, before references are resolved.
struct ParsedContent: Sendable {
    /// What the graph is made from.
    var models = ContentModels()
    /// The Markdown text of every article, entity, place and page file, by the file's path. Kept beside
    /// the models rather than in them: the graph never needs it, only the Markdown stage does.
    var bodies: [String: String] = [:]
    var diagnostics: [Diagnostic] = []

    init() {}
}

/// Every file's model, all the graph is made from: everything but the Markdown text.
///
/// Equal models make the same graph, so `dossier serve` reuses the last graph when the models are
/// equal (`ReusableGraph`). The comparison is the synthesized `==`: every field of every model
/// counts, a new one included, with nothing to keep in step by hand.
struct ContentModels: Sendable, Equatable {
    var articles: [Article] = []
    var entities: [Entity] = []
    var places: [Place] = []
    /// Stand-alone events from `content/timeline/*.yml`.
    var timelineEvents: [EventRecord] = []
    /// Stand-alone pages from `content/pages/`.
    var pages: [Page] = []
    /// The texts of articles, entities, places and pages in the site's other languages.
    var translations: [Translation] = []
    /// The ids of the files that could not be read (an error is reported at each), by kind: a
    /// reference to one is not reported again as unknown.
    var unreadableIDs: [ContentKind: Set<String>] = [:]

    init() {}
}
