/// A country, region, city, village or site.
struct Place: Sendable, Hashable {
    var id: String
    /// The file, relative to the dossier folder; `nil` for a stub made from references.
    var path: String?
    var name: String
    var type: PlaceType
    /// Other names, as written in `aliases:` (trimmed), with where each is.
    var locatedAliases: [Located<String>]
    /// The parent place as written (`in:`).
    var parentReference: Reference?
    var coordinates: Coordinates?
    /// Its picture (`image:`).
    var image: CoverImage? = nil
    /// Where `name:` is written; `nil` for a stub.
    var nameLocation: SourceLocation? = nil
    /// The file line the profile starts on (its text is in `ParsedContent.bodies`).
    var bodyFirstLine: Int
    /// Old ids or paths this page was published at (`redirect_from:`), each given a redirect page.
    var redirectFrom: [Located<String>] = []
    /// The language its text is written in, when it is not the site's: in another language's
    /// edition of the site, the language of the text shown where no translation is.
    var language: String? = nil

    /// For a place that shares its name with another, the name of the place it is in that tells
    /// them apart (`PlaceHomonyms`).
    var qualifier: String? = nil

    /// The name as pages show it: with its qualifier, "Juárez (Nuevo León)", for a homonym.
    var title: String { qualifier.map { "\(name) (\($0))" } ?? name }

    /// Whether the place has no file of its own.
    var isStub: Bool { path == nil }

    /// Other names: contested, in other scripts, other spellings.
    var aliases: [String] { locatedAliases.map(\.value) }
}

/// A latitude and longitude in degrees.
struct Coordinates: Sendable, Hashable {
    var latitude: Double
    var longitude: Double
}

/// What kind of place a place is.
enum PlaceType: String, Sendable, CaseIterable, Hashable {
    case country, region, city, village, site, other

}
