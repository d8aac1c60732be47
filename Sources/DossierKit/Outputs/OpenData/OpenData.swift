import Foundation

/// The dossier as open data, in `data/` at the site's root (one folder for every edition: the
/// data are the facts, which every language shares; names and titles are the default language's,
/// with those of the other languages beside them in `dossier.json`):
///
/// - `dossier.json`: every article's metadata, every entity, place, tag and event, with their ids,
///   names, aliases, references (as ids) and pages (site paths, and absolute URLs with a base URL);
/// - `events.csv`: one row per event (RFC 4180, UTF-8, CRLF), the columns of `eventColumns`;
/// - `places.geojson`: the places with coordinates as Point features (RFC 7946);
/// - `events.geojson`: the events that have a place with coordinates (a Point, or a MultiPoint);
/// - `timeline.json`: the timeline in TimelineJS's format;
/// - `datapackage.json`: a Frictionless Data package describing them, with the site's licence.
///
/// Each file is written in one pass into a byte buffer (no tree of values), in the graph's order,
/// so that identical input gives identical bytes.
struct OpenData: Sendable {
    let graph: DossierGraph
    let site: SiteConfig
    /// The timeline page that lists each event, by event index.
    let eventPages: [String]
    /// The site's other languages, for the names in them.
    let otherLanguages: [String]

    init(graph: DossierGraph, site: SiteConfig) {
        self.graph = graph
        self.site = site
        eventPages = EventAnchors.timelinePages(
            in: graph, years: TimelineYear.all(in: graph), splits: SitePage.splitsTimeline(graph))
        otherLanguages = Array(site.languages.dropFirst())
    }

    /// The folder of the files, from the site's root.
    static let folder = "data/"

    /// One of the files: its name, and how a browser and a data package call its kind.
    struct File: Sendable {
        let name: String
        let format: String
        let mediaType: String
        /// A title for `<link rel="alternate">` and the data package.
        let title: String
        var path: String { OpenData.folder + name }
    }

    static let dossierJSON = File(
        name: "dossier.json", format: "json", mediaType: "application/json", title: "The dossier (JSON)")
    static let eventsCSV = File(name: "events.csv", format: "csv", mediaType: "text/csv", title: "Events (CSV)")
    static let placesGeoJSON = File(
        name: "places.geojson", format: "geojson", mediaType: "application/geo+json", title: "Places (GeoJSON)")
    static let eventsGeoJSON = File(
        name: "events.geojson", format: "geojson", mediaType: "application/geo+json", title: "Events (GeoJSON)")
    static let timelineJSON = File(
        name: "timeline.json", format: "json", mediaType: "application/json", title: "Timeline (TimelineJS JSON)")
    static let dataPackage = File(
        name: "datapackage.json", format: "json", mediaType: "application/json", title: "Data package (Frictionless)")

    /// Every file, in the order the data package lists them (the package last).
    static let files = [dossierJSON, eventsCSV, placesGeoJSON, eventsGeoJSON, timelineJSON, dataPackage]

    /// The bytes of `file`.
    func data(of file: File) -> Data {
        switch file.name {
        case Self.dossierJSON.name: dossier()
        case Self.eventsCSV.name: eventsCSV()
        case Self.placesGeoJSON.name: placesGeoJSON()
        case Self.eventsGeoJSON.name: eventsGeoJSON()
        case Self.timelineJSON.name: timeline()
        default: package()
        }
    }

    // MARK: - Addresses

    /// The page of the event `number` with its anchor: its `id`, or its month's (`y2016-04`).
    func eventPage(_ number: Int) -> String {
        let record = graph.events[number].record
        let page = number < eventPages.count ? eventPages[number] : SiteURLs.path(of: .timeline, in: graph)
        return SiteURLs.encoded(page) + "#" + (record.id?.value ?? SiteURLs.timelineAnchor(record.date))
    }

