import Foundation
import Testing

@testable import DossierKit

@Suite struct EventImportTests {
    static let ucdpHeader =
        "id,relid,year,type_of_violence,conflict_name,dyad_name,side_a,side_b,source_article,source_office,source_date,source_headline,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,country,date_prec,date_start,date_end,best,high,low"

    static let ucdpRows = [
        #"1001,MEX-1,2010,2,"Sinaloa Cartel - Juarez Cartel","Sinaloa Cartel - Juarez Cartel",Sinaloa Cartel,Juarez Cartel,"El Universal, 2010-03-02 ""Ataque""",El Universal,2010-03-02 00:00:00.000,"Ataque, en Juárez",1,Ciudad Juárez town,"in the city\#ncentre",Chihuahua state,Juárez municipality,31.72,-106.46,Mexico,1,2010-03-01 00:00:00.000,2010-03-01 00:00:00.000,4,6,3"#,
        "1002,MEX-2,2011,2,x,Gulf Cartel - Los Zetas,Gulf Cartel,Los Zetas,,,,,1,Juárez municipality,,Nuevo León state,Juárez municipality,25.65,-100.09,Mexico,4,2011-05-01 00:00:00.000,2011-05-31 00:00:00.000,2,2,2",
        "1003,MEX-3,2011,3,x,Government of Mexico - Civilians,Government of Mexico,Civilians,,,,,1,Chihuahua state,,Chihuahua state,,28.5,-106.0,Mexico,5,2011-01-01 00:00:00.000,2011-12-31 00:00:00.000,1,1,1",
    ]

