/// `image:`: `{src, alt, caption, credit}`, or just the `src` (a path relative to `content/`).
struct ImageField: Sendable, Hashable {
    var src: Located<String>?
    var alt: String?
    var caption: String?
    var credit: String?

    private enum Field: String, CaseIterable {
        case src, alt, caption, credit
    }

    static let knownKeys = Field.allCases.map(\.rawValue)

    /// The picture as the models keep it (`src` without a leading `/`); `nil` without a `src`.
    var image: CoverImage? {
        guard let src, !src.text.isEmpty else { return nil }
        let path = src.text.hasPrefix("/") ? String(src.text.drop { $0 == "/" }) : src.text
        return CoverImage(
            src: path, alt: alt?.trimmed.nonEmpty, caption: caption?.trimmed.nonEmpty, credit: credit?.trimmed.nonEmpty,
            location: src.location)
    }
}

extension ImageField: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        if case .scalar = value.node {
            src = try Located<String>(from: value)
            return
        }
        let fields = try value.fields(keyedBy: Field.self)
        src = fields.required(.src)
        alt = fields.optional(.alt)
        caption = fields.optional(.caption)
        credit = fields.optional(.credit)
    }
}
