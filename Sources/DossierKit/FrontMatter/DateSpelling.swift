/// Why a date field's text is not a date, worded for the editor, with the date written the way
/// Dossier reads it when that can be told from the text: `2008-8-1` needs two-digit months and days
/// (`2008-08-01`), `08/13/2008` puts the year last and uses slashes (`2008-08-13`), `April 2016`
/// names the month (`2016-04`).
enum DateSpelling {
    /// The shapes Dossier reads, for the messages.
    static let shape = "YYYY, YYYY-MM or YYYY-MM-DD"

    /// Why `text` (trimmed) is not a date, and the date as it should be written when it can be told.
    static func problem(with text: String) -> String {
        if text.contains(":") || Self.hasTimeSeparator(text) {
            let day = text.split(whereSeparator: { $0 == "T" || $0 == " " }).first.map(String.init)
            let fix = day.flatMap { PartialDate(parsing: $0) }.map { "; write \($0)" } ?? ""
            return "'\(text)' is not a date: expected a date as \(shape), without a time of day\(fix)"
        }
        guard let reading = Reading(text) else {
            return "'\(text)' is not a date: expected a date as \(shape) (for example 2016-04-02)"
        }
        if let problem = reading.impossibility {
            return "'\(text)' is not a real date: \(problem); expected a date as \(shape)"
        }
        let because = list(reading.reasons)
        switch reading.candidates.count {
        case 0:
            return "'\(text)' is not a date: \(because); expected a date as \(shape)"
        case 1:
            return "'\(text)' is not a date: \(because); write \(reading.candidates[0])"
        default:
            // The day and the month are both 12 or less: either could be the month.
            let meanings = reading.candidates.map { "\($0) for \($0.displayText)" }
            return "'\(text)' is not a date: \(because), and which number is the month cannot be told; write "
                + meanings.joined(separator: " or ")
        }
    }

    /// Whether `text` has a `T` between digits, as in `2016-04-11T10:00`.
    private static func hasTimeSeparator(_ text: String) -> Bool {
        let characters = Array(text)
        return characters.indices.dropFirst().dropLast().contains { index in
            characters[index] == "T" && characters[index - 1].isASCII && characters[index - 1].isNumber
                && characters[index + 1].isASCII && characters[index + 1].isNumber
        }
    }

