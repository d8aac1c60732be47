import Foundation
import Testing

@testable import DossierKit

/// The open data files in `data/`: they parse, follow their formats (GeoJSON, TimelineJS, CSV as
/// its data package describes it), are the same bytes for the same input, and are not written
/// again when they did not change.
@Suite struct OpenDataTests {
    static var dossier: [String: String] {
        var files = EventRecordTests.dossier
        files["site.yml"] = Fixture.site + "base_url: https://example.org/dossier/\nlicense: CC-BY-4.0\n"
        files["content/places/baku.md"] = Fixture.place("Baku", extra: "coordinates: [40.4093, 49.8671]")
        files["content/timeline/more.yml"] = """
            - date: 2016-04-06
              title: "=HYPERLINK(\\"https://evil.example\\"), with a comma and a \\"quote\\""
              places: [stepanakert, baku]
            """
        return files
    }

    private func json(_ project: TestProject, _ name: String) throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: project.output.appendingPathComponent("data/" + name).path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func dossierJSONHoldsEveryRecordWithItsReferencesAndPages() throws {
        let project = try TestProject(Self.dossier)
        try project.build()
        let dossier = try json(project, "dossier.json")
        #expect((dossier["site"] as? [String: Any])?["base_url"] as? String == "https://example.org/dossier/")
        let license = try #require((dossier["site"] as? [String: Any])?["license"] as? [String: Any])
        #expect(license["url"] as? String == "https://creativecommons.org/licenses/by/4.0/")
        let articles = try #require(dossier["articles"] as? [[String: Any]])
        let article = try #require(articles.first { $0["id"] as? String == "kerry-lavrov" })
        #expect(article["entities"] as? [String] == ["john-kerry"])
        #expect(article["url"] as? String == "articles/kerry-lavrov/index.html")
        #expect(article["absolute_url"] as? String == "https://example.org/dossier/articles/kerry-lavrov/index.html")
        let entities = try #require(dossier["entities"] as? [[String: Any]])
        let lavrov = try #require(entities.first { $0["id"] as? String == "sergey-lavrov" })
        #expect((lavrov["aliases"] as? [String])?.contains("Лавров") == true)
        #expect(lavrov["related"] as? [String] == ["john-kerry"])
        let places = try #require(dossier["places"] as? [[String: Any]])
        let stepanakert = try #require(places.first { $0["id"] as? String == "stepanakert" })
        #expect(stepanakert["parent"] as? String == "nagorno-karabakh")
        #expect((stepanakert["coordinates"] as? [String: Any])?["latitude"] as? Double == 39.8153)
        let events = try #require(dossier["events"] as? [[String: Any]])
        let ceasefire = try #require(events.first { $0["id"] as? String == "moscow-ceasefire" })
        #expect(ceasefire["articles"] as? [String] == ["kerry-lavrov"])
        #expect(ceasefire["url"] as? String == "timeline/index.html#moscow-ceasefire")
        #expect((ceasefire["fatalities"] as? [String: Any])?["best"] as? Int == 12)
        #expect((ceasefire["sources"] as? [[String: Any]])?.count == 2)
        let month = try #require(events.first { $0["id"] as? String == "april-fighting" })
        #expect(month["date"] as? String == "2016-04" && month["precision"] as? String == "month")
        let plain = try #require(events.first { $0["id"] is NSNull })
        #expect((plain["url"] as? String)?.hasPrefix("timeline/index.html#y2016-") == true, "an event without id: its month")
    }

