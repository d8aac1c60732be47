/// A date known to the year, the month or the day: `2016`, `2016-04` or `2016-04-11`.
///
/// A partial date sorts before the days it contains: `2016-04` < `2016-04-01`.
struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year (1–9999).
    let year: Int
    /// The month (1–12), when known.
    let month: Int?
    /// The day of the month, when known (only with a month).
    let day: Int?

    /// How much of a date is known.
    enum Precision: Int, Sendable, Comparable {
        case year, month, day
        static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    /// Creates a date; returns `nil` when the parts do not make a real date (`2016-02-30`).
    init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` strictly; `nil` for anything else or an impossible date.
    init?(parsing text: String) {
        // Every character accepted is an ASCII digit or '-', so the UTF-8 bytes are read directly.
        let bytes = Array(text.utf8)
        guard [4, 7, 10].contains(bytes.count), let year = Self.number(bytes[0..<4]) else { return nil }
        var month: Int?
        var day: Int?
        if bytes.count >= 7 {
            guard bytes[4] == UInt8(ascii: "-"), let value = Self.number(bytes[5..<7]) else { return nil }
            month = value
        }
        if bytes.count == 10 {
            guard bytes[7] == UInt8(ascii: "-"), let value = Self.number(bytes[8..<10]) else { return nil }
            day = value
        }
        self.init(year: year, month: month, day: day)
    }

    /// The number written with ASCII digits only, or `nil`.
    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// How much of the date is known.
    var precision: Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// The ISO form, as written: `2016`, `2016-04`, `2016-04-11` (also valid in `<time datetime>`).
    var description: String {
        var text = String(format4: year)
        if let month { text += "-" + String(format2: month) }
        if let day { text += "-" + String(format2: day) }
        return text
    }

    /// The date in English, at its real precision ("2016", "April 2016", "11 April 2016"), for
    /// Dossier's messages; pages write dates in the site's language (`DateText`).
    var displayText: String {
        guard let month else { return String(year) }
        let name = Self.monthNames[month - 1]
        guard let day else { return "\(name) \(year)" }
        return "\(day) \(name) \(year)"
    }

    /// Whether `other` falls within this date (a month contains its days; a date contains itself).
    func contains(_ other: PartialDate) -> Bool {
        guard year == other.year else { return false }
        guard let month else { return true }
        guard month == other.month else { return false }
        guard let day else { return true }
        return day == other.day
    }

    static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    /// The English month names, January first.
    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension String {
    fileprivate init(format4 value: Int) {
        let digits = "\(value)"
        self = String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits
    }

    fileprivate init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