    /// "a", "a, and b", "a, b, and c": the reasons may have commas of their own.
    private static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + ", and " + items.last!
    }

    /// The parts of a date-like text, how they are written, and the dates they can mean.
    private struct Reading {
        /// What is written differently from `YYYY-MM-DD`.
        var reasons: [String] = []
        /// The dates the text can mean (two when the day and the month cannot be told apart).
        var candidates: [PartialDate] = []
        /// Why the date the text spells cannot be: "there is no month 13".
        var impossibility: String?

        /// Reads `text`; `nil` when it does not look like a date at all.
        init?(_ text: String) {
            var numbers: [Substring] = []
            var words: [Substring] = []
            var separators: Set<Character> = []
            // Runs of ASCII digits and runs of letters, between separators.
            var runStart: String.Index?
            var index = text.startIndex
            while index <= text.endIndex {
                let character = index < text.endIndex ? text[index] : nil
                let kind = character.map(Self.kind)
                if let start = runStart, kind != Self.kind(text[start]) {
                    let run = text[start..<index]
                    if Self.kind(text[start]) == .digit { numbers.append(run) } else { words.append(run) }
                    runStart = nil
                }
                guard let character, let kind else { break }
                switch kind {
                case .digit, .letter: if runStart == nil { runStart = index }
                case .separator: separators.insert(character)
                case .other: return nil
                }
                index = text.index(after: index)
            }
            if words.isEmpty {
                guard readNumbers(numbers, separators: separators) else { return nil }
            } else {
                guard words.count == 1, let month = Self.monthNumber(words[0]), readWithMonthName(month, numbers) else {
                    return nil
                }
            }
        }

        /// What a character is to a date.
        private enum Kind { case digit, letter, separator, other }

        private static func kind(_ character: Character) -> Kind {
            if character.isASCII, character.isNumber { return .digit }
            if character.isLetter { return .letter }
            if "-/., ".contains(character) || character.isWhitespace { return .separator }
            return .other
        }

        /// `April 2016`, `11 April 2016`, `April 11, 2016`, `2016 April 11`.
        private mutating func readWithMonthName(_ month: Int, _ numbers: [Substring]) -> Bool {
            guard numbers.count <= 2, let yearIndex = numbers.firstIndex(where: { $0.count == 4 }) else { return false }
            let days = numbers.indices.filter { $0 != yearIndex }.map { numbers[$0] }
            guard days.allSatisfy({ $0.count <= 2 }) else { return false }
            reasons.append("the month is written as a number")
            settle(year: Int(numbers[yearIndex])!, months: [(month, days.first.flatMap { Int($0) })])
            return true
        }

        /// Numbers only: `2008-8-1`, `2008/08/01`, `08-08-2008`, `20080801`, `8/2008`.
        private mutating func readNumbers(_ numbers: [Substring], separators: Set<Character>) -> Bool {
            var parts = numbers
            if parts.count == 1, parts[0].count == 8 {
                let digits = parts[0]
                let month = digits.index(digits.startIndex, offsetBy: 4)
                let day = digits.index(month, offsetBy: 2)
                parts = [digits[..<month], digits[month..<day], digits[day...]]
            }
            guard (2...3).contains(parts.count), parts.allSatisfy({ $0.count <= 4 }) else { return false }
            let yearFirst = parts[0].count == 4 && parts.dropFirst().allSatisfy { $0.count <= 2 }
            let yearLast = !yearFirst && parts.last!.count == 4 && parts.dropLast().allSatisfy { $0.count <= 2 }
            guard yearFirst || yearLast else {
                guard parts.allSatisfy({ $0.count <= 2 }) else { return false }
                reasons.append("the year needs all four digits")
                return true
            }
            if yearLast { reasons.append("the year comes first (YYYY-MM-DD)") }
            if separators != ["-"] {
                let others = separators.subtracting(["-"]).sorted().map { $0 == " " ? "spaces" : "'\($0)'" }
                reasons.append(
                    "the parts are separated by '-'" + (others.isEmpty ? "" : ", not " + others.joined(separator: " or ")))
            }
            let values = parts.map { Int($0)! }
            guard yearFirst else {
                // Day-month (most of the world) or month-day (the United States).
                let year = values.last!
                guard values.count == 3 else {
                    settle(year: year, months: [(values[0], nil)])
                    return true
                }
                let (first, second) = (values[0], values[1])
                if second > 12, first <= 12 {
                    settle(year: year, months: [(first, second)])
                } else if first == second || first > 12 {
                    settle(year: year, months: [(second, first)])
                } else {
                    settle(year: year, months: [(second, first), (first, second)])
                }
                return true
            }
            let shortMonth = parts[1].count < 2
            let shortDay = parts.count == 3 && parts[2].count < 2
            switch (shortMonth, shortDay) {
            case (true, true): reasons.append("the month and the day need two digits")
            case (true, false): reasons.append("the month needs two digits")
            case (false, true): reasons.append("the day needs two digits")
            case (false, false): break
            }
            settle(year: values[0], months: [(values[1], values.count == 3 ? values[2] : nil)])
            return true
        }

        /// Records the dates that `months` (month and day) of `year` make, or why the first cannot be.
        private mutating func settle(year: Int, months: [(month: Int, day: Int?)]) {
            for (month, day) in months {
                if let date = PartialDate(year: year, month: month, day: day) {
                    candidates.append(date)
                } else if candidates.isEmpty, impossibility == nil {
                    impossibility = Self.impossibility(year: year, month: month, day: day)
                }
            }
            if !candidates.isEmpty { impossibility = nil }
        }

        /// Why a year, month and day make no date.
        private static func impossibility(year: Int, month: Int, day: Int?) -> String {
            if !(1...9999).contains(year) { return "there is no year \(year)" }
            if !(1...12).contains(month) { return "there is no month \(month)" }
            return "that month has no day \(day ?? 0)"
        }

        /// The number of a month named in English, in full or by its first three letters.
        private static func monthNumber(_ word: Substring) -> Int? {
            let lowered = word.lowercased()
            guard lowered.count >= 3 else { return nil }
            return PartialDate.monthNames.firstIndex { name in
                let full = name.lowercased()
                return full == lowered || (lowered.count == 3 && full.hasPrefix(lowered))
                    || (lowered == "sept" && full == "september")
            }.map { $0 + 1 }
        }
    }
}
