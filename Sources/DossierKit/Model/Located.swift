/// A value from front matter together with where it was written in the file.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value as read.
    public var value: Value
    /// Where the value starts in the Markdown or YAML file.
    public var location: SourceLocation

    /// Creates a located value.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// A reference as written by an editor (an id, a name or an alias), with its position.
public typealias Reference = Located<String>

extension Located where Value == String {
    /// The text of the reference, trimmed.
    public var text: String { value.trimmed }
}

/// A list of references that may also be written as a single value (`entities: Lavrov`).
public struct ReferenceList: Sendable, Hashable {
    /// The references, in the order written.
    public var items: [Reference]

    /// Creates a list.
    public init(_ items: [Reference]) {
        self.items = items
    }
}