    /// `url` (a site path, percent-encoded, relative to the site's root) and `absolute_url` (with a
    /// base URL, else `null`).
    fileprivate func urls(_ path: String, into writer: inout JSONWriter) {
        writer.field("url", path)
        writer.field("absolute_url", site.baseURL.map { $0 + path })
    }

    /// The precision of a date: `year`, `month` or `day`.
    static func precision(of date: PartialDate) -> String {
        switch date.precision {
        case .year: "year"
        case .month: "month"
        case .day: "day"
        }
    }

    // MARK: - dossier.json

    private func dossier() -> Data {
        var json = JSONWriter(capacity: graph.articles.count * 600 + graph.events.count * 400 + 4096)
        json.object { json in
            json.field("format", "dossier-data")
            json.field("version", 1)
            json.key("site")
            json.object { json in
                json.field("title", site.title)
                json.field("description", site.description)
                json.field("language", site.language)
                json.field("languages", strings: site.languages.isEmpty ? [site.language] : site.languages)
                json.field("base_url", site.baseURL)
                json.key("license")
                license(into: &json)
            }
            json.key("articles")
            json.list { json in
                for (number, article) in graph.articles.enumerated() { self.article(number, article, into: &json) }
            }
            json.key("entities")
            json.list { json in
                for (number, entity) in graph.entities.enumerated() { self.entity(number, entity, into: &json) }
            }
            json.key("places")
            json.list { json in
                for (number, place) in graph.places.enumerated() { self.place(number, place, into: &json) }
            }
            json.key("tags")
            json.list { json in
                for tag in graph.tags {
                    json.object { json in
                        json.field("slug", tag.slug)
                        json.field("name", tag.name)
                        json.field("article_count", tag.articles.count)
                        urls(SiteURLs.encoded(SiteURLs.tag(tag.slug)), into: &json)
                    }
                }
            }
            json.key("events")
            json.list { json in
                for number in graph.events.indices { event(number, into: &json) }
            }
        }
        return json.data
    }

    private func license(into json: inout JSONWriter) {
        guard let license = site.license else { return json.null() }
        json.object { json in
            json.field("name", license.name)
            json.field("url", license.url)
            json.field("title", license.title)
        }
    }

    /// `{"ru": "…"}`: the name or title in each other language it is translated into; `null` for none.
    private func translated(_ kind: ContentKind, _ id: String, into json: inout JSONWriter) {
        let names = otherLanguages.compactMap { language in
            graph.translations.translation(of: kind, id, into: language).map { (language, $0.title) }
        }
        guard !names.isEmpty else { return json.null() }
        json.object { json in
            for (language, name) in names { json.field(language, name) }
        }
    }

    private func article(_ number: Int, _ article: Article, into json: inout JSONWriter) {
        let links = graph.articleLinks[number]
        json.object { json in
            json.field("id", article.id)
            json.field("title", article.title)
            json.key("translations")
            translated(.article, article.id, into: &json)
            json.field("date", article.date.description)
            json.field("updated", article.updated?.description)
            json.field("summary", article.summary)
            json.field("language", article.language)
            json.field("authors", strings: article.authors)
            json.key("sources")
            json.list { json in
                for source in article.sources { self.source(source, into: &json) }
            }
            json.field("entities", strings: links.entityIDs)
            json.field("places", strings: links.placeIDs)
            json.field("tags", strings: links.tagSlugs)
            json.field("draft", article.isDraft)
            urls(SiteURLs.encoded(SiteURLs.article(article.id)), into: &json)
        }
    }

    private func source(_ source: ArticleSource, into json: inout JSONWriter) {
        json.object { json in
            json.field("name", source.name)
            json.field("url", source.url)
            json.field("title", source.title)
            json.field("date", source.date?.description)
            json.field("archive_url", source.archiveURL)
        }
    }

