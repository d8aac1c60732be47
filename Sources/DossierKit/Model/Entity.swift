/// A person, organisation, country, armed group or other actor.
public struct Entity: Sendable, Hashable {
    public var id: String
    /// The file, relative to the dossier folder; `nil` for a stub made from references.
    public var path: String?
    public var name: String
    public var type: EntityType
    /// Other names, as written in `aliases:` (trimmed), with where each is.
    public var locatedAliases: [Located<String>]
    public var role: String?
    public var relatedReferences: [Reference]
    /// The file line the profile starts on (its text is in `ParsedContent.bodies`).
    public var bodyFirstLine: Int

    /// Whether the entity has no file of its own.
    public var isStub: Bool { path == nil }

    /// Other names: contested, in other scripts, other spellings.
    public var aliases: [String] { locatedAliases.map(\.value) }
}

/// What kind of actor an entity is.
public enum EntityType: String, Sendable, CaseIterable, Hashable {
    case person, organization, country, group, other

    /// The name shown to readers.
    public var label: String {
        switch self {
        case .person: "Person"
        case .organization: "Organization"
        case .country: "Country"
        case .group: "Armed group"
        case .other: "Other"
        }
    }

    /// The plural heading of an index group.
    public var pluralLabel: String {
        switch self {
        case .person: "People"
        case .organization: "Organizations"
        case .country: "Countries"
        case .group: "Armed groups"
        case .other: "Others"
        }
    }
}
