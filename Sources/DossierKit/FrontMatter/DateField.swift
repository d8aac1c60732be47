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
    /// The years a date may fall in unless its field says it is right (`confirmed: true`): outside
    /// them, a typo (2030 for 2003, 1016 for 2016) is likelier than a date of a conflict dossier.
    static let expectedYears = 1900...2100

    private enum ConfirmedField: String {
        case value, confirmed
    }

    /// The date in a single value, trimmed; or `{value: 1828-02-22, confirmed: true}` for a date
    /// outside `expectedYears` that is right.
    init(from value: FrontMatterValue) throws(Diagnostic) {
        location = value.location
        var written = value
        var confirmed = false
        if case .mapping = value.node {
            let fields = try value.fields(keyedBy: ConfirmedField.self)
            guard let inner = fields.value(.value) else {
                throw value.problem(
                    "a date written as a set of fields needs 'value' (and 'confirmed: true' for a year outside \(Self.expectedYears.lowerBound)–\(Self.expectedYears.upperBound)): {value: 1828-02-22, confirmed: true}"
                )
            }
            written = inner
            confirmed = (fields.optional(.confirmed) as FlagField?)?.value ?? false
        }
        guard let text = try? written.text() else { throw written.mismatch(.date) }
        let trimmed = text.trimmed
        guard let date = PartialDate(parsing: trimmed) else { throw written.problem(Self.problem(with: trimmed)) }
        if !confirmed, !Self.expectedYears.contains(date.year) {
            let side = date.year < Self.expectedYears.lowerBound ? "before 1900" : "after 2100"
            throw written.problem(
                "the year \(date.year) is \(side), which is likelier a typo than a date of this dossier; correct it, or if it is right say so: {value: \(trimmed), confirmed: true}"
            )
        }
        self.date = date
    }
}
