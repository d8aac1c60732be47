import Foundation
import Testing

@testable import DossierKit

/// Events as records of their own: `id`, `description`, `category`, `fatalities` and sources
/// outside the dossier, read, checked and shown.
@Suite struct EventRecordTests {
    static let timeline = """
        - id: moscow-ceasefire
          date: 2016-04-05
          title: Moscow ceasefire
          category: ceasefire
          description: The chiefs of staff *agree* a truce; see [the call](../articles/kerry-lavrov.md).
          fatalities: {best: 12, low: 10, high: 15}
          places: [stepanakert]
          sources:
            - kerry-lavrov
            - {name: RFE/RL Armenian Service, url: "https://www.azatutyun.am/", date: 2016-04-11}
            - https://example.org/report
        - id: april-fighting
          date: 2016-04
          title: Fighting through April
          fatalities: 100
        """

    static var dossier: [String: String] {
        SiteBuildTests.smallDossier.merging([
            "content/timeline/records.yml": timeline,
            "content/articles/kerry-lavrov.md": Fixture.article(
                "Kerry, Lavrov Again Discuss Karabakh",
                extra: "entities: [john-kerry]\nplaces: [stepanakert]",
                body: "The [truce](../timeline/records.yml#moscow-ceasefire) held."),
        ]) { _, new in new }
    }

    @Test func theNewFieldsAreReadAsWritten() throws {
        let file = SourceFile(
            path: "content/timeline/records.yml", id: "records", kind: .timeline, text: Self.timeline)
        let (events, diagnostics) = ContentParser.parseTimeline(file)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(events.count == 2)
        let first = try #require(events.first)
        #expect(first.id?.value == "moscow-ceasefire")
        #expect(first.id?.location.line == 1)
        #expect(first.category == "ceasefire")
        #expect(first.description?.hasPrefix("The chiefs of staff *agree*") == true)
        #expect(first.fatalities == Fatalities(best: 12, low: 10, high: 15))
        #expect(first.sourceReferences.map(\.value) == ["kerry-lavrov"])
        #expect(first.externalSources.map(\.name) == ["RFE/RL Armenian Service", nil])
        #expect(first.externalSources.map(\.url) == ["https://www.azatutyun.am/", "https://example.org/report"])
        #expect(first.externalSources.first?.date == PartialDate(year: 2016, month: 4, day: 11))
        #expect(events[1].fatalities == Fatalities(best: 100))
        #expect(events[1].date.precision == .month, "a month stays a month")
    }

    @Test func theBuildCacheKeepsEveryField() throws {
        let file = SourceFile(path: "content/timeline/records.yml", id: "records", kind: .timeline, text: Self.timeline)
        let (events, _) = ContentParser.parseTimeline(file)
        var encoder = CacheEncoder(capacity: 1024)
        encoder.parsed(.timeline(events), in: file.path)
        let bytes = encoder.bytes
        let decoded = try bytes.withUnsafeBytes { raw -> ParsedFile in
            var decoder = CacheDecoder(raw)
            return try decoder.parsed(in: file.path)
        }
        guard case .timeline(let back) = decoded else {
            Issue.record("not a timeline")
            return
        }
        #expect(back == events)
    }

    @Test func badFieldsAreErrorsAtTheirPositionsAllAtOnce() throws {
        let project = try TestProject(
            SiteBuildTests.smallDossier.merging([
                "content/timeline/bad.yml": """
                - date: 2016-04-01
                  title: Negative
                  fatalities: -3
                - date: 2016-04-02
                  title: Out of order
                  fatalities: {best: 20, low: 30, high: 40}
                - date: 2016-04-03
                  title: Not a number
                  fatalities: twelve
                - date: 2016-04-04
                  title: Bad link
                  sources: [{name: Evil, url: "javascript:alert(1)"}]
                - id: Not A Slug
                  date: 2016-04-05
                  title: Bad id
                - id: y2016-04
                  date: 2016-04-06
                  title: Reserved id
                - date: 2016-04-07
                  title: Too much
                  fatalities: {best: 20000000}
                """
            ]) { _, new in new })
        let diagnostics = project.failingBuild().filter { $0.location?.path == "content/timeline/bad.yml" }
        let lines = diagnostics.filter { $0.severity == .error }.map { $0.location?.line ?? 0 }
        #expect(lines == [3, 6, 9, 12, 13, 16, 21], "\(diagnostics.map(\.description))")
        let messages = diagnostics.map(\.message)
        #expect(messages[0].contains("-3") && messages[0].contains("from 0 to"))
        #expect(messages[1].contains("low ≤ best ≤ high"))
        #expect(messages[2].contains("'twelve' is not a whole number"))
        #expect(messages[3].contains("http, https or mailto"))
        #expect(messages[4].contains("not a slug") && messages[4].contains("'not-a-slug'"))
        #expect(messages[5].contains("anchor the theme gives"))
        #expect(messages[6].contains("10000000"))
        #expect(diagnostics[1].location?.column == 15, "at the set of fields")
    }