    @Test func geoJSONFollowsRFC7946() throws {
        let project = try TestProject(Self.dossier)
        try project.build()
        for name in ["places.geojson", "events.geojson"] {
            let collection = try json(project, name)
            #expect(collection["type"] as? String == "FeatureCollection")
            let features = try #require(collection["features"] as? [[String: Any]])
            #expect(!features.isEmpty)
            for feature in features {
                #expect(feature["type"] as? String == "Feature")
                #expect(feature["properties"] is [String: Any])
                let geometry = try #require(feature["geometry"] as? [String: Any])
                let points: [[Double]]
                switch geometry["type"] as? String {
                case "Point": points = [try #require(geometry["coordinates"] as? [Double])]
                case "MultiPoint": points = try #require(geometry["coordinates"] as? [[Double]])
                default:
                    Issue.record("unexpected geometry \(geometry)")
                    continue
                }
                for point in points {
                    #expect(point.count == 2)
                    #expect((-180...180).contains(point[0]) && (-90...90).contains(point[1]))
                }
            }
        }
        let places = try #require(try json(project, "places.geojson")["features"] as? [[String: Any]])
        let stepanakert = try #require(places.first { $0["id"] as? String == "stepanakert" })
        // Longitude first.
        #expect((stepanakert["geometry"] as? [String: Any])?["coordinates"] as? [Double] == [46.7519, 39.8153])
        #expect((stepanakert["properties"] as? [String: Any])?["url"] as? String == "places/stepanakert/index.html")
        let events = try #require(try json(project, "events.geojson")["features"] as? [[String: Any]])
        #expect(events.contains { ($0["geometry"] as? [String: Any])?["type"] as? String == "MultiPoint" })
    }

    @Test func timelineJSONIsTimelineJSFormat() throws {
        let project = try TestProject(Self.dossier)
        try project.build()
        let timeline = try json(project, "timeline.json")
        let events = try #require(timeline["events"] as? [[String: Any]])
        #expect(!events.isEmpty)
        for event in events {
            let start = try #require(event["start_date"] as? [String: Any])
            #expect(start["year"] is Int)
            let text = try #require(event["text"] as? [String: Any])
            #expect(text["headline"] is String)
        }
        let month = try #require(events.first { $0["unique_id"] as? String == "april-fighting" })
        #expect((month["start_date"] as? [String: Any])?.keys.sorted() == ["month", "year"], "no day is invented")
        let hostile = try #require(
            events.first {
                ($0["text"] as? [String: Any])?["headline"] as? String != nil
                    && (($0["text"] as? [String: Any])?["headline"] as! String).contains("HYPERLINK")
            })
        #expect(((hostile["text"] as? [String: Any])?["headline"] as? String)?.contains("&quot;") == true, "text is HTML-escaped")
    }

