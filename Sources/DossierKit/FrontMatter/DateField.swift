/// A date field from front matter: YYYY, YYYY-MM or YYYY-MM-DD, quoted or not, or a bare year number.
struct DateField: Sendable, Hashable {
    /// The parsed date.
    var date: PartialDate
    /// Where it was written.
    var location: SourceLocation

    /// Why `text` is not a date, for the editor, with the date as it should be written when that
    /// can be told (see `DateSpelling`).
    static func problem(with text: String) -> String {
        DateSpelling.problem(with: text)
    }
}

extension DateField: FrontMatterReadable {
    /// The date in a single value, trimmed.
    init(from value: FrontMatterValue) throws(Diagnostic) {
        location = value.location
        guard let text = try? value.text() else { throw value.mismatch(.date) }
        let trimmed = text.trimmed
        guard let date = PartialDate(parsing: trimmed) else { throw value.problem(Self.problem(with: trimmed)) }
        self.date = date
    }
}
