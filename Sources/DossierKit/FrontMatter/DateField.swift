/// A date field from front matter: YYYY, YYYY-MM or YYYY-MM-DD, quoted or not, or a bare year number.
struct DateField: Sendable, Hashable {
    /// The parsed date.
    var date: PartialDate
    /// Where it was written.
    var location: SourceLocation

    /// Why `text` is not a date, for the editor.
    static func problem(with text: String) -> String {
        let shape = "expected a date as YYYY, YYYY-MM or YYYY-MM-DD"
        if text.contains("T") || text.contains(":") {
            return "'\(text)' is not a date: \(shape), without a time of day"
        }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        if parts.count >= 2, !(1...12).contains(parts[1]) {
            return "'\(text)' is not a real date: there is no month \(parts[1]); \(shape)"
        }
        if parts.count == 3 {
            return "'\(text)' is not a real date: that month has no day \(parts[2]); \(shape)"
        }
        return "'\(text)' is not a date: \(shape) (for example 2016-04-02)"
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