    private func entity(_ number: Int, _ entity: Entity, into json: inout JSONWriter) {
        json.object { json in
            json.field("id", entity.id)
            json.field("name", entity.name)
            json.key("translations")
            translated(.entity, entity.id, into: &json)
            json.field("type", entity.type.rawValue)
            json.field("role", entity.role)
            json.field("aliases", strings: entity.aliases)
            json.field("related", strings: graph.entityLinks[number].explicitRelated)
            json.field("article_count", graph.entityLinks[number].articles.count)
            json.field("is_stub", entity.isStub)
            urls(SiteURLs.encoded(SiteURLs.entity(entity.id)), into: &json)
        }
    }

    private func place(_ number: Int, _ place: Place, into json: inout JSONWriter) {
        json.object { json in
            json.field("id", place.id)
            json.field("name", place.name)
            json.key("translations")
            translated(.place, place.id, into: &json)
            json.field("type", place.type.rawValue)
            json.field("aliases", strings: place.aliases)
            json.field("parent", graph.placeLinks[number].parentID)
            json.key("coordinates")
            if let coordinates = place.coordinates {
                json.object { json in
                    json.key("latitude")
                    json.double(coordinates.latitude)
                    json.key("longitude")
                    json.double(coordinates.longitude)
                }
            } else {
                json.null()
            }
            json.field("article_count", graph.placeLinks[number].directArticleCount)
            json.field("is_stub", place.isStub)
            urls(SiteURLs.encoded(SiteURLs.place(place.id)), into: &json)
        }
    }

    private func event(_ number: Int, into json: inout JSONWriter) {
        let event = graph.events[number]
        let record = event.record
        json.object { json in
            json.field("id", record.id?.value)
            json.field("title", record.title)
            json.field("date", record.date.description)
            json.field("end", record.end?.description)
            json.field("precision", Self.precision(of: record.date))
            json.field("description", record.description)
            json.field("category", record.category)
            json.key("fatalities")
            if let fatalities = record.fatalities {
                json.object { json in
                    json.field("best", fatalities.best)
                    json.field("low", fatalities.low)
                    json.field("high", fatalities.high)
                }
            } else {
                json.null()
            }
            json.field("entities", strings: event.entityIDs)
            json.field("places", strings: event.placeIDs)
            json.field("articles", strings: event.sourceArticleIDs)
            json.key("sources")
            json.list { json in
                for source in record.externalSources { self.source(source, into: &json) }
            }
            urls(eventPage(number), into: &json)
        }
    }

    // MARK: - events.csv

    /// The columns of `events.csv`, in order, with their Frictionless types and descriptions.
    static let eventColumns: [(name: String, type: String, description: String)] = [
        ("id", "string", "The event's id (empty when it has none)"),
        ("date", "string", "When it started: YYYY, YYYY-MM or YYYY-MM-DD, as precise as known"),
        ("end", "string", "When it ended, for a range (same form as date)"),
        ("precision", "string", "How much of the date is known: year, month or day"),
        ("title", "string", "What happened, in one line"),
        ("description", "string", "What happened, in Markdown"),
        ("category", "string", "A short label of its kind"),
        ("fatalities_best", "integer", "People killed: the best estimate"),
        ("fatalities_low", "integer", "People killed: the low estimate"),
        ("fatalities_high", "integer", "People killed: the high estimate"),
        ("entities", "string", "Ids of the entities involved, separated by ';'"),
        ("places", "string", "Ids of the places, separated by ';'"),
        ("articles", "string", "Ids of the articles that report it, separated by ';'"),
        ("source_urls", "string", "Addresses of its sources outside the dossier, separated by ' '"),
        ("url", "string", "Its place on the timeline, from the site's root"),
    ]

