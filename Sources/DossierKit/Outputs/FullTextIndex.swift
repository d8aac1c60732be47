import Foundation

/// The search index: every word of every document (`SearchDocuments`), written as small scripts a
/// page loads with `<script>` tags, which browsers allow from `file://`:
///
/// - `search/text/manifest.js`: the documents' blocks (`[kind, first number, count, per shard]`),
///   their number and average length, the years the filters offer, and the first term of each
///   term shard;
/// - `search/text/terms-<hash>.js`: terms in order, each `"term":[df, gap, value, gap, value, …]`:
///   the number of documents it is in, then its documents, each as the gap from the one before
///   (the first from 0) and `value` = weighted term frequency × 2, shifted left 6 bits, plus the
///   document's length class (`round(3 × log2(1 + length))`). A filter term (`~y:2016`,
///   `~e:<entity id>`, `~p:<place id>`) lists gaps only. A term in more documents than a shard
///   holds goes on over the next shards, which start with it too;
/// - `search/text/docs-<kind>-<n>.js`: a kind's document rows, loaded only for the results shown;
/// - `search/text/text-<kind>-<offset>.js`: the text of a document whose excerpt is cut (up to
///   `TermCounts.textLimit`), loaded for a result shown whose excerpt lacks the words sought, to
///   show the passage that has them, and to check a quoted phrase.
///
/// The script scores with BM25 (k1 1.2, b 0.75) from these numbers and the manifest's, so a
/// shard's bytes depend only on the documents of its terms: a change to one document rewrites only
/// the shards of its words. Shards are named by the hash of their first term and end where a
/// term's hash says so (once past `minShardBytes`), so a new word changes one shard's bytes and no
/// other shard's name.
///
/// A query loads the manifest, the one or two term shards of each of its words, and the document
/// shards of the results it shows: a few dozen kilobytes, whatever the size of the dossier.
enum FullTextIndex {
    /// The folder of the index in the site.
    static let folder = "search/text/"
    /// A term shard ends before the term that would take it past this many bytes.
    static let shardBytes = 40 * 1024
    /// The longest part of one term's list, in bytes: a longer one goes on in the next shard.
    static let partBytes = 32 * 1024
    /// A shard ends only once past this many bytes, before a term whose hash is a multiple of 8.
    static let minShardBytes = 12 * 1024
    /// The most documents a term lists (its best): a term in more says little about any.
    static let postingLimit = 2000
    /// The BM25 parameters, as the script uses them.
    static let k1: Float = 1.2
    static let b: Float = 0.75

    /// The index's files: their paths in the site and their scripts.
    static func files(of documents: SearchDocuments, memo: (any SearchCountMemo)? = nil) -> [(path: String, data: Data)] {
        let counted = TermCounts(documents, memo: memo)
        var files: [(path: String, data: Data)] = []
        // Each term's entry (one, or several parts for a term whose list is longer than a part),
        // made in parallel.
        let entries = Array(counted.terms.indices).parallelMap { counted.entryParts(of: $0) }
        // Shards: entries in order; a shard ends before an entry that would take it past
        // `shardBytes`, or once past `minShardBytes` before a term whose hash says so; each part
        // of a split term starts a shard of its own.
        var shards: [(first: String, part: Int, entries: [[UInt8]])] = []
        var size = 0
        var afterSplit = false
        for (number, parts) in entries.enumerated() {
            let term = counted.terms[number]
            for (part, entry) in parts.enumerated() {
                let split = parts.count > 1
                let boundary = size >= minShardBytes && ShardName.hash(term) % 8 == 0
                if shards.isEmpty || split || afterSplit || size + entry.count + 1 > shardBytes || boundary {
                    shards.append((term, part, []))
                    size = 0
                }
                shards[shards.count - 1].entries.append(entry)
                size += entry.count + 1
                afterSplit = split
            }
        }
        // Names: the first term's hash (and the part of a split term); a name two shards would
        // share is written out in the manifest.
        var names: [String] = []
        var taken = Set<String>()
        var written: [String: String] = [:]
        for (number, shard) in shards.enumerated() {
            var name = ShardName.name(shard.first, part: shard.part)
            if !taken.insert(name).inserted {
                name += "x\(number)"
                taken.insert(name)
                written[String(number)] = name
            }
            names.append(name)
        }
        let shardTexts = Array(shards.indices).parallelMap { number -> Data in
            var bytes = Array("DOSSIER_TEXT.terms(\(JSONText.encode(names[number])),{".utf8)
            for (index, entry) in shards[number].entries.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes += entry
            }
            bytes += Array("});\n".utf8)
            return Data(bytes)
        }
        for (number, data) in shardTexts.enumerated() { files.append((path: folder + "terms-\(names[number]).js", data: data)) }
        // Document shards, a kind's at a time, made in parallel.
        let shardsOfRows = documents.blocks.flatMap { block in
            stride(from: 0, to: block.documents.count, by: block.kind.perShard).map { (block: block, start: $0) }
        }
        files += shardsOfRows.parallelMap { shard -> (path: String, data: Data) in
            let per = shard.block.kind.perShard
            let rows = shard.block.documents[shard.start..<min(shard.start + per, shard.block.documents.count)].map(\.row)
            let name = "\(shard.block.kind.rawValue)-\(shard.start / per)"
            return (
                path: folder + "docs-\(name).js",
                data: Data("DOSSIER_TEXT.docs(\"\(name)\",\(Markup.scriptSafeJSON(rows)));\n".utf8)
            )
        }
        // Texts, one script per document, loaded for the passage of a result shown; made in parallel.
        files += counted.texts.parallelMap { number, text -> (path: String, data: Data)? in
            guard let block = documents.blocks.last(where: { $0.start <= number }) else { return nil }
            let name = "\(block.kind.rawValue)-\(number - block.start)"
            return (
                path: folder + "text-\(name).js",
                data: Data("DOSSIER_TEXT.text(\"\(name)\",\(Markup.scriptSafeJSON(text)));\n".utf8)
            )
        }.compactMap { $0 }
        var manifest: [String: Any] = [
            "version": 2, "count": counted.documentCount, "average": (Double(counted.averageLength) * 100).rounded() / 100,
            "kinds": documents.blocks.map { [$0.kind.rawValue, $0.start, $0.documents.count, $0.kind.perShard] },
            "years": counted.years, "shards": shards.map(\.first),
        ]
        if !written.isEmpty { manifest["names"] = written }
        files.insert(
            (path: folder + "manifest.js", data: Data("DOSSIER_TEXT.manifest(\(Markup.scriptSafeJSON(manifest)));\n".utf8)),
            at: 0)
        return files
    }

    /// Term order by Unicode code points (their UTF-8 bytes' order), as the script compares them.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// A document's length class: `round(3 × log2(1 + length))`, at most 63.
    static func lengthClass(_ length: Int) -> Int {
        min(63, Int((3 * log2(1 + Double(length))).rounded()))
    }
}

/// The names of term shards: the FNV-1a hash of the first term's UTF-8 bytes, in hexadecimal, and
/// for a part after the first of a split term, `-<part>` (as the script works them out).
enum ShardName {
    static func hash(_ term: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in term.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return hash
    }

    static func name(_ term: String, part: Int) -> String {
        let hex = String(hash(term), radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex + (part > 0 ? "-\(part)" : "")
    }
}
