import Yams

/// What a value should have been, for the "'x' should be …, but it is …" message.
enum FieldExpectation: Sendable {
    /// A single scalar: text, a reference, a number or a flag.
    case scalar
    /// A set of fields (a YAML mapping).
    case setOfFields
    /// A list (a YAML sequence).
    case list
    /// A number, written plainly.
    case number
    /// `true` or `false`.
    case flag
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    case date

    /// The words after "should be", given the node that was found instead.
    ///
    /// The wording for a scalar, a set of fields and a list is the one the earlier Codable-based reader
    /// showed (Yams' decoding error text); it is kept word for word so messages do not change.
    func wording(found node: Node) -> String {
        switch self {
        case .scalar: "Expected to decode Scalar but found \(Self.kind(of: node)) instead."
        case .setOfFields: "Expected to decode Mapping but found Node instead."
        case .list: "Expected to decode Sequence but found Node instead."
        case .number: "a number"
        case .flag: "true or false"
        case .date: "a date as YYYY, YYYY-MM or YYYY-MM-DD"
        }
    }

    private static func kind(of node: Node) -> String {
        switch node {
        case .scalar: "Scalar"
        case .mapping: "Mapping"
        case .sequence: "Sequence"
        case .alias: "Alias"
        }
    }
}
