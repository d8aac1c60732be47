/// A value from front matter together with where it was written in the file.
struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value as read.
    var value: Value
    /// Where the value starts in the Markdown or YAML file.
    var location: SourceLocation

    /// Creates a located value.
    init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// A reference as written by an editor (an id, a name or an alias), with its position.
typealias Reference = Located<String>

extension Located where Value == String {
    /// The text of the reference, trimmed.
    var text: String { value.trimmed }
}

/// A list of references that may also be written as a single value (`entities: Lavrov`).
struct ReferenceList: Sendable, Hashable {
    /// The references, in the order written.
    var items: [Reference]

    /// Creates a list.
    init(_ items: [Reference]) {
        self.items = items
    }
}
