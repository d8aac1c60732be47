/// The front matter of an entity profile, as written.
struct EntityFrontMatter: Decodable, Sendable {
    var name: Located<String>
    var type: Located<String>?
    var aliases: StringList?
    var role: String?
    var related: ReferenceList?

    static let knownKeys = ["name", "type", "aliases", "role", "related"]
}
