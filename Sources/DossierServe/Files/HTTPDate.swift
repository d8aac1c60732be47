import Foundation

/// The one date format HTTP uses (`Sun, 06 Nov 1994 08:49:37 GMT`), for `Last-Modified` and `If-Modified-Since`.
enum HTTPDate {
    /// `date` as an IMF-fixdate.
    static func string(from date: Date) -> String {
        formatter().string(from: date)
    }

    /// The date in an IMF-fixdate, or `nil` when the text is not one.
    static func date(from text: String) -> Date? {
        formatter().date(from: text.trimmingCharacters(in: .whitespaces))
    }

    /// A new formatter each time: `DateFormatter` is not safe to share between concurrent requests.
    private static func formatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter
    }
}
