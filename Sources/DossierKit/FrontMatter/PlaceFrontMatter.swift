/// The front matter of a place profile, as written.
struct PlaceFrontMatter: Sendable {
    var redirectFrom: ReferenceList?
    var name: Located<String>?
    var type: Located<String>?
    var aliases: ReferenceList?
    var `in`: Reference?
    var coordinates: Located<[Double]>?
    var image: ImageField?

    private enum Field: String, CaseIterable {
        case name, type, aliases, `in`, coordinates, image
        case redirectFrom = "redirect_from"
    }

    static let knownKeys = Field.allCases.map(\.rawValue)
}

extension PlaceFrontMatter: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        let fields = try value.fields(keyedBy: Field.self)
        redirectFrom = fields.optional(.redirectFrom)
        name = fields.required(.name)
        type = fields.optional(.type)
        aliases = fields.optional(.aliases)
        `in` = fields.optional(.in)
        coordinates = fields.optional(.coordinates)
        image = fields.optional(.image)
    }
}
