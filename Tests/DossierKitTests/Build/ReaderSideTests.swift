import Foundation
import Testing

@testable import DossierKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The reader's side of the site: search index, feeds, sitemap, metadata, pictures, the timeline by year.
@Suite struct ReaderSideTests {
    static let base = "https://example.org/karabakh/"

    private func buildSmall(baseURL: String? = nil) throws -> (TestProject, BuildReport) {
        let project = try TestProject(SiteBuildTests.smallDossier)
        let report = try SiteBuilder(options: BuildOptions(projectRoot: project.root, baseURL: baseURL)).build()
        return (project, report)
    }

    // MARK: - Feeds, sitemap, robots

    @Test func withoutABaseURLThereAreNoFeedsAndTheSummarySaysSo() throws {
        let (project, report) = try buildSmall()
        for path in ["feed.xml", "sitemap.xml", "robots.txt", "entities/sergey-lavrov/feed.xml"] {
            #expect(!project.exists(path), "\(path) needs absolute URLs")
        }
        #expect(report.summary.contains("no base_url, so no feeds, sitemap.xml or robots.txt"))
        let page = try #require(project.page("entities/sergey-lavrov/index.html"))
        #expect(!page.contains("application/atom+xml"))
        #expect(!page.contains("rel=\"canonical\""))
        #expect(!page.contains("https://example.org"))
    }

