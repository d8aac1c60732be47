/// What a build did: pages written by kind, the problems found, and how long each stage took.
public struct BuildReport: Sendable {
    /// Pages written, by kind as the summary counts them (`SitePage.summaryKind`: `article`,
    /// `entity`, …, and `continued` for the further pages of long lists).
    var pagesByKind: [String: Int] = [:]
    /// Every warning (a successful build has no errors).
    public var diagnostics: [Diagnostic] = []
    /// Each stage's name and wall time in seconds, in order.
    var stageTimes: [(stage: String, seconds: Double)] = []
    /// Files written (new or changed), pages and assets together.
    var filesWritten = 0
    /// Files whose bytes were the same as in the previous site, kept as they were.
    var filesUnchanged = 0
    /// Of the unchanged files, those not rendered at all: nothing they are made from had changed.
    var filesSkipped = 0
    /// Nothing was built: no input changed since the last build.
    var upToDate = false
    /// Redirect pages written at old addresses (`redirect_from:`).
    var redirects = 0
    /// The languages of a multilingual site, each an edition (the pages counted are all of theirs).
    var languages: [String] = []

    /// Whether nothing was built because no input changed since the last build (the command line
    /// then says how to build anyway, if it can).
    public var isUpToDate: Bool { upToDate }
    /// Stub entities and places made from unknown references.
    var stubs = 0
    /// Things the reader should know about the output, such as files skipped for lack of a base URL.
    var notes: [String] = []

    /// The whole build's wall time in seconds.
    var totalSeconds: Double { stageTimes.reduce(0) { $0 + $1.seconds } }

    /// Total pages written.
    var pageCount: Int { pagesByKind.values.reduce(0, +) }

    /// One line: pages by kind, warnings and time. It names no option: `build` and `serve` take
    /// different ones.
    public var summary: String {
        if upToDate {
            return "Nothing to do: no input changed since the last build (checked in \(timeText))"
        }
        let order = [
            "article", "entity", "place", "tag", "home", "articles", "entities", "places", "timeline", "tags", "search", "404",
        ]
        let kinds = ["article", "entity", "place", "tag", "page"].compactMap { kind -> String? in
            guard let count = pagesByKind[kind] else { return nil }
            switch kind {
            case "entity": return "\(count) \(count == 1 ? "entity" : "entities")"
            case "page": return "\(count) stand-alone page\(count == 1 ? "" : "s")"
            default: return "\(count) \(kind)\(count == 1 ? "" : "s")"
            }
        }
        let indexes = order.dropFirst(4).reduce(0) { $0 + (pagesByKind[$1] ?? 0) }
        let continued = pagesByKind["continued"] ?? 0
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let skipped = filesSkipped > 0 ? " (\(filesSkipped) not rendered: nothing they show had changed)" : ""
        let changed = filesUnchanged > 0 ? "; \(filesWritten) files written, \(filesUnchanged) unchanged\(skipped)" : ""
        var parts = kinds + ["\(indexes) index page\(indexes == 1 ? "" : "s")"]
        if continued > 0 { parts.append("\(continued) further page\(continued == 1 ? "" : "s") of long lists") }
        let redirectText = redirects > 0 ? " and \(redirects) redirect\(redirects == 1 ? "" : "s")" : ""
        let languageText =
            languages.count > 1 ? " in \(languages.count) languages (\(languages.joined(separator: ", ")))" : ""
        return "Built \(pageCount) pages (\(parts.joined(separator: ", ")))\(redirectText)\(languageText)"
            + ", \(warnings) warning\(warnings == 1 ? "" : "s") in \(timeText)\(changed)" + notes.map { "; " + $0 }.joined()
    }

    /// One line per stage with the time it took, for `--timings`: the names padded to the longest.
    public var timingLines: [String] {
        let width = stageTimes.map(\.stage.count).max() ?? 0
        return stageTimes.map { stage, seconds in
            "  " + stage.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: "%9.1f ms", seconds * 1000)
        }
    }

    private var timeText: String {
        totalSeconds < 1 ? "\(Int((totalSeconds * 1000).rounded())) ms" : String(format: "%.2f s", totalSeconds)
    }
}
