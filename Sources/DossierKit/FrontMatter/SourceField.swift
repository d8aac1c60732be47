/// Where an article's facts come from: `{name, url}`, or a single string (a URL or a name).
struct SourceField: Sendable, Hashable {
    var name: String?
    var url: Located<String>?

    private enum Field: String, CaseIterable {
        case name, url
    }

    static let knownKeys = Field.allCases.map(\.rawValue)
}

extension SourceField: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        if case .scalar = value.node, let single = try? Located<String>(from: value) {
            let looksLikeURL = single.value.contains("://") || single.value.hasPrefix("mailto:")
            name = looksLikeURL ? nil : single.value
            url = looksLikeURL ? single : nil
            return
        }
        let fields = try value.fields(keyedBy: Field.self)
        name = fields.optional(.name)
        url = fields.optional(.url)
    }
}
