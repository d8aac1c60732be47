/// The graph of the last build in this process (`dossier serve`), kept so that a rebuild after an
/// edit that changed only Markdown bodies reuses it instead of resolving every reference again.
///
/// The graph is made from the models alone (`ContentModels`: everything but the Markdown text,
/// which the Markdown stage reads from `ParsedContent.bodies`). So when every file parses to equal
/// models, by their synthesized `==`, the graph is the same, and it is reused as it is.
struct ReusableGraph: Sendable {
    /// What the graph was made from.
    private let models: ContentModels
    private let includeDrafts: Bool
    /// The graph.
    private let graph: DossierGraph
    /// What resolving the graph reported.
    let diagnostics: [Diagnostic]

    /// Keeps `graph`, built from `models`.
    init(graph: DossierGraph, diagnostics: [Diagnostic], models: ContentModels, includeDrafts: Bool) {
        self.models = models
        self.includeDrafts = includeDrafts
        self.graph = graph
        self.diagnostics = diagnostics
    }

    /// The kept graph, when `models` are those it was built from; otherwise `nil`.
    func graph(for models: ContentModels, includeDrafts: Bool) -> DossierGraph? {
        guard includeDrafts == self.includeDrafts, models == self.models else { return nil }
        return graph
    }
}