    /// Fields of an RFC 4180 file: records end with CRLF, quoted fields may hold commas, quotes and
    /// line breaks.
    static func csvRecords(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text.unicodeScalars)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.unicodeScalars.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                record.append(field)
                field = ""
            } else if character == "\r", characters.first == "\n" {
                characters.removeFirst()
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(character)
            }
        }
        return records
    }

    @Test func theCSVMatchesTheDataPackageSchema() throws {
        let project = try TestProject(Self.dossier)
        try project.build()
        let package = try json(project, "datapackage.json")
        #expect(package["profile"] as? String == "data-package")
        #expect((package["licenses"] as? [[String: Any]])?.first?["name"] as? String == "CC-BY-4.0")
        let resources = try #require(package["resources"] as? [[String: Any]])
        #expect(Set(resources.compactMap { $0["path"] as? String }) == Set(OpenData.files.dropLast().map(\.name)))
        for resource in resources {
            #expect(project.exists("data/" + (resource["path"] as! String)))
            #expect(resource["mediatype"] is String && resource["format"] is String)
        }
        let csvResource = try #require(resources.first { $0["path"] as? String == "events.csv" })
        let fields = try #require((csvResource["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
        let text = try #require(project.page("data/events.csv"))
        #expect(text.hasSuffix("\r\n") && !text.hasPrefix("\u{FEFF}"))
        let records = Self.csvRecords(text)
        #expect(records.first == fields.map { $0["name"] as! String }, "the header is the schema's names, in order")
        #expect(records.count == 1 + 4, "one row per event")
        for record in records.dropFirst() {
            #expect(record.count == fields.count)
            for (value, field) in zip(record, fields) where !value.isEmpty {
                let constraints = field["constraints"] as? [String: Any]
                switch field["type"] as? String {
                case "integer": #expect(Int(value).map { $0 >= 0 } == true, "\(field["name"]!): \(value)")
                case "string":
                    if let pattern = constraints?["pattern"] as? String {
                        #expect(value.wholeMatch(of: try Regex(pattern)) != nil, "\(value) matches \(pattern)")
                    }
                    if let allowed = constraints?["enum"] as? [String] { #expect(allowed.contains(value)) }
                default: Issue.record("unexpected type \(field)")
                }
            }
        }
        let hostile = try #require(records.first { $0[4].contains("HYPERLINK") })
        #expect(hostile[4] == "'=HYPERLINK(\"https://evil.example\"), with a comma and a \"quote\"", "no formula runs")
        #expect(hostile[11] == "stepanakert;baku")
    }

    @Test func theFilesAreTheSameBytesForTheSameInputAndNotWrittenAgain() throws {
        let first = try TestProject(Self.dossier)
        let second = try TestProject(Self.dossier)
        try first.build()
        try second.build(force: true)
        func bytes(_ project: TestProject) -> [Data?] {
            OpenData.files.map { FileManager.default.contents(atPath: project.output.appendingPathComponent($0.path).path) }
        }
        let made = bytes(first)
        #expect(made.allSatisfy { $0 != nil })
        #expect(made == bytes(second), "two builds give the same bytes")
        func stamps(_ project: TestProject) throws -> [String: Date] {
            var stamps: [String: Date] = [:]
            for file in OpenData.files {
                let attributes = try FileManager.default.attributesOfItem(
                    atPath: project.output.appendingPathComponent(file.path).path)
                stamps[file.name] = attributes[.modificationDate] as? Date
            }
            return stamps
        }
        let before = try stamps(first)
        Thread.sleep(forTimeInterval: 0.02)
        // A body edit changes no data.
        try first.write(
            "content/articles/kerry-lavrov.md",
            Fixture.article(
                "Kerry, Lavrov Again Discuss Karabakh", extra: "entities: [john-kerry]\nplaces: [stepanakert]",
                body: "A new body."))
        try first.build()
        #expect(try stamps(first) == before, "unchanged data files keep their modification time")
        // A new entity changes dossier.json, not the places.
        try first.write("content/entities/new-one.md", Fixture.entity("New One"))
        try first.build()
        let after = try stamps(first)
        #expect(after["dossier.json"] != before["dossier.json"])
        #expect(after["places.geojson"] == before["places.geojson"])
        #expect(after["events.csv"] == before["events.csv"])
        #expect(bytes(first)[0] != made[0])
    }

    @Test func everyEditionLinksTheOneDataFolder() throws {
        var files = Self.dossier
        files["site.yml"] = "title: Test\nlanguages: [en, ru]\n"
        let project = try TestProject(files)
        try project.build()
        #expect(project.exists("data/dossier.json"))
        #expect(!project.exists("ru/data/dossier.json"))
        #expect(project.page("ru/timeline/index.html")?.contains("href=\"../../data/timeline.json\"") == true)
        #expect(project.page("index.html")?.contains("<link rel=\"alternate\" type=\"application/json\"") == true)
        #expect(project.page("places/index.html")?.contains("type=\"application/geo+json\"") == true)
        #expect(
            project.page("entities/john-kerry/index.html")?.contains("href=\"../../data/dossier.json\"") == true, "the footer")
    }

    @Test func jsonTextIsEscapedAndReadsBack() throws {
        let texts = [
            "plain", "quote \" and \\ backslash", "line\nbreak\r\t tab \u{1}\u{1F}\u{7F}", "<script>&amp;</script>",
            "dash – and “quotes” … ok", "separators \u{2028} \u{2029} end", "emoji 🕊️ Ստեփանակերտ Лавров", "",
            "\u{E2}", "last byte E2: \u{2000}",
        ]
        var writer = JSONWriter()
        writer.list { writer in for text in texts { writer.string(text) } }
        let text = String(decoding: writer.bytes, as: UTF8.self)
        #expect(!text.contains("<") && !text.contains("&") && !text.contains("\u{2028}"))
        let back = try #require(try JSONSerialization.jsonObject(with: writer.data) as? [String])
        #expect(back == texts)
    }

    @Test func aWrongLicenseIsAnError() throws {
        for (written, expected) in [
            ("license: Creative Commons!", "SPDX"), ("license: {name: CC-BY-4.0, url: \"javascript:x\"}", "http, https"),
            ("license: {title: Mine}", "names no licence"), ("license: {url: example.org/licence}", "full web address"),
        ] {
            var files = Self.dossier
            files["site.yml"] = Fixture.site + written + "\n"
            let project = try TestProject(files)
            let errors = project.failingBuild().filter { $0.severity == .error && $0.location?.path == "site.yml" }
            #expect(errors.count == 1 && errors[0].message.contains(expected), "\(written): \(errors)")
            #expect(errors.first?.location?.line == 3)
        }
    }
}
