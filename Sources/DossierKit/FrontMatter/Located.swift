import Yams

/// A value from front matter together with where it was written in the file.
public struct Located<Value: Decodable & Sendable & Hashable>: Decodable, Sendable, Hashable {
    /// The decoded value.
    public var value: Value
    /// Where the value starts in the Markdown or YAML file.
    public var location: SourceLocation

    /// Creates a located value.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Value.self)
        location = decoder.sourceLocation
    }
}

/// A reference as written by an editor (an id, a name or an alias), with its position.
public typealias Reference = Located<String>

extension Located where Value == String {
    /// The text of the reference, trimmed.
    public var text: String { value.trimmed }
}

/// A list of references that may also be written as a single value (`entities: Lavrov`).
public struct ReferenceList: Decodable, Sendable, Hashable {
    /// The references, in the order written.
    public var items: [Reference]

    /// Creates a list.
    public init(_ items: [Reference]) {
        self.items = items
    }

    public init(from decoder: any Decoder) throws {
        if var list = try? decoder.unkeyedContainer() {
            var items: [Reference] = []
            while !list.isAtEnd { items.append(try list.decode(Reference.self)) }
            self.items = items
        } else {
            items = [try Reference(from: decoder)]
        }
    }
}

/// A list of plain strings that may also be written as a single string (`tags: ceasefire`).
public struct StringList: Decodable, Sendable, Hashable {
    /// The strings, in the order written.
    public var items: [String]

    public init(from decoder: any Decoder) throws {
        if var list = try? decoder.unkeyedContainer() {
            var items: [String] = []
            while !list.isAtEnd { items.append(try list.decode(String.self)) }
            self.items = items
        } else {
            items = [try decoder.singleValueContainer().decode(String.self)]
        }
    }
}

extension CodingUserInfoKey {
    /// The file being decoded (a `String`, relative to the dossier folder).
    static let dossierPath = CodingUserInfoKey(rawValue: "dossier.path")!
    /// How many lines come before the YAML in its file (an `Int`).
    static let dossierLineOffset = CodingUserInfoKey(rawValue: "dossier.lineOffset")!
}

extension Decoder {
    /// Where the value being decoded starts in its file, from Yams' mark and the front matter offset.
    var sourceLocation: SourceLocation {
        let path = userInfo[.dossierPath] as? String ?? ""
        let offset = userInfo[.dossierLineOffset] as? Int ?? 0
        guard let mark = (self as Decoder).mark else { return SourceLocation(path: path) }
        return SourceLocation(path: path, line: mark.line + offset, column: mark.column)
    }
}
