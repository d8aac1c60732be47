/// The front matter of a place profile, as written.
struct PlaceFrontMatter: Decodable, Sendable {
    var name: Located<String>
    var type: Located<String>?
    var aliases: StringList?
    var `in`: Reference?
    var coordinates: Located<[Double]>?

    static let knownKeys = ["name", "type", "aliases", "in", "coordinates"]
}
