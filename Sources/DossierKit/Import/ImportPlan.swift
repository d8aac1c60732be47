import Foundation

/// The files an import makes of a dataset's events: a place per level of `country > region >
/// district > location`, an entity per actor, and a timeline file per year
/// (`content/timeline/<dataset>-<year>.yml`). Each file says it was imported on its first line of
/// YAML (`# dossier-import: <dataset> <digest> <what>`), with a digest of the rest, so that a
/// re-import knows a file someone edited since (kept, and reported) from one it may update. Ids are
/// kept from the files an earlier import made (found by what their marker names), so references
/// stay put when a newer file adds places.
struct ImportPlan: Sendable {
    /// A file to write: its path in the dossier and its text.
    struct File: Sendable, Equatable {
        let path: String
        let text: String
    }

    let files: [File]
    let eventCount: Int

    /// What an earlier import left: the marker key (`place Mexico > Chihuahua > Juárez`) of each
    /// marked file, with its id; and every id a file already has, marked or not.
    struct Existing: Sendable {
        var idsByKey: [String: String] = [:]
        var takenIDs: Set<String> = []
    }

    static let marker = "# dossier-import:"

    init(dataset: EventDataset, events: [ImportedEvent], existing: (places: Existing, entities: Existing)) {
        let events = events.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        var files: [File] = []
        // Places: every chain and its prefixes, a parent before its children, known by their
        // names (a place's kind is the one first seen).
        var chains: [String: [ImportedEvent.PlaceName]] = [:]
        var coordinates: [String: (Double, Double)] = [:]
        for event in events {
            for length in 1...event.places.count {
                let chain = Array(event.places.prefix(length))
                let key = Self.key(chain)
                if chains[key] == nil { chains[key] = chain }
            }
            let key = Self.key(event.places)
            if coordinates[key] == nil, let point = event.coordinates { coordinates[key] = point }
        }
        let ordered = chains.sorted { $0.value.count != $1.value.count ? $0.value.count < $1.value.count : $0.key < $1.key }
            .map(\.value)
        var placeIDs: [String: String] = [:]
        var taken = existing.places.takenIDs
        for chain in ordered {
            let key = Self.key(chain)
            let id =
                existing.places.idsByKey["place " + key]
                ?? Self.freeID([chain.last!.name] + chain.dropLast().reversed().map(\.name), taken: &taken)
            placeIDs[key] = id
            var lines = ["name: " + JSONText.encode(chain.last!.name), "type: " + chain.last!.kind.rawValue]
            if chain.count > 1, let parent = placeIDs[Self.key(Array(chain.dropLast()))] { lines.append("in: " + parent) }
            if let (lat, lon) = coordinates[key] { lines.append("coordinates: [\(Self.number(lat)), \(Self.number(lon))]") }
            files.append(Self.frontMatterFile("content/places/\(id).md", dataset: dataset, key: "place " + key, lines: lines))
        }
        // Entities: each actor.
        var entityIDs: [String: String] = [:]
        var entityTaken = existing.entities.takenIDs
        for actor in Set(events.flatMap(\.actors)).sorted() {
            let key = "entity " + actor
            let id = existing.entities.idsByKey[key] ?? Self.freeID([actor], taken: &entityTaken)
            entityIDs[actor] = id
            let type = actor.hasPrefix("Government of") ? "country" : "group"
            files.append(
                Self.frontMatterFile(
                    "content/entities/\(id).md", dataset: dataset, key: key,
                    lines: ["name: " + JSONText.encode(actor), "type: " + type]))
        }
        // Timeline files, a year each.
        var years: [String: [String]] = [:]
        for event in events {
            var lines = ["- id: " + event.id, "  date: " + JSONText.encode(event.date)]
            if let end = event.end { lines.append("  end: " + JSONText.encode(end)) }
            lines.append("  title: " + JSONText.encode(event.title))
            let actors = event.actors.compactMap { entityIDs[$0] }
            if !actors.isEmpty { lines.append("  entities: [" + actors.joined(separator: ", ") + "]") }
            if let place = placeIDs[Self.key(event.places)] { lines.append("  places: [\(place)]") }
            let deaths = event.fatalities
            lines.append(
                deaths.low == deaths.best && deaths.high == deaths.best
                    ? "  fatalities: \(deaths.best)"
                    : "  fatalities: {best: \(deaths.best), low: \(deaths.low), high: \(deaths.high)}")
            if let category = event.category { lines.append("  category: " + JSONText.encode(category)) }
            if !event.sources.isEmpty {
                lines.append("  sources:")
                for source in event.sources {
                    lines.append(
                        "    - {name: \(JSONText.encode(source.name))\(source.date.map { ", date: \"\($0)\"" } ?? "")}")
                }
            }
            if let description = event.description { lines.append("  description: " + JSONText.encode(description)) }
            years[String(event.date.prefix(4)), default: []].append(lines.joined(separator: "\n"))
        }
        for (year, entries) in years.sorted(by: { $0.key < $1.key }) {
            let body =
                "# The events of \(dataset.title) in \(year), as imported; a re-import replaces this file unless it was edited.\n"
                + entries.joined(separator: "\n") + "\n"
            files.append(
                File(
                    path: "content/timeline/\(dataset.rawValue)-\(year).yml",
                    text: Self.marked(body, dataset: dataset, key: "timeline \(year)")))
        }
        self.files = files
        eventCount = events.count
    }

    /// A chain's key: the names (each on one line) from the country down, `Mexico > Chihuahua > Juárez`.
    static func key(_ chain: [ImportedEvent.PlaceName]) -> String {
        chain.map(\.name).joined(separator: " > ")
    }

    /// The first of `names`' slugs, then with each further name added, not yet taken; else the
    /// first with a number.
    private static func freeID(_ names: [String], taken: inout Set<String>) -> String {
        let base = String(TextFolding.slug(names[0]).prefix(80))
        var id = base.isEmpty ? "place" : base
        for name in names.dropFirst() where taken.contains(id) {
            let more = TextFolding.slug(name)
            if !more.isEmpty { id = String((id + "-" + more).prefix(120)) }
        }
        var number = 2
        let stem = id
        while taken.contains(id) {
            id = "\(stem)-\(number)"
            number += 1
        }
        taken.insert(id)
        return id
    }

    private static func number(_ value: Double) -> String {
        String(format: "%.5f", value).replacingOccurrences(of: #"\.?0+$"#, with: "", options: .regularExpression)
    }

    private static func frontMatterFile(_ path: String, dataset: EventDataset, key: String, lines: [String]) -> File {
        // The marker goes on the front matter's first line, as a YAML comment.
        let rest = lines.joined(separator: "\n") + "\n---\n"
        return File(path: path, text: "---\n" + marked(rest, dataset: dataset, key: key))
    }

    /// `text` after its marker line, which carries the digest of `text`.
    static func marked(_ text: String, dataset: EventDataset, key: String) -> String {
        "\(marker) \(dataset.rawValue) \(digest(text)) \(key)\n" + text
    }

    static func digest(_ text: String) -> String {
        var hash = ContentHash()
        hash.combine(text)
        let hex = String(hash.value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// A file's marker, read back: its dataset, whether the text after it still has the digest
    /// (the file is as the import wrote it), and its key. `nil` for a file without one.
    static func readMarker(_ text: String) -> (dataset: String, unedited: Bool, key: String)? {
        var body = Substring(text)
        if body.hasPrefix("---\n") { body = body.dropFirst(4) }
        guard body.hasPrefix(marker), let end = body.firstIndex(of: "\n") else { return nil }
        let parts = body[..<end].dropFirst(marker.count).split(separator: " ", maxSplits: 2)
        guard parts.count == 3 else { return nil }
        let rest = String(body[body.index(after: end)...])
        return (String(parts[0]), digest(rest) == parts[1], String(parts[2]))
    }
}

extension EventDataset {
    /// The dataset's name, for the files' comments.
    var title: String {
        switch self {
        case .ucdp: "UCDP GED"
        case .acled: "ACLED"
        }
    }
}
