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

    /// The words after "should be", given the node that was found instead (named after "but it is").
    func wording(found node: Node) -> String {
        switch self {
        case .scalar: "a single value such as a name or a piece of text"
        case .setOfFields: "a set of fields, one 'name: value' a line"
        case .list: "a list such as [a, b]"
        case .number: "a number"
        case .flag: "true or false"
        case .date: "a date as YYYY, YYYY-MM or YYYY-MM-DD"
        }
    }
}
