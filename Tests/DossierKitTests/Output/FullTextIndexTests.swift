import Foundation
import Testing

@testable import DossierKit

/// The full-text index: every word of every text, found by the script from a few small files.
@Suite struct FullTextIndexTests {
    /// The index files of the site at `project`, by name.
    private static func files(_ project: TestProject, folder: String = "") throws -> [String: String] {
        let url = project.root.appendingPathComponent("public/" + folder + FullTextIndex.folder)
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: url.path) {
            files[name] = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    /// The documents each term lists, from the term shards.
    private static func postings(_ files: [String: String]) throws -> [String: [Int]] {
        var postings: [String: [Int]] = [:]
        for (name, text) in files where name.hasPrefix("terms-") {
            let json = text.drop { $0 != "{" }.dropLast(3)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [Int]])
            for (term, list) in object { postings[term] = stride(from: 0, to: list.count, by: 2).map { list[$0] } }
        }
        return postings
    }

    @Test func aWordOnlyInABodyIsIndexedInEveryScript() throws {
        let project = try TestProject([
            "site.yml": "title: T\nlanguage: en\n",
            "content/articles/a.md":
                "---\ntitle: Fighting\ndate: 2016-04-02\nentities: [X]\n---\nGrad rockets hit Tärtär; **Лавров** spoke.\n",
            "content/articles/b.md": "---\ntitle: Talks\ndate: 2016-05-16\n---\nThe presidents met.\n",
            "content/entities/x.md": "---\nname: X\n---\nA profile that mentions rockets.\n",
        ])
        try project.build()
        let files = try Self.files(project)
        let postings = try Self.postings(files)
        let manifest = try #require(files["manifest.js"])
        #expect(manifest.contains("\"count\":3"))
        // The articles come first, newest first: b is 0, a is 1, the entity 2.
        #expect(postings["grad"] == [1])
        #expect(postings["rockets"] == [1, 2])
        #expect(postings["tartar"] == [1], "diacritics folded")
        #expect(postings["лавров"] == [1] && postings["lavrov"] == [1], "a Cyrillic word also in Latin letters")
        #expect(postings["~y:2016"] == [0, 1] && postings["~e:x"] == [1, 2], "filters are terms")
        #expect(postings["presidents"] == [0])
        let documents = try #require(files["docs-0.js"])
        #expect(
            documents.contains(
                "[\"a\",\"articles/a/index.html\",\"Fighting\",\"2016-04-02\",\"Grad rockets hit Tärtär; Лавров spoke.\"]"))
    }

    @Test func shardsAreSmallAndInOrder() throws {
        var files = ["site.yml": "title: T\nlanguage: en\n"]
        for number in 0..<400 {
            let words = (0..<60).map { "word\(number * 7 + $0)" }.joined(separator: " ")
            files["content/articles/a\(number).md"] = "---\ntitle: Article \(number)\ndate: 2016-04-02\n---\n\(words)\n"
        }
        let project = try TestProject(files)
        try project.build()
        let index = try Self.files(project)
        let terms = index.filter { $0.key.hasPrefix("terms-") }
        #expect(terms.count > 3)
        #expect(terms.values.allSatisfy { $0.utf8.count <= 64 * 1024 })
        #expect(index.filter { $0.key.hasPrefix("docs-") }.count == 400 / FullTextIndex.documentsPerShard)
        let manifest = try #require(index["manifest.js"])
        let json = manifest.drop { $0 != "{" }.dropLast(3)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let firsts = try #require(object["shards"] as? [String])
        #expect(firsts == firsts.sorted(by: FullTextIndex.precedes) && firsts.count == terms.count)
        // Each shard's terms lie between its first term and the next shard's.
        for (number, first) in firsts.enumerated() {
            let shard = try #require(index["terms-\(number).js"])
            #expect(shard.hasPrefix("DOSSIER_TEXT.terms(\(number),{\(JSONText.encode(first)):"))
        }
    }

    @Test func eachLanguageHasItsOwnIndex() throws {
        let project = try TestProject(MultilingualSiteTests.files)
        try project.build()
        let english = try Self.postings(try Self.files(project))
        let russian = try Self.postings(try Self.files(project, folder: "ru/"))
        #expect(english["fighting"] != nil && english["бои"] == nil)
        #expect(russian["бои"] != nil && russian["boi"] != nil, "the Russian edition's text, in Latin letters too")
    }

    @Test func aHugeWordIsNotIndexed() {
        var terms = SearchTerms()
        #expect(terms.terms(of: "short " + String(repeating: "a", count: 100_000) + " words") == ["short", "words"])
    }

    @Test func htmlIsReadAsText() {
        #expect(
            HTMLText.plain("<p>Washington, <strong>D.C.</strong>, hosted</p><ul><li>one</li><li>two &amp; three</li></ul>")
                == "Washington, D.C., hosted one two & three")
    }

    @Test func aTermInVeryManyDocumentsGoesOnOverSeveralShards() throws {
        let documents = (0..<6000).map { number in
            FullTextIndex.Document(
                kind: "a", url: "articles/a\(number)/index.html", title: "Report \(number)", meta: "2016-04-02",
                fields: [("Report \(number) on the ceasefire", 3)], excerpt: "", filters: ["~y:2016"])
        }
        let files = FullTextIndex.files(of: documents)
        #expect(files.allSatisfy { $0.data.count <= 64 * 1024 }, "\(files.map(\.data.count).max() ?? 0)")
        let manifest = try #require(String(data: files[0].data, encoding: .utf8))
        #expect(manifest.components(separatedBy: "\"~y:2016\"").count - 1 > 1, "the filter starts several shards")
        var listed = 0
        for file in files where file.path.contains("terms-") {
            let text = String(decoding: file.data, as: UTF8.self)
            let json = text.drop { $0 != "{" }.dropLast(3)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [Int]])
            listed += (object["~y:2016"]?.count ?? 0) / 2
        }
        #expect(listed == 6000, "every document is listed once")
    }
}
