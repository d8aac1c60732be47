import Foundation
import Testing

@testable import DossierKit

/// No page grows past a megabyte, whatever the data: a year with too many events for one page is
/// shown a month at a time, long event lists are capped, and so is JSON-LD.
@Suite struct PageSizeTests {
    /// A dossier like a real event dataset's: 2,004 events in 2021 (800 of them in August, and 60
    /// known only to the year), each citing one article, with an actor and a place.
    static func eventDataset() throws -> TestProject {
        var events = ""
        func event(_ date: String, _ number: Int) {
            events += "- date: \(date)\n  title: Clash number \(number) between armed groups near the village\n"
            events += "  sources: [summary]\n  entities: [Armed group \(number % 7)]\n  places: [Village \(number % 11)]\n"
        }
        var number = 0
        for _ in 0..<60 {
            number += 1
            event("2021", number)
        }
        for month in 1...12 {
            for day in 0..<(month == 8 ? 800 : 104) {
                number += 1
                event(String(format: "2021-%02d-%02d", month, day % 28 + 1), number)
            }
        }
        return try TestProject([
            "site.yml": "title: Data\nlanguage: en\nbase_url: https://example.org/d/\n",
            "content/articles/summary.md": "---\ntitle: Summary of the dataset\ndate: 2022-01-10\n---\nEvery event of 2021.\n",
            "content/timeline/2021.yml": events,
        ])
    }

    @Test func aYearWithTooManyEventsIsShownAMonthAtATime() throws {
        let project = try Self.eventDataset()
        try project.build()
        let year = try #require(project.page("timeline/2021/index.html"))
        #expect(!year.contains("class=\"event"), "the year's page lists its months, not their events")
        #expect(year.contains("href=\"../../timeline/2021/08/index.html\">August 2021 <span class=\"count\">800"))
        #expect(year.contains("href=\"../../timeline/2021/00/index.html\">During 2021 <span class=\"count\">60"))
        let august = try #require(project.page("timeline/2021/08/index.html"))
        #expect(august.components(separatedBy: "<li class=\"event").count - 1 == TimelineMonth.eventsPerPage)
        #expect(august.contains("<h1>August 2021</h1>"))
        let last = try #require(project.page("timeline/2021/08/page/3/index.html"))
        #expect(last.components(separatedBy: "<li class=\"event").count - 1 == 800 - 2 * TimelineMonth.eventsPerPage)
        #expect(
            last.contains("rel=\"prev\" href=\"../../../../../timeline/2021/08/page/2/index.html\">← August 2021 (page 2)</a>"))
        #expect(last.contains("rel=\"next\" href=\"../../../../../timeline/2021/09/index.html\">September 2021 →</a>"))
        #expect(project.page("timeline/2021/00/index.html")?.contains("<h1>During 2021</h1>") == true)
        // The search finds each event on its page.
        let urls = try SearchIndexReader(project).urls("~y:2021").filter { $0.hasPrefix("timeline") }
        #expect(urls.contains("timeline/2021/08/page/3/index.html#y2021-08"))
        #expect(urls.contains("timeline/2021/00/index.html#y2021-year"))
    }

    @Test func noPageIsOverAMegabyteAndListsAreCapped() throws {
        let project = try Self.eventDataset()
        try project.build()
        let public_ = project.root.appendingPathComponent("public")
        let files = FileManager.default.enumerator(at: public_, includingPropertiesForKeys: [.fileSizeKey])!
        var largest = (path: "", size: 0)
        for case let url as URL in files where url.pathExtension == "html" {
            let size = try url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0
            if size > largest.size { largest = (url.path, size) }
        }
        #expect(largest.size < 1_000_000, "the largest page, \(largest.path), has \(largest.size) bytes")
        let article = try #require(project.page("articles/summary/index.html"))
        #expect(article.contains("The latest 100 of 2,004 events."))
        #expect(article.components(separatedBy: "<li class=\"event").count - 1 == 100)
        let month = try #require(project.page("timeline/2021/08/index.html"))
        let jsonLD = try #require(month.firstMatch(of: /<script type="application\/ld\+json">(.*?)<\/script>/)?.output.1)
        #expect(jsonLD.components(separatedBy: "\"@type\":\"Event\"").count - 1 == JSONLD.eventLimit)
        #expect(jsonLD.contains("\"numberOfItems\":300"))
    }

    @Test func thePlacesIndexStaysLightWithAThousandPlaces() throws {
        var files = [
            "site.yml": "title: Gazetteer\nlanguage: en\n",
            "content/places/country.md": "---\nname: Country\ntype: region\n---\n",
        ]
        for region in 1...30 {
            files["content/places/region-\(region).md"] = "---\nname: Region \(region)\ntype: region\nin: country\n---\n"
            for town in 1...30 {
                files["content/places/town-\(region)-\(town).md"] =
                    "---\nname: Town \(region)-\(town)\ntype: city\nin: region-\(region)\n---\n"
            }
        }
        let project = try TestProject(files)
        try project.build()
        let index = try #require(project.page("places/index.html"))
        #expect(index.contains(">Region 7</bdi>"), "the top places and those directly within them")
        #expect(!index.contains(">Town 7-3</bdi>"), "the rest are on their parents' pages")
        #expect(index.contains("<a class=\"tree-more\" href=\"../places/region-7/index.html\">30 places within</a>"))
        #expect(index.utf8.count < 100_000, "\(index.utf8.count) bytes")
        #expect(project.page("places/region-7/index.html")?.contains(">Town 7-3</bdi>") == true)
    }
}
