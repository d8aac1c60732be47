import Foundation
import Testing

@testable import DossierKit

/// No page grows past a megabyte, whatever the data: a year with too many events for one page is
/// shown a month at a time, long event lists are capped and go on over pages of their own, and so
/// do long lists of places; JSON-LD is capped.
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

    /// The path in `public/` and the size of every HTML page of the built site of `project`.
    static func htmlSizes(of project: TestProject) throws -> [String: Int] {
        let public_ = project.root.appendingPathComponent("public")
        let files = FileManager.default.enumerator(at: public_, includingPropertiesForKeys: [.fileSizeKey])!
        var sizes: [String: Int] = [:]
        for case let url as URL in files where url.pathExtension == "html" {
            sizes[String(url.path.dropFirst(public_.path.count + 1))] = try url.resourceValues(forKeys: [.fileSizeKey]).fileSize
        }
        return sizes
    }

    /// No HTML page of the built site of `project` reaches a megabyte.
    static func expectNoPageOverAMegabyte(_ project: TestProject) throws {
        let largest = try htmlSizes(of: project).max { $0.value < $1.value }
        #expect((largest?.value ?? 0) < 1_000_000, "the largest page, \(largest?.key ?? ""), has \(largest?.value ?? 0) bytes")
    }

    /// The titles of the events listed on `page`.
    static func eventTitles(_ page: String) -> [String] {
        page.matches(of: /<p class="event-title">([^<]*)<\/p>/).map { String($0.output.1) }
    }

    @Test func noPageIsOverAMegabyteAndListsAreCapped() throws {
        let project = try Self.eventDataset()
        try project.build()
        try Self.expectNoPageOverAMegabyte(project)
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

    /// A dossier in English and Russian whose actor, place and article each have 700 events: each
    /// event with three actors and two places, the place within a province of 61 places.
    static func longEventLists() throws -> TestProject {
        var events = ""
        for number in 1...700 {
            let month = (number - 1) / 60 + 1
            events += "- date: \(String(format: "2019-%02d-%02d", month, (number - 1) % 28 + 1))\n"
            events += "  title: Raid number \(number) on the market\n"
            events += "  sources: [report]\n  entities: [Militia, Army, Police \(number % 5)]\n"
            events += "  places: [town, village-\(number % 60 + 1)]\n"
        }
        var files = [
            "site.yml": "title: Raids\nlanguages: [en, ru]\nbase_url: https://example.org/r/\n",
            "content/articles/report.md": "---\ntitle: Report on the raids\ndate: 2020-01-10\n---\nEvery raid of 2019.\n",
            "content/entities/militia.md": "---\nname: Militia\ntype: group\n---\nAn armed group.\n",
            "content/entities/army.md": "---\nname: Army\ntype: organization\n---\n",
            "content/places/province.md": "---\nname: Province\ntype: region\n---\n",
            "content/places/town.md": "---\nname: Town\ntype: city\nin: province\n---\n",
            "content/timeline/2019.yml": events,
        ]
        for village in 1...60 {
            files["content/places/village-\(village).md"] = "---\nname: Village \(village)\ntype: village\nin: province\n---\n"
        }
        for police in 0..<5 { files["content/entities/police-\(police).md"] = "---\nname: Police \(police)\n---\n" }
        return try TestProject(files)
    }

    @Test func longEventListsGoOnOverPagesThatReachEveryEvent() throws {
        let project = try Self.longEventLists()
        let report = try project.build()
        try Self.expectNoPageOverAMegabyte(project)
        let every = Set((1...700).map { "Raid number \($0) on the market" })
        for (subject, first) in [
            ("entities/militia/", "../../entities/militia/"), ("places/town/", "../../places/town/"),
            ("places/province/", "../../places/province/"), ("articles/report/", "../../articles/report/"),
        ] {
            let page = try #require(project.page(subject + "index.html"), "\(subject)")
            #expect(page.contains("The latest 100 of 700 events."), "\(subject)")
            #expect(Self.eventTitles(page).count == 100, "\(subject)")
            #expect(
                page.contains("<a href=\"\(first)events/index.html\">All 700 events, oldest first, on 3 pages</a>"),
                "\(subject)")
            let pages = try [1, 2, 3].map { number in
                try #require(project.page(subject + "events/" + (number > 1 ? "page/\(number)/" : "") + "index.html"))
            }
            #expect(pages.map { Self.eventTitles($0).count } == [300, 300, 100], "\(subject)")
            let listed = pages.flatMap(Self.eventTitles)
            #expect(Set(listed) == every && listed.count == 700, "\(subject): every event once")
            #expect(pages[0].contains("<h1>Events: "), "\(subject)")
            #expect(pages[0].contains("700 events, oldest first, 300 a page; on this page: 1 January"), "\(subject)")
            #expect(pages[0].contains("28 May 2019.</p>"), "\(subject): the dates of the page's events")
            #expect(pages[0].contains("rel=\"next\" href=\"../../../\(subject)events/page/2/index.html\">Later →</a>"))
            #expect(pages[2].contains("rel=\"prev\" href=\"../../../../../\(subject)events/page/2/index.html\">← Earlier</a>"))
            #expect(pages[1].contains("<p class=\"kicker\"><a href=\"../../../../../\(subject)index.html\">"))
        }
        #expect(project.page("entities/army/events/page/3/index.html") != nil, "every actor with long lists")
        #expect(project.page("entities/police-1/events/index.html") != nil, "140 events: one page")
        #expect(project.page("entities/police-1/events/page/2/index.html") == nil)
        #expect(project.page("places/village-1/events/index.html") == nil, "12 events: all on the place's page")
        // The province holds 61 places: its page lists the most mentioned, all are on a page by name.
        let province = try #require(project.page("places/province/index.html"))
        #expect(
            province.contains(
                "and 11 more <span class=\"sep\" aria-hidden=\"true\">·</span> <a href=\"../../places/province/within/index.html\">All 61 places within, by name</a>"
            ))
        let shown = try #require(province.firstMatch(of: /id="children-heading"(.*?)<\/section>/.dotMatchesNewlines()))
        #expect(shown.output.1.contains(">Town</bdi>"), "the place with the most events first")
        #expect(shown.output.1.matches(of: /class="place-link/).count == 50)
        let within = try #require(project.page("places/province/within/index.html"))
        let places = within.matches(of: /<bdi>(Village \d+|Town)<\/bdi>/).map { String($0.output.1) }
        #expect(Set(places).count == 61 && places.count == 61, "every place within it, once")
        #expect(within.contains("<h1>Places within Province</h1>"))
        #expect(report.summary.contains("further pages of long lists"))
        // A translated edition has them too, in its words, an untranslated name marked as such.
        let russian = try #require(project.page("ru/entities/militia/events/page/2/index.html"))
        #expect(russian.contains("<h1>События: <bdi lang=\"en\">Militia</bdi> (страница 2)</h1>"))
        #expect(russian.contains("<title>События: Militia (страница 2) · Raids</title>"))
        #expect(russian.contains("rel=\"next\" href=\"../../../../../entities/militia/events/page/3/index.html\">Позже →</a>"))
        #expect(
            project.page("ru/places/province/within/index.html")?.contains(
                "<h1>Входящие места: <bdi lang=\"en\">Province</bdi></h1>") == true)
    }

    @Test func aFlatGazetteerKeepsThePlacesIndexLightAndReachesEveryPlace() throws {
        var files = ["site.yml": "title: Gazetteer\nlanguage: en\n"]
        var ids: [String] = []
        func place(_ id: String, _ fields: String) {
            files["content/places/\(id).md"] = "---\n\(fields)---\n"
            ids.append(id)
        }
        for region in 1...10 { place("region-\(region)", "name: Region \(region)\ntype: region\n") }
        place("province", "name: Province\ntype: region\n")
        for village in 1...520 { place("village-\(village)", "name: Village \(village)\ntype: village\nin: province\n") }
        // Municipalities in no region, the way a flat gazetteer lists them: every letter, and names
        // that start with a digit or a letter with a diacritic.
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for number in 1...1_200 {
            let name =
                number % 97 == 0
                ? "\(number) de Marzo" : number % 89 == 0 ? "Ávila \(number)" : "\(letters[number % 26])own \(number)"
            place("municipality-\(number)", "name: \(name)\ntype: city\n")
        }
        let project = try TestProject(files)
        try project.build()
        try Self.expectNoPageOverAMegabyte(project)
        let index = try #require(project.page("places/index.html"))
        #expect(index.utf8.count < 40_000, "\(index.utf8.count) bytes")
        #expect(index.contains(">Region 7</bdi>") && index.contains(">Province</bdi>"), "the regions first")
        #expect(!index.contains(">Aown 26</bdi>") && !index.contains(">Village 7</bdi>"), "the rest on their own pages")
        #expect(index.contains("<a class=\"tree-more\" href=\"../places/province/index.html\">520 places within</a>"))
        #expect(index.contains("1,200 more places lie in none of these: they are in the list of every place by name."))
        #expect(index.contains("<a href=\"../places/page/2/index.html\">All 1,731 places, by name</a>"))
        #expect(index.contains("<li><a href=\"../places/page/2/index.html#letter-1\">#</a></li>"))
        // Every place is linked from the index or the pages after it, which list them all by name.
        let pages = try Self.htmlSizes(of: project).keys.filter { $0.hasPrefix("places/page/") }.compactMap(project.page)
        #expect(pages.count == 4, "1,731 places, 500 a page, after the index")
        var linked: Set<String> = []
        for page in pages + [index] {
            #expect(page.utf8.count < 200_000)
            // Each `places/<id>/index.html"` linked (Swift's regexes are slow on pages of this size).
            for piece in page.components(separatedBy: "places/").dropFirst() {
                if let end = piece.range(of: "/index.html\"") { linked.insert(String(piece[..<end.lowerBound])) }
            }
        }
        #expect(Set(ids).subtracting(linked).isEmpty, "\(Set(ids).subtracting(linked).count) places not linked")
        let second = try #require(project.page("places/page/2/index.html"))
        #expect(second.contains("<h1>Places: 1067 de Marzo to Kown 36</h1>"), "digits first, under #")
        #expect(second.contains("<h2 id=\"letter-2\">A</h2>"))
        #expect(second.contains("Ávila 89"), "a letter with a diacritic under its letter")
        #expect(second.contains("rel=\"prev\" href=\"../../../places/index.html\">← Previous</a>"))
        let third = try #require(project.page("places/page/3/index.html"))
        #expect(third.contains("<li><a href=\"../../../places/page/2/index.html#letter-12\">K</a></li>"), "where K starts")
        #expect(third.contains("<h2 id=\"letter-12\">K</h2>"), "the letter again where it goes on")
        let last = try #require(project.page("places/page/5/index.html"))
        #expect(last.contains("<h1>Places: Village 94 to Zown 987</h1>"))
        #expect(last.contains("<li><a href=\"../../../places/page/5/index.html#letter-27\" aria-current=\"page\">Z</a></li>"))
        #expect(!last.contains("rel=\"next\""))
        // The province's places are on its pages of the places within it.
        let within = try [1, 2].map { number in
            try #require(project.page("places/province/within/" + (number > 1 ? "page/\(number)/" : "") + "index.html"))
        }
        #expect(within.map { $0.matches(of: /<bdi>Village \d+<\/bdi>/).count } == [500, 20])
        #expect(within[1].contains("<h1>Places within Province (page 2)</h1>"))
        #expect(within[0].contains("rel=\"next\" href=\"../../../places/province/within/page/2/index.html\">Next →</a>"))
    }
}