    @Test func withABaseURLFeedsAreAtomWithAbsoluteURLs() throws {
        let (project, report) = try buildSmall(baseURL: Self.base)
        #expect(!report.summary.contains("base_url"))
        for path in ["feed.xml", "entities/sergey-lavrov/feed.xml", "places/stepanakert/feed.xml"] {
            let feed = try #require(project.page(path), "missing \(path)")
            #expect(feed.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""))
            #expect(Self.isWellFormedXML(feed), "\(path) is not well-formed XML")
            #expect(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"\(Self.base)\(path)\"/>"))
            for value in Self.attributeValues("href", in: feed) + Self.elements("id", in: feed) {
                #expect(value.hasPrefix(Self.base), "\(path): '\(value)' is not absolute")
            }
        }
        let site = try #require(project.page("feed.xml"))
        #expect(site.contains("<title>Kerry, Lavrov Again Discuss Karabakh</title>"))
        #expect(site.contains("<id>\(Self.base)articles/kerry-lavrov/index.html</id>"))
        #expect(site.contains("<published>2016-04-11T00:00:00Z</published>"))
        #expect(site.contains("<content type=\"html\""), "full content")
        #expect(site.contains("&lt;p&gt;Body text.&lt;/p&gt;"))
        for path in ["entities/sergey-lavrov/feed.xml", "places/stepanakert/feed.xml"] {
            let topic = try #require(project.page(path))
            #expect(topic.contains("<title>Kerry, Lavrov Again Discuss Karabakh</title>"), "\(path) lists the article")
            #expect(topic.contains("<summary>"), "\(path) carries each article's summary")
            #expect(!topic.contains("<content"), "\(path) links to the articles instead of repeating their text")
        }
        let entity = try #require(project.page("entities/sergey-lavrov/index.html"))
        #expect(entity.contains("<link rel=\"canonical\" href=\"\(Self.base)entities/sergey-lavrov/index.html\">"))
        #expect(
            entity.contains(
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Test Dossier\" href=\"../../feed.xml\">"))
        #expect(entity.contains("href=\"../../entities/sergey-lavrov/feed.xml\" type=\"application/atom+xml\">"), "its own feed")
    }

    @Test func feedLinksInArticleBodiesBecomeAbsolute() throws {
        var files = SiteBuildTests.smallDossier
        files["content/articles/kerry-lavrov.md"] = Fixture.article(
            "Linked", body: "See [Lavrov](../entities/sergey-lavrov.md) and [below](#later).")
        let project = try TestProject(files)
        try SiteBuilder(options: BuildOptions(projectRoot: project.root, baseURL: Self.base)).build()
        let feed = try #require(project.page("feed.xml"))
        #expect(Self.isWellFormedXML(feed))
        #expect(feed.contains("&lt;a href=\"\(Self.base)entities/sergey-lavrov/index.html\"&gt;Lavrov"))
        #expect(feed.contains("&lt;a href=\"\(Self.base)articles/kerry-lavrov/index.html#later\"&gt;below"))
    }

    @Test func sitemapAndRobotsListEveryPageButThe404() throws {
        let (project, _) = try buildSmall(baseURL: Self.base)
        let sitemap = try #require(project.page("sitemap.xml"))
        #expect(Self.isWellFormedXML(sitemap))
        #expect(sitemap.contains("<loc>\(Self.base)</loc>"))
        #expect(sitemap.contains("<loc>\(Self.base)articles/kerry-lavrov/index.html</loc><lastmod>2016-04-11</lastmod>"))
        #expect(sitemap.contains("<loc>\(Self.base)places/stepanakert/index.html</loc>"))
        #expect(!sitemap.contains("404.html"))
        #expect(project.page("robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: \(Self.base)sitemap.xml\n")
    }

    @Test func baseURLFromSiteYmlWorksToo() throws {
        var files = SiteBuildTests.smallDossier
        files["site.yml"] = Fixture.site + "base_url: https://example.org/karabakh\n"
        let project = try TestProject(files)
        try project.build()
        #expect(project.page("feed.xml")?.contains("<id>\(Self.base)</id>") == true)
    }

    // MARK: - Search index

    @Test func searchIndexHoldsAliasesAndTransliterations() throws {
        let (project, _) = try buildSmall()
        let index = try SearchIndexReader(project)
        let lavrov = try #require(index.row(index.documents("~e:sergey-lavrov")[0]))
        #expect(lavrov.kind == "e" && lavrov.row[1] == "Sergey Lavrov")
        #expect(lavrov.row[4] == "Sergei Lavrov|Лавров", "every alias")
        #expect(index.urls("лавров").contains("entities/sergey-lavrov/index.html"))
        #expect(index.urls("lavrov").first == "entities/sergey-lavrov/index.html", "the Latin transliteration of Лавров")
        #expect(index.urls("khankendi").contains("places/stepanakert/index.html"))
        #expect(index.urls("ստեփանակերտ").contains("places/stepanakert/index.html"))
        #expect(index.urls("stepanakert").contains("places/stepanakert/index.html"), "the transliteration of Ստեփանակերտ")
        #expect(index.kinds.map(\.kind) == ["e", "p", "a", "g", "t", "v"])
        #expect(index.kinds.allSatisfy { $0.kind == "g" || $0.count > 0 }, "\(index.kinds)")
    }

    @Test func searchTermsFoldSchwaAndTransliterateCyrillic() {
        var terms = SearchTerms()
        #expect(terms.terms(of: "Xankəndi").contains("xankendi"))
        #expect(terms.terms(of: "Сергей Лавров") == ["сергеи", "sergey", "лавров", "lavrov"])
    }

    @Test func searchPageLoadsTheIndexWithScriptTags() throws {
        let (project, _) = try buildSmall()
        let page = try #require(project.page("search/index.html"))
        #expect(!page.contains("search/text/"), "the index is loaded by the script, as a query needs it")
        #expect(
            page.contains("<select id=\"search-kind\" name=\"kind\">")
                && page.contains("<select id=\"search-year\" name=\"year\">"), "filters")
        #expect(page.contains("<noscript>"))
        #expect(!page.contains("fetch("))
        let home = try #require(project.page("index.html"))
        #expect(home.contains("action=\"search/index.html\""), "the header search box works without JavaScript")
    }

    // MARK: - Pictures

    @Test func entityAndPlacePagesHaveActivityStripsAndMapsWithTitles() throws {
        let (project, _) = try buildSmall()
        let entity = try #require(project.page("entities/sergey-lavrov/index.html"))
        #expect(entity.contains("<svg class=\"activity-chart\""))
        #expect(
            entity.contains(
                "<title id=\"activity-title\">Articles per month mentioning Sergey Lavrov, May 2015 to April 2016</title>"))
        #expect(entity.contains("<title>April 2016: 1 article</title>"))
        #expect(entity.contains("<figcaption>1 article, all in April 2016.</figcaption>"))
        let place = try #require(project.page("places/stepanakert/index.html"))
        #expect(place.contains("<svg class=\"activity-chart\""))
        #expect(place.contains("<svg class=\"locator-map\""))
        #expect(place.contains("<title id=\"map-title\">Map of Stepanakert and the places around it</title>"))
        #expect(
            place.contains(
                "<a href=\"../../places/stepanakert/index.html\" aria-current=\"page\"><title>Stepanakert</title><circle class=\"dot is-current\""
            ))
        let index = try #require(project.page("places/index.html"))
        #expect(index.contains("<a href=\"../places/stepanakert/index.html\"><title>Stepanakert</title><circle class=\"dot\""))
        let timeline = try #require(project.page("timeline/index.html"))
        #expect(timeline.contains("<svg class=\"year-overview\""))
        #expect(timeline.contains("<a href=\"#y2016\"><title>2016: 2 events</title>"))
    }

    @Test func hostileStringsAreEscapedInJSONLDSVGAndFeeds() throws {
        let hostile = "Evil </script><script>alert(1)</script> & \\\"Co\\\" <!--"
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/entities/evil.md": Fixture.entity("\"\(hostile)\"", extra: "role: \"<img src=x onerror=alert(2)>\""),
            "content/places/bad.md": Fixture.place("\"<svg onload=alert(3)>\"", extra: "coordinates: [40, 45]"),
            "content/places/good.md": Fixture.place("Good", extra: "coordinates: [41, 46]"),
            "content/articles/a.md": Fixture.article("\"\(hostile)\"", extra: "entities: [evil]\nplaces: [bad]"),
        ])
        try SiteBuilder(options: BuildOptions(projectRoot: project.root, baseURL: Self.base)).build()
        for path in [
            "entities/evil/index.html", "places/bad/index.html", "places/index.html", "articles/a/index.html", "index.html",
        ] {
            let page = try #require(project.page(path), "\(path)")
            #expect(!page.contains("<script>alert(1)"), "\(path)")
            #expect(!page.contains("</script><script>"), "\(path)")
            #expect(!page.contains("<svg onload"), "\(path)")
            #expect(!page.contains("<img src=x"), "\(path)")
            #expect(!page.contains("<!--"), "\(path)")
        }
        let entity = try #require(project.page("entities/evil/index.html"))
        #expect(entity.contains("\"name\":\"Evil \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026"))
        #expect(entity.contains("mentioning Evil &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"))
        let place = try #require(project.page("places/bad/index.html"))
        #expect(place.contains("<title>&lt;svg onload=alert(3)&gt;</title>"))
        for path in ["feed.xml", "entities/evil/feed.xml", "places/bad/feed.xml"] {
            let feed = try #require(project.page(path))
            #expect(Self.isWellFormedXML(feed), "\(path)")
            #expect(!feed.contains("<script>"), "\(path)")
        }
    }

    @Test func jsonLDDescribesEachKindOfPage() throws {
        let (project, _) = try buildSmall(baseURL: Self.base)
        func jsonLD(_ path: String) throws -> [String: Any] {
            let page = try #require(project.page(path))
            let start = try #require(page.range(of: "<script type=\"application/ld+json\">"))
            let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
            let data = Data(page[start.upperBound..<end.lowerBound].utf8)
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
        let article = try jsonLD("articles/kerry-lavrov/index.html")
        #expect(article["@type"] as? String == "NewsArticle")
        #expect(article["url"] as? String == "\(Self.base)articles/kerry-lavrov/index.html")
        #expect(article["datePublished"] as? String == "2016-04-11")
        let person = try jsonLD("entities/sergey-lavrov/index.html")
        #expect(person["@type"] as? String == "Person")
        #expect(person["alternateName"] as? [String] == ["Sergei Lavrov", "Лавров"])
        let place = try jsonLD("places/stepanakert/index.html")
        #expect(place["@type"] as? String == "Place")
        let geo = try #require(place["geo"] as? [String: Any])
        #expect(geo["@type"] as? String == "GeoCoordinates")
        #expect(geo["latitude"] as? Double == 39.8153)
        #expect((place["containedInPlace"] as? [String: Any])?["name"] as? String == "Nagorno-Karabakh")
        let timeline = try jsonLD("timeline/index.html")
        let events = try #require(timeline["itemListElement"] as? [[String: Any]])
        #expect(events.map { $0["@type"] as? String } == ["Event", "Event"])
        #expect(events.first?["startDate"] as? String == "2016-04")
        let home = try jsonLD("index.html")
        #expect(home["@type"] as? String == "WebSite")
    }

    @Test func everyPageHasOpenGraphAndADescription() throws {
        let (project, _) = try buildSmall(baseURL: Self.base)
        for path in project.outputFiles().keys where path.hasSuffix(".html") {
            let page = try #require(project.page(path))
            #expect(page.contains("<meta name=\"description\" content=\""), "\(path)")
            #expect(page.contains("<meta property=\"og:title\" content=\""), "\(path)")
            #expect(page.contains("<meta property=\"og:type\" content=\""), "\(path)")
        }
        let article = try #require(project.page("articles/kerry-lavrov/index.html"))
        #expect(article.contains("<meta property=\"og:type\" content=\"article\">"))
        #expect(article.contains("<meta property=\"og:url\" content=\"\(Self.base)articles/kerry-lavrov/index.html\">"))
    }

    // MARK: - 404 and the timeline by year

    @Test func notFoundPageUsesAbsoluteLinksWhenTheAddressIsKnown() throws {
        let (plain, _) = try buildSmall()
        let relative = try #require(plain.page("404.html"))
        #expect(relative.contains("href=\"assets/style.css\""))
        let (project, _) = try buildSmall(baseURL: Self.base)
        let page = try #require(project.page("404.html"))
        #expect(page.contains("<h1>Page not found</h1>"))
        #expect(page.contains("href=\"\(Self.base)assets/style.css\""))
        #expect(page.contains("href=\"\(Self.base)entities/index.html\""))
        #expect(!page.contains("rel=\"canonical\""))
    }

    @Test func largeTimelineIsSplitIntoOnePagePerYear() throws {
        var events = ""
        for number in 0..<620 {
            let year = 2014 + number % 3
            events += "- date: \(year)-\(number % 12 + 1 < 10 ? "0" : "")\(number % 12 + 1)\n  title: Event number \(number)\n"
        }
        let project = try TestProject(["site.yml": Fixture.site, "content/timeline/many.yml": events])
        let report = try project.build()
        #expect(report.pagesByKind["timeline"] == 4, "the overview and three years")
        let overview = try #require(project.page("timeline/index.html"))
        #expect(!overview.contains("Event number 0<"), "the overview lists years, not events")
        #expect(overview.contains("<svg class=\"year-overview\""))
        #expect(overview.contains("<a href=\"../timeline/2015/index.html\">2015 <span class=\"count\">207"))
        let year = try #require(project.page("timeline/2015/index.html"))
        #expect(year.contains("<h1>2015</h1>"))
        #expect(year.contains("Event number 1<"))
        #expect(!year.contains("Event number 0<"), "2014's events are on 2014's page")
        #expect(year.contains("<svg class=\"year-overview\""))
        #expect(year.contains("<a href=\"../../timeline/2014/index.html\"><title>2014: 207 events</title>"))
        #expect(year.contains("aria-current=\"page\"><title>2015: 207 events</title>"))
        #expect(year.contains("<a rel=\"prev\" href=\"../../timeline/2014/index.html\">"))
        #expect(year.contains("<a rel=\"next\" href=\"../../timeline/2016/index.html\">"))
        let urls = try SearchIndexReader(project).urls("~y:2015").filter { $0.hasPrefix("timeline/") }
        #expect(urls.count == 207 && urls.allSatisfy { $0.hasPrefix("timeline/2015/index.html#y2015-") }, "\(urls.prefix(3))")
    }

    @Test func smallTimelineStaysOnOnePage() throws {
        let (project, _) = try buildSmall()
        #expect(!project.exists("timeline/2016/index.html"))
        let timeline = try #require(project.page("timeline/index.html"))
        #expect(timeline.contains("Month of fighting"))
        #expect(timeline.contains("<a href=\"#y2016\">2016 <span class=\"count\">2"))
    }

    // MARK: - Helpers

    static func isWellFormedXML(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }

    static func attributeValues(_ name: String, in text: String) -> [String] {
        text.components(separatedBy: "\(name)=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }

    static func elements(_ name: String, in text: String) -> [String] {
        text.components(separatedBy: "<\(name)>").dropFirst().compactMap { $0.components(separatedBy: "</\(name)>").first }
    }
}
