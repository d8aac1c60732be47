/// Every content file read into typed models, before references are resolved.
public struct ParsedContent: Sendable {
    public var articles: [Article] = []
    public var entities: [Entity] = []
    public var places: [Place] = []
    /// Stand-alone events from `content/timeline/*.yml`.
    public var timelineEvents: [EventRecord] = []
    public var diagnostics: [Diagnostic] = []

    public init() {}
}
