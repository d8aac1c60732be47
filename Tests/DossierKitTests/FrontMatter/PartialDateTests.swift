import Testing

@testable import DossierKit

@Suite struct PartialDateTests {
    @Test func parsesTheThreePrecisions() throws {
        #expect(PartialDate(parsing: "2016")?.precision == .year)
        #expect(PartialDate(parsing: "2016-04")?.precision == .month)
        #expect(PartialDate(parsing: "2016-04-11")?.precision == .day)
    }

    @Test func rejectsImpossibleDates() {
        for text in ["2016-13-45", "2016-02-30", "2015-02-29", "2016-00", "16-04-01", "2016-4-1", "April 2016", ""] {
            #expect(PartialDate(parsing: text) == nil, "\(text)")
        }
        #expect(PartialDate(parsing: "2016-02-29") != nil, "leap day")
    }

    @Test func partialDateSortsBeforeTheDaysItContains() throws {
        let dates = ["2016-04-02", "2016", "2016-04", "2015-12-31", "2016-04-01", "2016-05"].compactMap(
            PartialDate.init(parsing:))
        #expect(dates.sorted().map(\.description) == ["2015-12-31", "2016", "2016-04", "2016-04-01", "2016-04-02", "2016-05"])
    }

    @Test func displaysAtItsRealPrecision() throws {
        #expect(PartialDate(parsing: "2016")?.displayText == "2016")
        #expect(PartialDate(parsing: "2016-04")?.displayText == "April 2016")
        #expect(PartialDate(parsing: "2016-04-01")?.displayText == "1 April 2016")
    }

    @Test func displaysRanges() throws {
        let d = { (text: String) in PartialDate(parsing: text)! }
        let dates = SiteLanguage(tag: "en").dates
        #expect(dates.text(from: d("2016-04-02"), to: d("2016-04-05")) == "2\u{2009}–\u{2009}5 April 2016")
        #expect(dates.text(from: d("2016-03-28"), to: d("2016-04-05")) == "28 March\u{2009}–\u{2009}5 April 2016")
        #expect(dates.text(from: d("2016-04"), to: d("2016-06")) == "April\u{2009}–\u{2009}June 2016")
        #expect(dates.text(from: d("1991"), to: d("1994-05")) == "1991 – May 1994")
    }

    @Test func timelineOrdersPartialDatesAndShowsThemAtTheirPrecision() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/timeline/a.yml": """
            - date: 2016-04-02
              end: 2016-04-05
              title: Four days of fighting
            - date: 2016-04
              title: Something in April
            - date: 2016
              title: Something in 2016
            - date: 2016-04-01
              title: The day before
            """,
        ])
        try project.build()
        let page = try #require(project.page("timeline/index.html"))
        let order = ["Something in 2016", "Something in April", "The day before", "Four days of fighting"].map {
            page.range(of: $0)?.lowerBound
        }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        #expect(page.contains("2\u{2009}–\u{2009}5 April 2016"), "CLDR's interval")
        #expect(page.contains(">April 2016<"))
        #expect(!page.contains("1 January 2016"), "a year-only date is never shown as a day")
    }
}
