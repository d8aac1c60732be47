import Foundation

/// The full-text search index: every article, entity, place and stand-alone page as a document
/// (events, which are titles only, are in the name index, `SearchIndex`), its words weighted by field (a title or name counts more than the text), scored as
/// BM25 does at build time, and written as small scripts a page loads with `<script>` tags, which
/// browsers allow from `file://`:
///
/// - `search/text/manifest.js`: the number of documents, the first term of each term shard, the
///   documents per document shard;
/// - `search/text/terms-<n>.js`: terms in order, each with its documents and scores
///   (`[doc, score, doc, score, …]`, by document); filters are terms too (`~y:2016`,
///   `~e:<entity id>`, `~p:<place id>`), for the script to narrow a search by; a term with more
///   documents than a shard holds goes on over the next shards, which then start with it too;
/// - `search/text/docs-<n>.js`: the documents, `[kind, url, title, meta, excerpt]`, loaded only
///   for the results shown.
///
/// A query loads the manifest, the one or two term shards of each of its words, and the document
/// shards of the results it shows: a few dozen kilobytes, whatever the size of the dossier.
struct FullTextIndex {
    /// One searchable thing.
    struct Document: Sendable {
        /// `a` article, `e` entity, `p` place, `g` page.
        let kind: String
        /// Its page, from the site's root.
        let url: String
        let title: String
        /// A date (`2016-04-05`) or a type (`person`), as the script shows it.
        let meta: String
        /// Its words, field by field, with each field's weight.
        let fields: [(text: String, weight: Double)]
        /// The start of its text, for the snippet under a result.
        let excerpt: String
        /// The filters it answers to.
        let filters: [String]
    }

    /// The folder of the index in the site.
    static let folder = "search/text/"
    /// The largest term shard, in bytes, before a new one starts.
    static let shardBytes = 32 * 1024
    /// Documents per document shard: the results shown load a shard each at most.
    static let documentsPerShard = 8
    /// The most documents a term lists (its best scores): a term in more says little about any.
    static let postingLimit = 2000
    /// The characters of a document's text kept for its snippet (the script shows the part around
    /// the first word it matches).
    static let excerptLength = 700

    /// The documents of `graph`, with the text of its `bodies`.
    static func documents(in graph: DossierGraph, bodies: RenderedBodies) -> [Document] {
        var documents: [Document] = []
        // The bodies' text, read in parallel: most of the index's input.
        func texts(_ rendered: [RenderedMarkdown], count: Int) -> [String] {
            Array(0..<count).parallelMap { $0 < rendered.count ? HTMLText.plain(rendered[$0].html) : "" }
        }
        let articleTexts = texts(bodies.articles, count: graph.articles.count)
        let entityTexts = texts(bodies.entities, count: graph.entities.count)
        let placeTexts = texts(bodies.places, count: graph.places.count)
        let pageTexts = texts(bodies.pages, count: graph.pages.count)
        for (number, article) in graph.articles.enumerated() {
            let text = articleTexts[number]
            let links = graph.articleLinks[number]
            documents.append(
                Document(
                    kind: "a", url: SiteURLs.article(article.id), title: article.title, meta: article.date.description,
                    fields: [
                        (article.title, 3), (article.summary ?? "", 1.5), (links.tagSlugs.joined(separator: " "), 1.5), (text, 1),
                    ],
                    excerpt: excerpt([article.summary ?? "", text].filter { !$0.isEmpty }.joined(separator: " ")),
                    filters: ["~y:\(article.date.year)"] + links.entityIDs.map { "~e:" + $0 }
                        + links.placeIDs.map { "~p:" + $0 }))
        }
        for (number, entity) in graph.entities.enumerated() {
            let text = entityTexts[number]
            documents.append(
                Document(
                    kind: "e", url: SiteURLs.entity(entity.id), title: entity.name, meta: entity.type.rawValue,
                    fields: [(entity.name, 3), (entity.aliases.joined(separator: " "), 3), (entity.role ?? "", 1.5), (text, 1)],
                    excerpt: excerpt(entity.role.map { $0 + ". " + text } ?? text), filters: ["~e:" + entity.id]))
        }
        for (number, place) in graph.places.enumerated() {
            let text = placeTexts[number]
            documents.append(
                Document(
                    kind: "p", url: SiteURLs.place(place.id), title: place.name, meta: place.type.rawValue,
                    fields: [(place.name, 3), (place.aliases.joined(separator: " "), 3), (text, 1)], excerpt: excerpt(text),
                    filters: ["~p:" + place.id]))
        }
        for (number, page) in graph.pages.enumerated() {
            let text = pageTexts[number]
            documents.append(
                Document(
                    kind: "g", url: SiteURLs.page(page.id), title: page.title, meta: "",
                    fields: [(page.title, 3), (page.summary ?? "", 1.5), (text, 1)],
                    excerpt: excerpt([page.summary ?? "", text].filter { !$0.isEmpty }.joined(separator: " ")),
                    filters: []))
        }
        return documents
    }

    /// The start of `text`, cut at a word.
    private static func excerpt(_ text: String) -> String {
        guard text.count > excerptLength else { return text }
        let cut = text.prefix(excerptLength)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }

