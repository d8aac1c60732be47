/// Every content file read into typed models, before references are resolved.
public struct ParsedContent: Sendable {
    /// What the graph is made from.
    public var models = ContentModels()
    /// The Markdown text of every article, entity and place file, by the file's path. Kept beside
    /// the models rather than in them: the graph never needs it, only the Markdown stage does.
    public var bodies: [String: String] = [:]
    public var diagnostics: [Diagnostic] = []

    public init() {}
}

/// Every file's model, all the graph is made from: everything but the Markdown text.
///
/// Equal models make the same graph, so `dossier serve` reuses the last graph when the models are
/// equal (`ReusableGraph`). The comparison is the synthesized `==`: every field of every model
/// counts, a new one included, with nothing to keep in step by hand.
public struct ContentModels: Sendable, Equatable {
    public var articles: [Article] = []
    public var entities: [Entity] = []
    public var places: [Place] = []
    /// Stand-alone events from `content/timeline/*.yml`.
    public var timelineEvents: [EventRecord] = []

    public init() {}
}