    @Test func aDuplicateIdIsAnErrorNamingTheOther() throws {
        let project = try TestProject(
            SiteBuildTests.smallDossier.merging([
                "content/timeline/a.yml": "- id: same\n  date: 2016-04-01\n  title: First\n",
                "content/articles/b.md": Fixture.article(
                    "B", extra: "events:\n  - date: 2016-04-02\n    title: Second\n    id: same"),
            ]) { _, new in new })
        let errors = project.failingBuild().filter { $0.severity == .error }
        let error = try #require(errors.first { $0.message.contains("'same'") })
        // content/articles/b.md comes before content/timeline/a.yml: the timeline's is the second.
        #expect(error.location == SourceLocation(path: "content/timeline/a.yml", line: 1, column: 7))
        #expect(error.message.contains("content/articles/b.md:7:9"))
        #expect(errors.count == 1)
    }

    @Test func theTimelineAndEventListsShowTheRecords() throws {
        let project = try TestProject(Self.dossier)
        try project.build(strict: true)
        let timeline = try #require(project.page("timeline/index.html"))
        #expect(timeline.contains("<li class=\"event\" id=\"moscow-ceasefire\">"))
        #expect(timeline.contains("href=\"../timeline/index.html#moscow-ceasefire\""), "the date links to the event")
        #expect(timeline.contains("<em>agree</em>"), "the description is Markdown")
        #expect(timeline.contains("href=\"../articles/kerry-lavrov/index.html\">the call</a>"), "with links to content files")
        #expect(timeline.contains("12 killed (estimates 10–15)"))
        #expect(timeline.contains("100 killed"))
        #expect(timeline.contains("<span class=\"event-category\">"))
        #expect(timeline.contains("href=\"https://www.azatutyun.am/\" rel=\"external noopener\">RFE/RL Armenian Service</a>"))
        #expect(timeline.contains("(11 April 2016)"))
        #expect(timeline.contains(">April 2016</a></time>"), "a month is shown as a month, never with a day")
        let place = try #require(project.page("places/stepanakert/index.html"))
        #expect(place.contains("id=\"moscow-ceasefire\""))
        #expect(place.contains("href=\"../../timeline/index.html#moscow-ceasefire\""))
        #expect(place.contains("href=\"../../articles/kerry-lavrov/index.html\">the call</a>"), "rebased to the page")
        let article = try #require(project.page("articles/kerry-lavrov/index.html"))
        #expect(article.contains("href=\"../../timeline/index.html#moscow-ceasefire\">truce</a>"), "a body links to an event")
        // JSON-LD stays valid JSON.
        let script = try #require(timeline.range(of: "<script type=\"application/ld+json\">"))
        let rest = timeline[script.upperBound...]
        let json = String(rest[..<rest.range(of: "</script>")!.lowerBound])
        #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
    }

    @Test func aLinkToAnUnknownEventIsAWarning() throws {
        var files = Self.dossier
        files["content/articles/kerry-lavrov.md"] = Fixture.article(
            "Kerry, Lavrov Again Discuss Karabakh", body: "The [truce](../timeline/records.yml#no-such-event) held.")
        let project = try TestProject(files)
        let report = try project.build()
        #expect(report.diagnostics.contains { $0.message.contains("names no event") && $0.location?.line == 6 })
    }

    @Test func aSplitTimelineAnchorsEventsOnTheirYearPage() throws {
        var lines = ""
        for number in 0..<520 { lines += "- date: \(2000 + number % 3)-01-01\n  title: Event \(number)\n" }
        lines += "- id: the-one\n  date: 2001-05-05\n  title: The one\n"
        let project = try TestProject(SiteBuildTests.smallDossier.merging(["content/timeline/many.yml": lines]) { _, new in new })
        try project.build()
        #expect(project.page("timeline/2001/index.html")?.contains("id=\"the-one\"") == true)
        let data = try #require(project.page("data/dossier.json"))
        #expect(data.contains("\"url\":\"timeline/2001/index.html#the-one\""))
    }
}