    private func eventsCSV() -> Data {
        var csv = CSVWriter(capacity: graph.events.count * 300 + 1024)
        for column in Self.eventColumns { csv.field(column.name) }
        csv.endRecord()
        for (number, event) in graph.events.enumerated() {
            let record = event.record
            csv.field(record.id?.value ?? "")
            csv.field(record.date.description)
            csv.field(record.end?.description ?? "")
            csv.field(Self.precision(of: record.date))
            csv.text(record.title)
            csv.text(record.description ?? "")
            csv.text(record.category ?? "")
            for value in [record.fatalities?.best, record.fatalities?.low, record.fatalities?.high] {
                csv.field(value.map(String.init) ?? "")
            }
            csv.field(event.entityIDs.joined(separator: ";"))
            csv.field(event.placeIDs.joined(separator: ";"))
            csv.field(event.sourceArticleIDs.joined(separator: ";"))
            csv.text(record.externalSources.compactMap(\.url).map(Self.withoutSpaces).joined(separator: " "))
            csv.field(eventPage(number))
            csv.endRecord()
        }
        return csv.data
    }

    /// A URL with its spaces percent-encoded, so that a list of URLs splits on spaces.
    private static func withoutSpaces(_ url: String) -> String {
        url.trimmed.replacingOccurrences(of: " ", with: "%20")
    }

    // MARK: - GeoJSON

    private func point(_ coordinates: Coordinates, into json: inout JSONWriter) {
        // RFC 7946: longitude first.
        json.list { json in
            json.double(coordinates.longitude)
            json.double(coordinates.latitude)
        }
    }

    private func placesGeoJSON() -> Data {
        var json = JSONWriter(capacity: graph.places.count * 200 + 256)
        json.object { json in
            json.field("type", "FeatureCollection")
            json.key("features")
            json.list { json in
                for (number, place) in graph.places.enumerated() {
                    guard let coordinates = place.coordinates else { continue }
                    json.object { json in
                        json.field("type", "Feature")
                        json.field("id", place.id)
                        json.key("geometry")
                        json.object { json in
                            json.field("type", "Point")
                            json.key("coordinates")
                            point(coordinates, into: &json)
                        }
                        json.key("properties")
                        json.object { json in
                            json.field("id", place.id)
                            json.field("name", place.name)
                            json.field("type", place.type.rawValue)
                            json.field("parent", graph.placeLinks[number].parentID)
                            urls(SiteURLs.encoded(SiteURLs.place(place.id)), into: &json)
                        }
                    }
                }
            }
        }
        return json.data
    }

    private func eventsGeoJSON() -> Data {
        var json = JSONWriter(capacity: graph.events.count * 300 + 256)
        json.object { json in
            json.field("type", "FeatureCollection")
            json.key("features")
            json.list { json in
                for (number, event) in graph.events.enumerated() {
                    var seen: Set<String> = []
                    let points = event.placeIDs.compactMap { id -> Coordinates? in
                        guard seen.insert(id).inserted else { return nil }
                        return graph.place(id)?.coordinates
                    }
                    guard !points.isEmpty else { continue }
                    let record = event.record
                    json.object { json in
                        json.field("type", "Feature")
                        if let id = record.id { json.field("id", id.value) }
                        json.key("geometry")
                        json.object { json in
                            json.field("type", points.count == 1 ? "Point" : "MultiPoint")
                            json.key("coordinates")
                            if points.count == 1 {
                                point(points[0], into: &json)
                            } else {
                                json.list { json in for coordinates in points { point(coordinates, into: &json) } }
                            }
                        }
                        json.key("properties")
                        json.object { json in
                            json.field("id", record.id?.value)
                            json.field("title", record.title)
                            json.field("date", record.date.description)
                            json.field("end", record.end?.description)
                            json.field("category", record.category)
                            json.field("fatalities", record.fatalities?.value)
                            json.field("places", strings: event.placeIDs)
                            urls(eventPage(number), into: &json)
                        }
                    }
                }
            }
        }
        return json.data
    }

    // MARK: - timeline.json

