/// Where an article's facts come from: `{name, url, title, date, archive_url}`, or a single string
/// (a URL or a name).
struct SourceField: Sendable, Hashable {
    var name: String?
    var url: Located<String>?
    var title: String?
    var date: DateField?
    var archiveURL: Located<String>?
    /// Where the source was written (to report one with neither a name nor a URL).
    var location: SourceLocation

    private enum Field: String, CaseIterable {
        case name, url, title, date
        case archiveURL = "archive_url"
    }

    static let knownKeys = Field.allCases.map(\.rawValue)
}

extension SourceField: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        location = value.location
        if case .scalar = value.node, let single = try? Located<String>(from: value) {
            let looksLikeURL = single.value.contains("://") || single.value.hasPrefix("mailto:")
            name = looksLikeURL ? nil : single.value
            url = looksLikeURL ? single : nil
            return
        }
        let fields = try value.fields(keyedBy: Field.self)
        name = fields.optional(.name)
        url = fields.optional(.url)
        title = fields.optional(.title)
        date = fields.optional(.date)
        archiveURL = fields.optional(.archiveURL)
    }
}
