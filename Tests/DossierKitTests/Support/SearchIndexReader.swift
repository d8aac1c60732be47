import Foundation

@testable import DossierKit

/// A built site's search index (`search/text/`) read back the way the theme's script reads it:
/// the manifest, every term's documents (split terms put together), the rows, and a query that
/// ranks as the script does (every word required, BM25 over the listed frequencies, the last word
/// also as a prefix).
struct SearchIndexReader {
    let manifest: [String: Any]
    /// Each term's raw lists, one per shard it is in.
    let lists: [String: [[Int]]]
    /// Each document shard's rows, by name (`a-0`).
    let docs: [String: [[String]]]
    /// The files, by name, with their sizes.
    let sizes: [String: Int]

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    init(_ project: TestProject, folder: String = "") throws {
        try self.init(site: project.output.appendingPathComponent(folder))
    }

    /// The index of the site at `site`.
    init(site: URL) throws {
        let url = site.appendingPathComponent(FullTextIndex.folder)
        var manifest: [String: Any]?
        var lists: [String: [[Int]]] = [:]
        var docs: [String: [[String]]] = [:]
        var sizes: [String: Int] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() {
            let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
            sizes[name] = text.utf8.count
            guard text.hasSuffix(");\n") else { throw Failure(description: "\(name) does not end its call") }
            if name == "manifest.js" {
                let json = text.drop { $0 != "{" }.dropLast(3)
                manifest = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            } else if name.hasPrefix("terms-") {
                let json = text.drop { $0 != "{" }.dropLast(3)
                guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [Int]] else {
                    throw Failure(description: "\(name) is not an object of lists")
                }
                for (term, list) in object { lists[term, default: []].append(list) }
            } else if name.hasPrefix("docs-") {
                let key = String(name.dropFirst(5).dropLast(3))
                let json = text.drop { $0 != "[" }.dropLast(3)
                guard let rows = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String]] else {
                    throw Failure(description: "\(name) is not a list of rows")
                }
                docs[key] = rows
            }
        }
        guard let manifest else { throw Failure(description: "no manifest.js") }
        self.manifest = manifest
        self.lists = lists
        self.docs = docs
        self.sizes = sizes
    }

    /// The blocks: kind, first number, count, documents per shard.
    var kinds: [(kind: String, start: Int, count: Int, perShard: Int)] {
        ((manifest["kinds"] as? [[Any]]) ?? []).map { ($0[0] as! String, $0[1] as! Int, $0[2] as! Int, $0[3] as! Int) }
    }

    /// The documents `term` lists with their values (0 for a filter), in number order.
    func postings(_ term: String) -> [(doc: Int, value: Int)] {
        let filter = term.hasPrefix("~")
        var out: [(doc: Int, value: Int)] = []
        for list in lists[term] ?? [] {
            var doc = 0
            var index = 1
            while index < list.count {
                doc += list[index]
                out.append((doc, filter ? 0 : list[index + 1]))
                index += filter ? 1 : 2
            }
        }
        return out.sorted { $0.doc < $1.doc }
    }

    /// The document numbers `term` lists.
    func documents(_ term: String) -> [Int] { postings(term).map(\.doc) }

    /// The kind and row of document `doc`.
    func row(_ doc: Int) -> (kind: String, row: [String])? {
        guard let block = kinds.first(where: { doc >= $0.start && doc < $0.start + $0.count }) else { return nil }
        let offset = doc - block.start
        guard let rows = docs["\(block.kind)-\(offset / block.perShard)"], offset % block.perShard < rows.count else {
            return nil
        }
        return (block.kind, rows[offset % block.perShard])
    }

    /// The URLs of the documents `term` lists.
    func urls(_ term: String) -> [String] { documents(term).compactMap { row($0)?.row[0] } }

    /// The results of `query` of one kind (`e`, `a`, …), best first: URLs.
    func search(_ query: String, kind: String) -> [String] {
        search(query).filter { url in kinds.first { $0.kind == kind }.map { _ in true } ?? false }
            .filter { url in
                let folder = ["e": "entities/", "p": "places/", "a": "articles/", "t": "tags/", "v": "timeline"][kind] ?? ""
                return folder.isEmpty ? !url.contains("/") || url.split(separator: "/").count == 2 : url.hasPrefix(folder)
            }
    }

    /// The results of `query`, best first, as the script ranks them: URLs.
    func search(_ query: String) -> [String] {
        var reader = SearchTerms()
        let words = query.split(separator: " ").map { reader.terms(of: String($0)) }.filter { !$0.isEmpty }
        guard !words.isEmpty, let count = manifest["count"] as? Int, let average = manifest["average"] as? Double else {
            return []
        }
        var total: [Int: Double]?
        for (number, forms) in words.enumerated() {
            let open = number == words.count - 1
            var scores: [Int: Double] = [:]
            for (term, _) in lists where !term.hasPrefix("~") {
                let how: Double = forms.contains(term) ? 1 : (open && forms.contains { term.hasPrefix($0) } ? 0.6 : 0)
                guard how > 0 else { continue }
                let postings = self.postings(term)
                let df = Double(lists[term]?.first?.first ?? postings.count)
                let idf = log(1 + (Double(count) - df + 0.5) / (df + 0.5))
                for (doc, value) in postings {
                    let frequency = Double(value >> 6) / 2
                    let length = pow(2, Double(value & 63) / 3) - 1
                    let score = how * idf * frequency * 2.2 / (frequency + 1.2 * (0.25 + 0.75 * length / average))
                    scores[doc] = max(scores[doc] ?? 0, score)
                }
            }
            if let sofar = total {
                total = sofar.filter { scores[$0.key] != nil }.mapValues { $0 }.merging(scores.filter { sofar[$0.key] != nil }) {
                    $0 + $1
                }
            } else {
                total = scores
            }
        }
        return (total ?? [:]).sorted { $0.value != $1.value ? $0.value > $1.value : $0.key > $1.key }.compactMap {
            row($0.key)?.row[0]
        }
    }
}
