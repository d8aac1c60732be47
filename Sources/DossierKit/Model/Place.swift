/// A country, region, city, village or site.
public struct Place: Sendable, Hashable {
    public var id: String
    /// The file, relative to the dossier folder; `nil` for a stub made from references.
    public var path: String?
    public var name: String
    public var type: PlaceType
    /// Other names, as written in `aliases:` (trimmed), with where each is.
    public var locatedAliases: [Located<String>]
    /// The parent place as written (`in:`).
    public var parentReference: Reference?
    public var coordinates: Coordinates?
    /// The file line the profile starts on (its text is in `ParsedContent.bodies`).
    public var bodyFirstLine: Int

    /// Whether the place has no file of its own.
    public var isStub: Bool { path == nil }

    /// Other names: contested, in other scripts, other spellings.
    public var aliases: [String] { locatedAliases.map(\.value) }
}

/// A latitude and longitude in degrees.
public struct Coordinates: Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double
}

/// What kind of place a place is.
public enum PlaceType: String, Sendable, CaseIterable, Hashable {
    case country, region, city, village, site, other

    /// The name shown to readers.
    public var label: String {
        switch self {
        case .country: "Country"
        case .region: "Region"
        case .city: "City"
        case .village: "Village"
        case .site: "Site"
        case .other: "Place"
        }
    }
}
