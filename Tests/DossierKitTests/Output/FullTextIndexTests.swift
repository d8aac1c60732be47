import Foundation
import Testing

@testable import DossierKit

/// The search index: every word of every text, found by the script from a few small files.
@Suite struct FullTextIndexTests {
    /// 400 articles of 60 words each, the words of each overlapping the next's: enough terms for
    /// several shards.
    static let manyArticles: [String: String] = {
        var files = ["site.yml": "title: T\nlanguage: en\n"]
        for number in 0..<400 {
            let words = (0..<60).map { "word\(number * 7 + $0)" }.joined(separator: " ")
            files["content/articles/a\(number).md"] = "---\ntitle: Article \(number)\ndate: 2016-04-02\n---\n\(words)\n"
        }
        return files
    }()

    @Test func aWordOnlyInABodyIsIndexedInEveryScript() throws {
        let project = try TestProject([
            "site.yml": "title: T\nlanguage: en\n",
            "content/articles/a.md":
                "---\ntitle: Fighting\ndate: 2016-04-02\nentities: [X]\nplaces: [Tartar]\n---\nGrad rockets hit Tärtär; **Лавров** spoke.\n",
            "content/articles/b.md": "---\ntitle: Talks\ndate: 2016-05-16\n---\nThe presidents met.\n",
            "content/entities/x.md": "---\nname: X\n---\nA profile that mentions rockets.\n",
            "content/places/tartar.md": "---\nname: Tartar\nin: Azerbaijan\n---\n",
            "content/places/azerbaijan.md": "---\nname: Azerbaijan\n---\n",
        ])
        try project.build()
        let index = try SearchIndexReader(project)
        #expect(index.manifest["version"] as? Int == 2)
        #expect(index.urls("grad") == ["articles/a/index.html"])
        #expect(index.urls("rockets") == ["entities/x/index.html", "articles/a/index.html"], "entities come first")
        #expect(index.urls("tartar").contains("articles/a/index.html"), "diacritics folded")
        #expect(index.urls("лавров") == ["articles/a/index.html"] && index.urls("lavrov") == ["articles/a/index.html"])
        #expect(index.urls("~y:2016") == ["articles/a/index.html", "articles/b/index.html"], "articles oldest first")
        #expect(
            index.urls("~e:x") == ["entities/x/index.html", "articles/a/index.html"], "the profile first, then what mentions it")
        #expect(index.urls("~p:azerbaijan").contains("articles/a/index.html"), "a place's filter takes in the places within it")
        #expect(index.urls("presidents") == ["articles/b/index.html"])
        let article = try #require(index.row(index.documents("grad")[0]))
        #expect(article.kind == "a")
        #expect(article.row == ["articles/a/index.html", "Fighting", "2016-04-02", "Grad rockets hit Tärtär; Лавров spoke."])
        #expect(index.manifest["years"] as? [Int] == [2016])
    }

    @Test func eventsAndTagsAreDocumentsWithTheirPlaceOnTheTimeline() throws {
        let project = try TestProject([
            "site.yml": "title: T\nlanguage: en\n",
            "content/articles/a.md":
                "---\ntitle: Fighting\ndate: 2016-04-02\ntags: [Shelling]\nevents:\n  - date: 2016-04-02\n    title: Heavy shelling near Talish\n---\nText.\n",
        ])
        try project.build()
        let index = try SearchIndexReader(project)
        #expect(index.urls("talish") == ["timeline/index.html#y2016-04"])
        let event = try #require(index.row(index.documents("talish")[0]))
        #expect(event.kind == "v" && event.row[2] == "2016-04-02")
        #expect(index.urls("shelling").contains("tags/shelling/index.html"))
    }

    @Test func shardsAreSmallNamedByTheirFirstTermAndInOrder() throws {
        let project = try TestProject(Self.manyArticles)
        try project.build()
        let index = try SearchIndexReader(project)
        let terms = index.sizes.filter { $0.key.hasPrefix("terms-") }
        #expect(terms.count > 3)
        #expect(index.sizes.values.allSatisfy { $0 <= 64 * 1024 }, "\(index.sizes.values.max() ?? 0)")
        #expect(index.sizes.filter { $0.key.hasPrefix("docs-a-") }.count == 400 / SearchDocuments.Kind.article.perShard)
        let firsts = try #require(index.manifest["shards"] as? [String])
        #expect(firsts == firsts.sorted(by: FullTextIndex.precedes) && firsts.count == terms.count)
        #expect(Set(firsts.map { "terms-" + ShardName.name($0, part: 0) + ".js" }) == Set(terms.keys))
        // Each shard's terms lie between its first term and the next shard's.
        for (number, first) in firsts.enumerated() {
            let name = "terms-" + ShardName.name(first, part: 0) + ".js"
            let text = try #require(project.page("search/text/" + name))
            #expect(text.hasPrefix("DOSSIER_TEXT.terms(\"\(ShardName.name(first, part: 0))\",{\(JSONText.encode(first)):"))
            let keys = text.components(separatedBy: "\":[").dropLast().map { $0.components(separatedBy: "\"").last ?? "" }
            let next = number + 1 < firsts.count ? firsts[number + 1] : nil
            #expect(
                keys.allSatisfy { key in
                    !FullTextIndex.precedes(key, first) && (next.map { FullTextIndex.precedes(key, $0) } ?? true)
                })
        }
    }

    @Test func anEditRewritesOnlyTheShardsOfItsWords() throws {
        let files = Self.manyArticles
        let project = try TestProject(files)
        try project.build()
        let folder = project.output.appendingPathComponent(FullTextIndex.folder)
        func stamps() throws -> [String: Date] {
            var stamps: [String: Date] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
                stamps[name] = attributes[.modificationDate] as? Date
            }
            return stamps
        }
        let before = try stamps()
        let old = try #require(files["content/articles/a200.md"])
        try project.write("content/articles/a200.md", old.replacingOccurrences(of: "word1400 ", with: "word1400 talish "))
        try project.build()
        let after = try stamps()
        let changed = after.filter { before[$0.key] != $0.value }.keys.sorted()
        let shards = before.keys.filter { $0.hasPrefix("terms-") }.count
        #expect(shards > 6)
        #expect(changed.filter { $0.hasPrefix("terms-") }.count <= 3, "\(changed)")
        #expect(changed.filter { $0.hasPrefix("docs-") }.count == 1, "only the edited article's shard: \(changed)")
        #expect(try SearchIndexReader(project).urls("talish") == ["articles/a200/index.html"])
    }

    @Test func eachLanguageHasItsOwnIndex() throws {
        let project = try TestProject(MultilingualSiteTests.files)
        try project.build()
        let english = try SearchIndexReader(project)
        let russian = try SearchIndexReader(project, folder: "ru/")
        #expect(!english.urls("fighting").isEmpty && english.urls("бои").isEmpty)
        #expect(!russian.urls("бои").isEmpty && !russian.urls("boi").isEmpty, "the Russian edition's text, in Latin letters too")
    }

    @Test func aHugeWordIsNotIndexed() {
        var terms = SearchTerms()
        #expect(terms.terms(of: "short " + String(repeating: "a", count: 100_000) + " words") == ["short", "words"])
    }

    @Test func htmlIsReadAsText() {
        #expect(
            HTMLText.plain("<p>Washington, <strong>D.C.</strong>, hosted</p><ul><li>one</li><li>two &amp; three</li></ul>")
                == "Washington, D.C., hosted one two & three")
        var terms = SearchTerms()
        #expect(
            terms.terms(of: "<p class=\"lead\">Grad&nbsp;rockets</p><p>hit Ma&#39;alot &amp; T&#xE4;rtär</p>", html: true)
                == ["grad", "rockets", "hit", "maalot", "tartar"], "tags and their attributes are not words")
    }

    @Test func aTermInVeryManyDocumentsGoesOnOverSeveralShards() throws {
        let documents = (0..<20000).map { number in
            SearchDocuments.Document(
                kind: .article, row: ["articles/a\(number)/index.html", "Report \(number)", "2016-04-02"],
                fields: [SearchDocuments.Field(text: "Report \(number) on the ceasefire", weight: 3)], filters: ["~y:2016"])
        }
        let files = FullTextIndex.files(of: SearchDocuments(blocks: [.init(kind: .article, start: 0, documents: documents)]))
        #expect(files.allSatisfy { $0.data.count <= 64 * 1024 }, "\(files.map(\.data.count).max() ?? 0)")
        let manifest = try #require(String(data: files[0].data, encoding: .utf8))
        #expect(manifest.components(separatedBy: "\"~y:2016\"").count - 1 > 1, "the filter starts several shards")
        #expect(files.contains { $0.path.hasSuffix("terms-" + ShardName.name("~y:2016", part: 1) + ".js") })
        var listed = 0
        for file in files where file.path.contains("terms-") {
            let text = String(decoding: file.data, as: UTF8.self)
            let json = text.drop { $0 != "{" }.dropLast(3)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [Int]])
            if let list = object["~y:2016"] {
                #expect(list[0] == 20000, "each part says how many documents the term is in")
                listed += list.count - 1
            }
            if let list = object["ceasefire"] { #expect(list[0] == 20000 && list.count == 1 + 2 * FullTextIndex.postingLimit) }
        }
        #expect(listed == 20000, "every document is listed once")
    }

    /// The sample's own queries, and what a reader expects first.
    @Test func theSampleQueriesFindWhatAReaderExpects() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-search-\(UUID().uuidString)")
        let options = BuildOptions(projectRoot: SampleSiteTests.repositoryRoot, outputDirectory: output)
        try SiteBuilder(options: options).build()
        let index = try SearchIndexReader(site: output)
        // The list is shared with scripts/search-relevance.py, which runs it on Dossier's search
        // page and on Pagefind's index of the same site.
        let file = SampleSiteTests.repositoryRoot.appendingPathComponent("Tests/sample-queries.json")
        let list = try JSONDecoder().decode(SampleQueries.self, from: Data(contentsOf: file))
        #expect(list.queries.count >= 20)
        for (query, kind, first) in list.queries.map({ ($0.query, $0.kind, $0.first) }) {
            let found = index.search(query, kind: kind)
            #expect(found.first == first, "\(query) (\(kind)): \(found.prefix(3))")
        }
        #expect(!index.search("helicop").isEmpty, "the last word is a prefix")
    }
}

/// `Tests/sample-queries.json`: the sample's queries and the page expected first of its kind.
private struct SampleQueries: Decodable {
    struct Query: Decodable {
        let query: String
        let kind: String
        let first: String
    }
    let queries: [Query]
}
