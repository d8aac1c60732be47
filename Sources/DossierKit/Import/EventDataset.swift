import Foundation

/// A published event dataset whose CSV files `dossier import` reads: its columns, and how a row
/// becomes an `ImportedEvent`.
public enum EventDataset: String, Sendable, CaseIterable {
    /// UCDP's Georeferenced Event Dataset (GED), as UCDP publishes it.
    case ucdp
    /// ACLED's event export.
    case acled

    /// The columns a file must have.
    var required: [String] {
        switch self {
        case .ucdp:
            [
                "id", "date_start", "date_end", "date_prec", "side_a", "side_b", "country", "adm_1", "adm_2",
                "where_coordinates", "latitude", "longitude", "best", "low", "high",
            ]
        case .acled:
            [
                "event_id_cnty", "event_date", "time_precision", "event_type", "actor1", "actor2", "country", "admin1",
                "admin2", "location", "latitude", "longitude", "fatalities",
            ]
        }
    }

    /// Each row of `table` as an event, or the problems of the rows that cannot be (at most a few
    /// per kind of problem are reported, with a count of the rest).
    func events(of table: CSVTable) -> (events: [ImportedEvent], problems: [CSVTable.Problem]) {
        let columns = table.columns
        let missing = required.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            return (
                [],
                [
                    CSVTable.Problem(
                        line: 1,
                        message:
                            "this is not a \(rawValue.uppercased()) file: it lacks the column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")); export the dataset's CSV with its published columns"
                    )
                ]
            )
        }
        var events: [ImportedEvent] = []
        var problems: [CSVTable.Problem] = []
        for (offset, row) in table.rows.enumerated() {
            func field(_ name: String) -> String {
                columns[name].map { Self.visible(row[$0]) } ?? ""
            }
            do {
                events.append(try self == .ucdp ? Self.ucdp(field) : Self.acled(field))
            } catch {
                if problems.count < 20 { problems.append(CSVTable.Problem(line: offset + 2, message: error.message)) }
            }
        }
        return (events, problems)
    }

    struct RowProblem: Error {
        let message: String
    }

    // MARK: - UCDP GED

    private static func ucdp(_ field: (String) -> String) throws(RowProblem) -> ImportedEvent {
        let id = field("id")
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            throw RowProblem(message: "the id '\(id)' is not a UCDP event id (digits)")
        }
        let start = try day(field("date_start"), column: "date_start")
        let end = try day(field("date_end"), column: "date_end")
        // date_prec: 1–3 the day (or within a week) is known, 4 the month, 5 the year or longer.
        let precision = field("date_prec")
        let date: String
        var until: String? = nil
        switch precision {
        case "4": date = String(start.prefix(7))
        case "5": date = String(start.prefix(4))
        default:
            date = start
            if end != start { until = end }
        }
        if precision == "4", end.prefix(7) != start.prefix(7) { until = String(end.prefix(7)) }
        if precision == "5", end.prefix(4) != start.prefix(4) { until = String(end.prefix(4)) }
        var chain: [ImportedEvent.PlaceName] = []
        for (column, fallback) in [("country", PlaceKind.country), ("adm_1", .region), ("adm_2", .region)] {
            let written = field(column)
            guard !written.isEmpty else { continue }
            chain.append(Self.placeName(written, fallback: fallback))
        }
        let location = Self.placeName(field("where_coordinates"), fallback: .site)
        if !location.name.isEmpty, location.name != chain.last?.name { chain.append(location) }
        guard !chain.isEmpty else { throw RowProblem(message: "the event \(id) has no country") }
        let best = try count(field("best"), column: "best")
        let low = try count(field("low"), column: "low")
        let high = try count(field("high"), column: "high")
        let sides = [field("side_a"), field("side_b")].filter { !$0.isEmpty && $0 != "Civilians" }
        let dyad = field("dyad_name")
        // One source per outlet: UCDP lists several in one field, `;` between them, with their
        // dates in the same order.
        let dates = field("source_date").split(separator: ";").map { $0.trimmed.prefix(10) }
        let sources = field("source_office").split(separator: ";").map { $0.trimmed }
            .filter { !$0.isEmpty }.prefix(20).enumerated().map { number, name in
                let date = number < dates.count ? dates[number] : dates.first ?? ""
                return ImportedEvent.Source(name: Self.clipped(name, 200), date: date.count == 10 ? String(date) : nil)
            }
        let categories = ["1": "state-based", "2": "non-state", "3": "one-sided"]
        // The headlines it was coded from, and where it happened in words.
        let headlines = field("source_headline").split(separator: ";").map { $0.trimmed }
            .filter { !$0.isEmpty }
        var parts: [String] = []
        if !headlines.isEmpty { parts.append(headlines.map(Self.markdownLiteral).joined(separator: "; ")) }
        let place = field("where_description")
        if !place.isEmpty, place != field("where_coordinates"), !chain.contains(where: { $0.name == place }) {
            parts.append("Where: " + Self.markdownLiteral(place))
        }
        let description = parts.joined(separator: "\n\n")
        return ImportedEvent(
            id: "ucdp-\(id)", date: date, end: until,
            title: Self.clipped("\(dyad.isEmpty ? sides.joined(separator: " – ") : dyad) in \(chain.last!.name)", 300),
            actors: sides.map { Self.name($0) }, places: chain,
            coordinates: Self.coordinates(field("latitude"), field("longitude")),
            fatalities: ImportedEvent.Fatalities(best: best, low: min(low, best), high: max(high, best)),
            sources: sources, category: categories[field("type_of_violence")],
            description: description.isEmpty ? nil : Self.clipped(description, FieldLimits.maximumTextLength))
    }

    /// A UCDP place label, "Juárez municipality": the name, and its kind from the last word.
    static func placeName(_ written: String, fallback: PlaceKind) -> ImportedEvent.PlaceName {
        let kinds: [String: PlaceKind] = [
            "state": .region, "municipality": .region, "province": .region, "region": .region, "district": .region,
            "township": .region, "department": .region, "division": .region, "county": .region,
            "town": .city, "city": .city, "village": .village,
        ]
        let words = written.split(separator: " ")
        if words.count > 1, let last = words.last, let kind = kinds[last.lowercased()] {
            return .init(name: Self.name(words.dropLast().joined(separator: " ")), kind: kind)
        }
        return .init(name: Self.name(written), kind: fallback)
    }

    // MARK: - ACLED

    private static func acled(_ field: (String) -> String) throws(RowProblem) -> ImportedEvent {
        let id = field("event_id_cnty")
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            throw RowProblem(message: "the event_id_cnty '\(id)' is not an ACLED event id (letters and digits)")
        }
        let start = try acledDate(field("event_date"))
        // time_precision: 1 the day is known, 2 the week, 3 the month.
        let date = field("time_precision") == "3" ? String(start.prefix(7)) : start
        var chain: [ImportedEvent.PlaceName] = []
        for (column, kind) in [("country", PlaceKind.country), ("admin1", .region), ("admin2", .region), ("admin3", .region)] {
            let written = field(column)
            if !written.isEmpty, written != chain.last?.name { chain.append(.init(name: Self.name(written), kind: kind)) }
        }
        let location = field("location")
        if !location.isEmpty, location != chain.last?.name { chain.append(.init(name: Self.name(location), kind: .site)) }
        guard !chain.isEmpty else { throw RowProblem(message: "the event \(id) has no country") }
        let fatalities = try count(field("fatalities"), column: "fatalities")
        let actors = [field("actor1"), field("actor2")].filter { !$0.isEmpty }
        let type = field("sub_event_type").isEmpty ? field("event_type") : field("sub_event_type")
        let sources = field("source").isEmpty ? [] : [ImportedEvent.Source(name: Self.clipped(field("source"), 200), date: nil)]
        let notes = Self.markdownLiteral(field("notes"))
        return ImportedEvent(
            id: "acled-\(id.lowercased())", date: date, end: nil,
            title: Self.clipped(
                "\(type): \(actors.isEmpty ? "unidentified" : actors.joined(separator: " – ")) in \(chain.last!.name)", 300),
            actors: actors.map { Self.name($0) }, places: chain,
            coordinates: Self.coordinates(field("latitude"), field("longitude")),
            fatalities: ImportedEvent.Fatalities(best: fatalities, low: fatalities, high: fatalities), sources: sources,
            category: field("event_type").isEmpty ? nil : Self.clipped(field("event_type"), 100),
            description: notes.isEmpty ? nil : Self.clipped(notes, FieldLimits.maximumTextLength))
    }

    /// ACLED's `event_date`: `2023-01-15`, or `15 January 2023` as its older exports write it.
    private static func acledDate(_ written: String) throws(RowProblem) -> String {
        if let day = try? day(written, column: "event_date") { return day }
        let months = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        let parts = written.split(separator: " ")
        if parts.count == 3, let day = Int(parts[0]), let month = months.firstIndex(of: parts[1].lowercased()),
            let year = Int(parts[2]), (1...31).contains(day), (1000...2999).contains(year)
        {
            return String(format: "%04d-%02d-%02d", year, month + 1, day)
        }
        throw RowProblem(message: "the event_date '\(written)' is not a date (2023-01-15 or 15 January 2023)")
    }

    // MARK: - Fields

    /// `YYYY-MM-DD`, from a date written so or with a time after it (`2016-04-02 00:00:00.000`).
    private static func day(_ written: String, column: String) throws(RowProblem) -> String {
        let day = String(written.prefix(10))
        let parts = day.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let date = Int(parts[2]),
            parts[0].count == 4, (1...12).contains(month), (1...31).contains(date), year > 0
        else {
            throw RowProblem(message: "the \(column) '\(written)' is not a date (YYYY-MM-DD)")
        }
        return day
    }

    /// A count of deaths: a whole number from 0 to a million.
    private static func count(_ written: String, column: String) throws(RowProblem) -> Int {
        guard let value = Int(written.hasSuffix(".0") ? String(written.dropLast(2)) : written), (0...1_000_000).contains(value)
        else {
            throw RowProblem(message: "the \(column) '\(written)' is not a number of deaths (a whole number from 0)")
        }
        return value
    }

    private static func coordinates(_ latitude: String, _ longitude: String) -> (Double, Double)? {
        guard let lat = Double(latitude), let lon = Double(longitude), (-90...90).contains(lat), (-180...180).contains(lon)
        else { return nil }
        return (lat, lon)
    }

    /// `text` as Markdown that shows it as it is: the characters Markdown or HTML would read as
    /// markup are escaped (a dataset's text is data, never markup), and line breaks are spaces.
    static func markdownLiteral(_ text: String) -> String {
        var escaped = ""
        let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "~", "|", "#"]
        for character in text {
            if character.isNewline {
                escaped.append(" ")
            } else if special.contains(character) || (escaped.isEmpty && "+-=".contains(character)) {
                escaped += "\\" + String(character)
            } else {
                escaped.append(character)
            }
        }
        // A line that starts with a number and a dot or bracket would be a list.
        if let dot = escaped.firstIndex(where: { !$0.isNumber }), dot > escaped.startIndex, ".)".contains(escaped[dot]) {
            escaped.insert("\\", at: dot)
        }
        return escaped
    }

    static func clipped(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// A field without the zero-width spaces and byte-order marks datasets carry (`\u{200B}Acámbaro`),
    /// trimmed.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\u{200B}" || $0 == "\u{FEFF}" }) else { return text.trimmed }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{200B}" && $0 != "\u{FEFF}" })).trimmed
    }

    /// A name on one line, at most `limit` characters.
    static func name(_ text: String, _ limit: Int = 200) -> String {
        clipped(text.contains(where: \.isNewline) ? String(text.map { $0.isNewline ? " " : $0 }) : text, limit)
    }
}

/// A place's kind in an import: what its `type:` becomes.
enum PlaceKind: String, Sendable {
    case country, region, city, village, site
}

/// One row of a dataset, as the import writes it.
struct ImportedEvent: Sendable {
    struct PlaceName: Sendable, Hashable {
        var name: String
        var kind: PlaceKind
    }
    struct Fatalities: Sendable {
        var best: Int
        var low: Int
        var high: Int
    }
    struct Source: Sendable {
        var name: String
        var date: String?
    }

    var id: String
    /// As the dossier writes dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, the dataset's precision kept.
    var date: String
    var end: String?
    var title: String
    var actors: [String]
    /// Country first, then each level down to the event's location.
    var places: [PlaceName]
    var coordinates: (Double, Double)?
    var fatalities: Fatalities
    var sources: [Source]
    var category: String?
    var description: String?
}
