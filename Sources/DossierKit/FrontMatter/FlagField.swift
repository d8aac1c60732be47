/// A yes/no field: `true`/`false` (also `yes`/`no`, `on`/`off`), read from the text as written, since
/// front matter is parsed without YAML's type guessing.
struct FlagField: Decodable, Sendable, Hashable {
    var value: Bool

    init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        switch text.lowercased() {
        case "true", "yes", "on": value = true
        case "false", "no", "off": value = false
        default:
            throw DecodingError.typeMismatch(Bool.self, .init(codingPath: decoder.codingPath, debugDescription: "true or false"))
        }
    }
}
