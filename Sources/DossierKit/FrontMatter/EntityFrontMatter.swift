/// The front matter of an entity profile, as written.
struct EntityFrontMatter: Decodable, Sendable {
    var name: Located<String>?
    var type: Located<String>?
    var aliases: StringList?
    var role: String?
    var related: ReferenceList?

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case name, type, aliases, role, related
    }

    static let knownKeys = CodingKeys.allCases.map(\.rawValue)

    init(from decoder: any Decoder) throws {
        let fields = try FieldReader(decoder, keyedBy: CodingKeys.self)
        name = try fields.required(.name)
        type = try fields.optional(.type)
        aliases = try fields.optional(.aliases)
        role = try fields.optional(.role)
        related = try fields.optional(.related)
    }
}
