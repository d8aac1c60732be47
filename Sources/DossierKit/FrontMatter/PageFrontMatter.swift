/// The front matter of a stand-alone page, as written.
struct PageFrontMatter: Sendable {
    var title: Located<String>?
    var summary: Paragraph?
    var menu: Located<Int>?

    private enum Field: String, CaseIterable {
        case title, summary, menu
    }

    static let knownKeys = Field.allCases.map(\.rawValue)
}

extension PageFrontMatter: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        let fields = try value.fields(keyedBy: Field.self)
        title = fields.required(.title)
        summary = fields.optional(.summary)
        menu = fields.optional(.menu)
    }
}