    @Test func csvFieldsMayHoldQuotesCommasAndLineBreaks() throws {
        let table = try CSVTable(Data("a,b,c\r\n\"x, \"\"y\"\"\",2,\"line\nbreak\"\r\nshort\n\n".utf8))
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows == [["x, \"y\"", "2", "line\nbreak"], ["short", "", ""]])
        #expect(throws: CSVTable.Problem(line: 2, message: "a quoted field is not closed before the end of the file")) {
            try CSVTable(Data("a\n\"open".utf8))
        }
    }

    @Test func aUCDPRowKeepsItsPrecisionFatalitiesSourceAndPlaces() throws {
        let table = try CSVTable(Data(([Self.ucdpHeader] + Self.ucdpRows).joined(separator: "\n").utf8))
        let (events, problems) = EventDataset.ucdp.events(of: table)
        #expect(problems.isEmpty)
        let first = try #require(events.first)
        #expect(first.id == "ucdp-1001" && first.date == "2010-03-01" && first.end == nil)
        #expect(first.places.map(\.name) == ["Mexico", "Chihuahua", "Juárez", "Ciudad Juárez"])
        #expect(first.places.map(\.kind) == [.country, .region, .region, .city])
        #expect((first.fatalities.best, first.fatalities.low, first.fatalities.high) == (4, 3, 6))
        #expect(first.sources.first?.name == "El Universal" && first.sources.first?.date == "2010-03-02")
        #expect(first.category == "non-state")
        #expect(first.description == "Ataque, en Juárez\n\nWhere: in the city centre")
        #expect(EventDataset.visible("\u{200B}\u{200B}Acámbaro ") == "Acámbaro")
        #expect(EventDataset.markdownLiteral("1. <b>*x*</b> & [y](z)") == #"1\. \<b\>\*x\*\</b\> \& \[y\](z)"#)
        #expect(events[1].date == "2011-05" && events[1].end == nil, "month precision")
        #expect(
            events[2].date == "2011" && events[2].actors == ["Government of Mexico"], "year precision; civilians are no actor")
        #expect(events[2].places.map(\.name) == ["Mexico", "Chihuahua"], "an event in a state is in the state")
    }

    @Test func anACLEDRowKeepsItsPlacesNotesAndFatalities() throws {
        let csv = """
            event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,actor2,country,admin1,admin2,admin3,location,latitude,longitude,source,notes,fatalities
            MMR123,15 January 2023,2023,1,Political violence,Battles,Armed clash,Military Forces of Myanmar (2021-),,PDF,Myanmar,Sagaing,Shwebo,Kin-U,Kin-U,22.77,95.64,Irrawaddy,"On 15 January 2023, clashes near Kin-U.",5
            MMR124,2023-02-01,2023,3,Political violence,Explosions/Remote violence,Air/drone strike,Military Forces of Myanmar (2021-),,,Myanmar,Chin,,,,,,,,0
            """
        let (events, problems) = EventDataset.acled.events(of: try CSVTable(Data(csv.utf8)))
        #expect(problems.isEmpty)
        #expect(events.map(\.id) == ["acled-mmr123", "acled-mmr124"])
        #expect(events[0].date == "2023-01-15" && events[1].date == "2023-02", "month precision")
        #expect(events[0].places.map(\.name) == ["Myanmar", "Sagaing", "Shwebo", "Kin-U"])
        #expect(events[0].title == "Armed clash: Military Forces of Myanmar (2021-) – PDF in Kin-U")
        #expect(events[0].fatalities.best == 5 && events[0].category == "Battles")
        #expect(events[0].description == "On 15 January 2023, clashes near Kin-U.")
        #expect(events[1].places.map(\.name) == ["Myanmar", "Chin"] && events[1].coordinates == nil)
    }

    @Test func aFileWithoutTheColumnsOrWithBadRowsSaysWhere() throws {
        let (none, missing) = EventDataset.ucdp.events(of: try CSVTable(Data("id,date\n1,2\n".utf8)))
        #expect(none.isEmpty && missing.first?.message.contains("lacks the columns date_start") == true)
        let bad = Self.ucdpRows[1].replacingOccurrences(of: ",2,2,2", with: ",many,2,2")
        let (events, problems) = EventDataset.ucdp.events(
            of: try CSVTable(Data([Self.ucdpHeader, bad].joined(separator: "\n").utf8)))
        #expect(events.isEmpty)
        #expect(problems == [.init(line: 2, message: "the best 'many' is not a number of deaths (a whole number from 0)")])
    }

    @Test func homonymsGetTheirOwnIdsAndAReimportChangesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let csv = folder.appendingPathComponent("ged.csv")
        try Data(([Self.ucdpHeader] + Self.ucdpRows).joined(separator: "\n").utf8).write(to: csv)
        let dossier = folder.appendingPathComponent("dossier")
        let first = try EventImport.run(.ucdp, file: csv, into: dossier)
        #expect(first.events == 3 && first.kept.isEmpty)
        #expect(
            first.created.contains("content/places/juarez.md") && first.created.contains("content/places/juarez-nuevo-leon.md"))
        #expect(first.created.contains("content/timeline/ucdp-2010.yml") && first.created.contains("site.yml"))
        let juarez = try String(contentsOf: dossier.appendingPathComponent("content/places/juarez.md"), encoding: .utf8)
        #expect(juarez.contains("name: \"Juárez\"\ntype: region\nin: chihuahua\n"))
        let again = try EventImport.run(.ucdp, file: csv, into: dossier)
        #expect(again.created.isEmpty && again.updated.isEmpty && again.kept.isEmpty)

        // An edited profile is kept; a newer file adds its places and keeps the ids.
        let profile = dossier.appendingPathComponent("content/entities/sinaloa-cartel.md")
        try (String(contentsOf: profile, encoding: .utf8) + "A profile written by hand.\n").write(
            to: profile, atomically: true, encoding: .utf8)
        let newer =
            Self.ucdpRows + [
                "1004,MEX-4,2012,2,x,Sinaloa Cartel - Gulf Cartel,Sinaloa Cartel,Gulf Cartel,,,,,1,Juárez town,,Chiapas state,,16.9,-93.0,Mexico,1,2012-02-02 00:00:00.000,2012-02-03 00:00:00.000,1,1,1"
            ]
        try Data(([Self.ucdpHeader] + newer).joined(separator: "\n").utf8).write(to: csv)
        let third = try EventImport.run(.ucdp, file: csv, into: dossier)
        #expect(third.kept.map(\.path) == ["content/entities/sinaloa-cartel.md"])
        #expect(
            third.created.sorted() == [
                "content/places/chiapas.md", "content/places/juarez-chiapas.md", "content/timeline/ucdp-2012.yml",
            ])
        #expect(try String(contentsOf: profile, encoding: .utf8).hasSuffix("A profile written by hand.\n"))
        let year = try String(contentsOf: dossier.appendingPathComponent("content/timeline/ucdp-2012.yml"), encoding: .utf8)
        #expect(year.contains("  date: \"2012-02-02\"\n  end: \"2012-02-03\"\n"))
        #expect(year.contains("  places: [juarez-chiapas]\n"))

        // What it wrote builds, strict: every reference resolves, every field is one the format has.
        let output = folder.appendingPathComponent("site")
        let report = try SiteBuilder(options: BuildOptions(projectRoot: dossier, outputDirectory: output, strict: true)).build()
        #expect(report.diagnostics.isEmpty)
        let page = try String(contentsOf: output.appendingPathComponent("places/juarez/index.html"), encoding: .utf8)
        #expect(page.contains("Juárez (Chihuahua)"))
        #expect(page.contains("id=\"ucdp-1001\""), "the event's id is its anchor")
    }

    @Test func aSymbolicLinkForAContentFolderIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = folder.appendingPathComponent("dossier")
        try FileManager.default.createDirectory(at: dossier.appendingPathComponent("content"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: dossier.appendingPathComponent("content/places"), withDestinationURL: folder.appendingPathComponent("elsewhere"))
        let csv = folder.appendingPathComponent("ged.csv")
        try Data(([Self.ucdpHeader] + Self.ucdpRows).joined(separator: "\n").utf8).write(to: csv)
        #expect(throws: EventImport.Failure.self) { try EventImport.run(.ucdp, file: csv, into: dossier) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("elsewhere").path).isEmpty)
    }
}
