/// The front matter of an entity profile, as written.
struct EntityFrontMatter: Sendable {
    var redirectFrom: ReferenceList?
    var name: Located<String>?
    var type: Located<String>?
    var aliases: ReferenceList?
    var role: String?
    var related: ReferenceList?
    var image: ImageField?

    private enum Field: String, CaseIterable {
        case name, type, aliases, role, related, image
        case redirectFrom = "redirect_from"
    }

    static let knownKeys = Field.allCases.map(\.rawValue)
}

extension EntityFrontMatter: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        let fields = try value.fields(keyedBy: Field.self)
        redirectFrom = fields.optional(.redirectFrom)
        name = fields.required(.name)
        type = fields.optional(.type)
        aliases = fields.optional(.aliases)
        role = fields.optional(.role)
        related = fields.optional(.related)
        image = fields.optional(.image)
    }
}
