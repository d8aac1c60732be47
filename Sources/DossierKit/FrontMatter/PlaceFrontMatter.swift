/// The front matter of a place profile, as written.
struct PlaceFrontMatter: Decodable, Sendable {
    var name: Located<String>?
    var type: Located<String>?
    var aliases: StringList?
    var `in`: Reference?
    var coordinates: Located<[Double]>?

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case name, type, aliases, `in`, coordinates
    }

    static let knownKeys = CodingKeys.allCases.map(\.rawValue)

    init(from decoder: any Decoder) throws {
        let fields = try FieldReader(decoder, keyedBy: CodingKeys.self)
        name = try fields.required(.name)
        type = try fields.optional(.type)
        aliases = try fields.optional(.aliases)
        `in` = try fields.optional(.in)
        coordinates = try fields.optional(.coordinates)
    }
}
