/// What a build did: pages written by kind, the problems found, and how long each stage took.
public struct BuildReport: Sendable {
    /// Pages written, by page kind (`article`, `entity`, …).
    public var pagesByKind: [String: Int] = [:]
    /// Every warning (a successful build has no errors).
    public var diagnostics: [Diagnostic] = []
    /// Each stage's name and wall time in seconds, in order.
    public var stageTimes: [(stage: String, seconds: Double)] = []
    /// Files written, pages and assets together.
    public var filesWritten = 0
    /// Stub entities and places made from unknown references.
    public var stubs = 0
    /// Things the reader should know about the output, such as files skipped for lack of a base URL.
    public var notes: [String] = []

    /// The whole build's wall time in seconds.
    public var totalSeconds: Double { stageTimes.reduce(0) { $0 + $1.seconds } }

    /// Total pages written.
    public var pageCount: Int { pagesByKind.values.reduce(0, +) }

    /// One line: pages by kind, warnings and time.
    public var summary: String {
        let order = [
            "article", "entity", "place", "tag", "home", "articles", "entities", "places", "timeline", "tags", "search", "404",
        ]
        let kinds = ["article", "entity", "place", "tag"].compactMap { kind -> String? in
            guard let count = pagesByKind[kind] else { return nil }
            return "\(count) \(kind == "entity" ? (count == 1 ? "entity" : "entities") : kind + (count == 1 ? "" : "s"))"
        }
        let indexes = order.dropFirst(4).reduce(0) { $0 + (pagesByKind[$1] ?? 0) }
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let time = totalSeconds < 1 ? "\(Int((totalSeconds * 1000).rounded())) ms" : String(format: "%.2f s", totalSeconds)
        return "Built \(pageCount) pages (\(kinds.joined(separator: ", ")), \(indexes) index pages)"
            + ", \(warnings) warning\(warnings == 1 ? "" : "s") in \(time)" + notes.map { "; " + $0 }.joined()
    }
}
