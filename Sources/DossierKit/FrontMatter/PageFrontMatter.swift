/// The front matter of a stand-alone page, as written.
struct PageFrontMatter: Sendable {
    var redirectFrom: ReferenceList?
    var title: Located<String>?
    var summary: Paragraph?
    var menu: Located<Int>?

    private enum Field: String, CaseIterable {
        case title, summary, menu
        case redirectFrom = "redirect_from"
    }

    static let knownKeys = Field.allCases.map(\.rawValue)
}

extension PageFrontMatter: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        let fields = try value.fields(keyedBy: Field.self)
        redirectFrom = fields.optional(.redirectFrom)
        title = fields.required(.title)
        summary = fields.optional(.summary)
        menu = fields.optional(.menu)
    }
}
