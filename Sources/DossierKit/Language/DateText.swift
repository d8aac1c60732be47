import Foundation
import Synchronization

/// Dates as a language writes them, from CLDR through Foundation: each precision in its own form
/// ("11 апреля 2016 г.", "апрель 2016 г.", "2016"), ranges as CLDR's intervals ("2–5 апреля
/// 2016 г."), month headings in the stand-alone form ("апрель 2016 г."). Each text is made once.
final class DateText: Sendable {
    /// The locale dates are written in.
    let locale: Locale
    private let formatters: Mutex<Formatters>
    private let single = LockedTable<PartialDate, String>()
    private let ranges = LockedTable<[PartialDate], String>()
    private let months = LockedTable<Int, String>()

    /// Foundation's formatters, used under the lock.
    private struct Formatters: @unchecked Sendable {
        let day: DateFormatter
        let month: DateFormatter
        let standaloneMonth: DateFormatter
        let year: DateFormatter
        let interval: DateIntervalFormatter
    }

    /// The Gregorian calendar at UTC: a partial date is a day (or month, or year) of the calendar,
    /// not an instant, so no time zone may move it.
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Dates in `locale`.
    init(locale: Locale) {
        self.locale = locale
        func formatter(_ template: String) -> DateFormatter {
            let formatter = DateFormatter()
            formatter.locale = locale
            formatter.calendar = Self.calendar
            formatter.timeZone = Self.calendar.timeZone
            formatter.setLocalizedDateFormatFromTemplate(template)
            return formatter
        }
        let interval = DateIntervalFormatter()
        interval.locale = locale
        interval.calendar = Self.calendar
        interval.timeZone = Self.calendar.timeZone
        formatters = Mutex(
            Formatters(
                day: formatter("dMMMMy"), month: formatter("MMMMy"), standaloneMonth: formatter("LLLLy"),
                year: formatter("y"), interval: interval))
    }

    /// `date` at its precision: "11 April 2016", "April 2016", "2016".
    func text(of date: PartialDate) -> String {
        single.value(date) {
            let instant = Self.instant(date)
            return formatters.withLock { formatters in
                switch date.precision {
                case .day: formatters.day.string(from: instant)
                case .month: formatters.month.string(from: instant)
                case .year: formatters.year.string(from: instant)
                }
            }
        }
    }

    /// The range from `start` to `end`: CLDR's interval when both have the same precision ("2–5 April
    /// 2016", "March – April 2016", "2016 – 2018"), else the two dates with a dash between.
    func text(from start: PartialDate, to end: PartialDate) -> String {
        if start == end { return text(of: start) }
        guard start.precision == end.precision else { return text(of: start) + " – " + text(of: end) }
        return ranges.value([start, end]) {
            let (from, to) = (Self.instant(start), Self.instant(end))
            return formatters.withLock { formatters in
                formatters.interval.dateTemplate =
                    switch start.precision {
                    case .day: "dMMMMy"
                    case .month: "MMMMy"
                    case .year: "y"
                    }
                return formatters.interval.string(from: from, to: to)
            }
        }
    }

    /// A month as a heading: "April 2016" (the stand-alone form where a language has one).
    func month(_ month: Int, of year: Int) -> String {
        months.value(year * 12 + month) {
            guard let date = PartialDate(year: year, month: month) else { return "\(year)-\(month)" }
            let instant = Self.instant(date)
            return formatters.withLock { $0.standaloneMonth.string(from: instant) }
        }
    }

    /// Noon on the first day `date` covers.
    private static func instant(_ date: PartialDate) -> Date {
        calendar.date(from: DateComponents(year: date.year, month: date.month ?? 1, day: date.day ?? 1, hour: 12))
            ?? Date(timeIntervalSince1970: 0)
    }
}