    /// The timeline for TimelineJS (`new TL.Timeline(element, "data/timeline.json")`): each event's
    /// dates as their parts (only those known), its title as the headline, its description as
    /// escaped text, and its category as the group.
    private func timeline() -> Data {
        var json = JSONWriter(capacity: graph.events.count * 250 + 256)
        func date(_ date: PartialDate, into json: inout JSONWriter) {
            json.object { json in
                json.field("year", date.year)
                if let month = date.month { json.field("month", month) }
                if let day = date.day { json.field("day", day) }
            }
        }
        json.object { json in
            json.key("title")
            json.object { json in
                json.key("text")
                json.object { json in
                    json.field("headline", HTMLEscaping.escape(site.title))
                    json.field("text", HTMLEscaping.escape(site.description))
                }
            }
            json.key("events")
            json.list { json in
                for event in graph.events {
                    let record = event.record
                    json.object { json in
                        json.key("start_date")
                        date(record.date, into: &json)
                        if let end = record.end, end != record.date {
                            json.key("end_date")
                            date(end, into: &json)
                        }
                        json.key("text")
                        json.object { json in
                            json.field("headline", HTMLEscaping.escape(record.title))
                            json.field("text", HTMLEscaping.escape(record.description ?? ""))
                        }
                        if let category = record.category { json.field("group", HTMLEscaping.escape(category)) }
                        if let id = record.id { json.field("unique_id", id.value) }
                    }
                }
            }
        }
        return json.data
    }

    // MARK: - datapackage.json

    /// The package's name: the site title's slug (lower-case letters, digits, `-`), else `dossier`.
    var packageName: String {
        let slug = TextFolding.slug(site.title).lowercased()
        let valid =
            !slug.isEmpty
            && slug.utf8.allSatisfy { byte in
                (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-")
            }
        return valid ? slug : "dossier"
    }

    private func package() -> Data {
        var json = JSONWriter(capacity: 8192)
        json.object { json in
            json.field("profile", "data-package")
            json.field("name", packageName)
            json.field("title", site.title)
            if !site.description.isEmpty { json.field("description", site.description) }
            if let base = site.baseURL { json.field("homepage", base) }
            if let license = site.license {
                json.key("licenses")
                json.list { json in
                    json.object { json in
                        if let name = license.name { json.field("name", name) }
                        if let url = license.url { json.field("path", url) }
                        if let title = license.title { json.field("title", title) }
                    }
                }
            }
            json.key("resources")
            json.list { json in
                for file in Self.files where file.name != Self.dataPackage.name {
                    json.object { json in
                        json.field("name", String(file.name.prefix { $0 != "." }) + (file.format == "geojson" ? "-geojson" : ""))
                        json.field("path", file.name)
                        json.field("title", file.title)
                        json.field("format", file.format)
                        json.field("mediatype", file.mediaType)
                        json.field("encoding", "utf-8")
                        guard file.name == Self.eventsCSV.name else { return }
                        json.field("profile", "tabular-data-resource")
                        json.key("dialect")
                        json.object { json in
                            json.field("delimiter", ",")
                            json.field("lineTerminator", "\r\n")
                            json.field("quoteChar", "\"")
                            json.field("doubleQuote", true)
                            json.field("header", true)
                        }
                        json.key("schema")
                        eventSchema(into: &json)
                    }
                }
            }
        }
        return json.data
    }

    private func eventSchema(into json: inout JSONWriter) {
        json.object { json in
            json.key("fields")
            json.list { json in
                for column in Self.eventColumns {
                    json.object { json in
                        json.field("name", column.name)
                        json.field("type", column.type)
                        json.field("description", column.description)
                        switch column.name {
                        case "date", "end":
                            json.key("constraints")
                            json.object { json in
                                json.field("required", column.name == "date")
                                json.field("pattern", "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")
                            }
                        case "precision":
                            json.key("constraints")
                            json.object { json in
                                json.field("required", true)
                                json.field("enum", strings: ["year", "month", "day"])
                            }
                        case "title", "url":
                            json.key("constraints")
                            json.object { json in json.field("required", true) }
                        case "fatalities_best", "fatalities_low", "fatalities_high":
                            json.key("constraints")
                            json.object { json in
                                json.key("minimum")
                                json.int(0)
                            }
                        default: break
                        }
                    }
                }
            }
            json.field("missingValues", strings: [""])
        }
    }
}
