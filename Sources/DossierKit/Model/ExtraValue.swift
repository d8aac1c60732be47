/// A value of an `extra:` field, kept as written for the theme: text (every YAML scalar, as
/// written), a list, or a set of fields in the order written. Templates get it as-is.
indirect enum ExtraValue: Sendable, Hashable {
    case text(String)
    case list([ExtraValue])
    case fields([Field])

    /// One field of a set of fields.
    struct Field: Sendable, Hashable {
        var name: String
        var value: ExtraValue
    }
}