    /// The index's files of `documents`: their paths in the site and their scripts.
    static func files(of documents: [Document]) -> [(path: String, data: Data)] {
        let postings = self.postings(of: documents)
        var files: [(path: String, data: Data)] = []
        // Terms in code point order (their UTF-8 bytes', compared as arrays: quick for many terms).
        let keyed = postings.keys.map { (bytes: Array($0.utf8), term: $0) }
        let terms = keyed.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }.map(\.term)
        // Each term's entries, made in parallel: one, or several for a term whose list is longer
        // than a shard holds.
        let entries = terms.parallelMap { term -> [String] in
            let key = JSONText.encode(term)
            var made: [String] = []
            var entry = key + ":["
            var first = true
            for posting in postings[term]! {
                if entry.utf8.count > shardBytes - 32 {
                    made.append(entry + "]")
                    entry = key + ":["
                    first = true
                }
                if !first { entry += "," }
                first = false
                entry += String(posting.document)
                entry += ","
                entry += String(posting.score)
            }
            made.append(entry + "]")
            return made
        }
        // Shards: entries in order, a shard closed when it would pass `shardBytes`, a term split
        // over several starting each of its own; then each shard's text made in parallel.
        var shards: [(first: String, entries: [String])] = []
        var size = 0
        for (term, parts) in zip(terms, entries) {
            for entry in parts {
                let bytes = entry.utf8.count + 1
                if shards.isEmpty || size + bytes > shardBytes || parts.count > 1 {
                    shards.append((term, []))
                    size = 0
                }
                shards[shards.count - 1].entries.append(entry)
                size += bytes
            }
        }
        let firstTerms = shards.map(\.first)
        let shardTexts = Array(shards.indices).parallelMap { number in
            Data("DOSSIER_TEXT.terms(\(number),{\(shards[number].entries.joined(separator: ","))});\n".utf8)
        }
        for (number, data) in shardTexts.enumerated() { files.append((path: folder + "terms-\(number).js", data: data)) }
        // Document shards.
        for start in stride(from: 0, to: documents.count, by: documentsPerShard) {
            let rows = documents[start..<min(start + documentsPerShard, documents.count)].map { document -> [Any] in
                [document.kind, document.url, document.title, document.meta, document.excerpt]
            }
            let number = start / documentsPerShard
            files.append(
                (path: folder + "docs-\(number).js", data: Data("DOSSIER_TEXT.docs(\(number),\(JSONText.encode(rows)));\n".utf8)))
        }
        let manifest: [String: Any] = ["count": documents.count, "shards": firstTerms, "perShard": documentsPerShard]
        files.insert(
            (path: folder + "manifest.js", data: Data("DOSSIER_TEXT.manifest(\(JSONText.encode(manifest)));\n".utf8)), at: 0)
        return files
    }

    /// Term order by Unicode code points (their UTF-8 bytes' order), as the script compares them.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// Each term's documents with their BM25 scores (k1 1.2, b 0.75, fields weighted), at most
    /// `postingLimit` (the best), by document.
    static func postings(of documents: [Document]) -> [String: [(document: Int, score: Int)]] {
        // Term frequencies per document, weighted by field, in parallel over chunks of documents.
        let chunks = stride(from: 0, to: documents.count, by: 256).map { $0..<min($0 + 256, documents.count) }
        let counted = chunks.parallelMap { range -> [(frequencies: [String: Double], length: Double)] in
            var terms = SearchTerms()
            return range.map { number in
                var frequencies: [String: Double] = [:]
                var length = 0.0
                for field in documents[number].fields where !field.text.isEmpty {
                    for term in terms.terms(of: field.text) {
                        frequencies[term, default: 0] += field.weight
                        length += 1
                    }
                }
                return (frequencies, length)
            }
        }.flatMap { $0 }
        let averageLength = max(1, counted.map(\.length).reduce(0, +) / Double(max(counted.count, 1)))
        var byTerm: [String: [(document: Int, weight: Double, length: Double)]] = [:]
        for (number, document) in counted.enumerated() {
            for (term, frequency) in document.frequencies {
                byTerm[term, default: []].append((number, frequency, document.length))
            }
        }
        let count = Double(documents.count)
        let entries = Array(byTerm)
        let scoredLists = entries.parallelMap { term, list -> [(document: Int, score: Int)] in
            let idf = log(1 + (count - Double(list.count) + 0.5) / (Double(list.count) + 0.5))
            var scored = list.map { entry -> (document: Int, score: Int) in
                let norm = 1.2 * (0.25 + 0.75 * entry.length / averageLength)
                let score = idf * entry.weight * 2.2 / (entry.weight + norm)
                return (entry.document, max(1, Int((score * 100).rounded())))
            }
            if scored.count > postingLimit {
                scored = Array(scored.sorted { $0.score > $1.score }.prefix(postingLimit))
            }
            return scored.sorted { $0.document < $1.document }
        }
        var postings = Dictionary(uniqueKeysWithValues: zip(entries.map(\.key), scoredLists))
        // Filters: every document that answers to one, unscored.
        for (number, document) in documents.enumerated() {
            for filter in document.filters { postings[filter, default: []].append((number, 0)) }
        }
        return postings
    }
}
