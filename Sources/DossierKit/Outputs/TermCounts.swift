import Foundation

/// Each term of the search index with the documents it is in: every word of every document's
/// texts (weighted by field) and every filter a document answers to, terms in code point order,
/// each term's documents in number order. Counted in parallel over chunks of documents, each with
/// its own vocabulary, then merged by term.
struct TermCounts {
    /// The terms, in code point order.
    let terms: [String]
    /// How many documents there are.
    let documentCount: Int
    /// Their average length, in words.
    let averageLength: Float
    /// The years of the `~y:` filters, in order.
    let years: [Int]
    /// The text of each document whose excerpt is cut (the start of its body, read as it is
    /// counted, at most `textLimit` bytes), by number: the script shows the passage that matched
    /// from it.
    let texts: [(number: Int, text: String)]
    /// The most of a body's text kept for its passages.
    static let textLimit = 16 * 1024

    /// For each term (by position in `terms`), the range of its documents in `documents`.
    private let ranges: [Range<Int>]
    /// Document numbers, term by term.
    private let documents: [Int32]
    /// Each listed document's weighted term frequency (0 for a filter).
    private let weights: [Float]
    /// Each document's length, by number.
    private let lengths: [Int32]

    /// The counts of a run of documents, each with its own numbering of terms.
    struct Chunk: Sendable {
        var words: [String] = []
        var postings: [(document: Int32, term: Int32, weight: Float)] = []
        var lengths: [(document: Int32, length: Int32)] = []
        var texts: [(number: Int, text: String)] = []
    }

    init(_ source: SearchDocuments, memo: (any SearchCountMemo)? = nil) {
        var numbered: [(number: Int, document: SearchDocuments.Document)] = []
        for block in source.blocks {
            for (offset, document) in block.documents.enumerated() { numbered.append((block.start + offset, document)) }
        }
        let chunkRanges = stride(from: 0, to: numbered.count, by: 256).map { $0..<min($0 + 256, numbered.count) }
        let chunks = chunkRanges.parallelMap { range -> Chunk in
            guard let memo else { return Self.count(numbered[range]) }
            return memo.counted(Self.digest(numbered[range])) { Self.count(numbered[range]) }
        }
        // One vocabulary: each chunk's terms mapped to the merged ones.
        var merged: [String: Int32] = [:]
        var words: [String] = []
        let maps = chunks.map { chunk in
            chunk.words.map { word -> Int32 in
                if let known = merged[word] { return known }
                let made = Int32(words.count)
                merged[word] = made
                words.append(word)
                return made
            }
        }
        // Each term's documents, in number order (chunks are in number order, and so are their
        // documents), laid out term after term.
        var counts = [Int](repeating: 0, count: words.count + 1)
        for (chunk, map) in zip(chunks, maps) {
            for posting in chunk.postings { counts[Int(map[Int(posting.term)]) + 1] += 1 }
        }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        var next = counts
        var documents = [Int32](repeating: 0, count: counts.last ?? 0)
        var weights = [Float](repeating: 0, count: counts.last ?? 0)
        for (chunk, map) in zip(chunks, maps) {
            for posting in chunk.postings {
                let term = Int(map[Int(posting.term)])
                let at = next[term]
                documents[at] = posting.document
                weights[at] = posting.weight
                next[term] += 1
            }
        }
        // Terms in code point order (their UTF-8 bytes', compared as arrays: quick for many terms).
        let keyed = words.indices.map { (bytes: Array(words[$0].utf8), id: $0) }
        let order = keyed.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }.map(\.id)
        terms = order.map { words[$0] }
        ranges = order.map { counts[$0]..<counts[$0 + 1] }
        self.documents = documents
        self.weights = weights
        var lengths = [Int32](repeating: 0, count: (numbered.last?.number ?? 0) + 1)
        var total = 0
        for chunk in chunks {
            for entry in chunk.lengths {
                lengths[Int(entry.document)] = entry.length
                total += Int(entry.length)
            }
        }
        self.lengths = lengths
        texts = chunks.flatMap(\.texts)
        documentCount = numbered.count
        averageLength = max(1, Float(total) / Float(max(1, numbered.count)))
        years = terms.compactMap { $0.hasPrefix("~y:") ? Int($0.dropFirst(3)) : nil }.sorted()
    }

    /// The counts of `documents` (numbered).
    static func count(_ documents: ArraySlice<(number: Int, document: SearchDocuments.Document)>) -> Chunk {
        var chunk = Chunk()
        var reader = SearchTerms()
        var tally = Tally()
        for (number, document) in documents {
            var length: Int32 = 0
            let cut = document.row.count > 3 && document.row[3].hasSuffix("…")
            for field in document.fields where !field.text.isEmpty {
                let keeping = cut && field.html ? Self.textLimit : 0
                reader.scan(field.text, html: field.html, keepingText: keeping) { term, sameWord in
                    tally.add(term, field.weight)
                    if !sameWord { length += 1 }
                }
                if keeping > 0 {
                    var text = reader.text
                    while let last = text.last, last == 0x20 || (text.count >= keeping && UTF8.isContinuation(last)) {
                        text.removeLast()
                    }
                    if text.count >= keeping, let last = text.last, last >= 0xC0 { text.removeLast() }
                    chunk.texts.append(
                        (number, String(decoding: text.first == 0x20 ? text.dropFirst() : text[...], as: UTF8.self)))
                }
            }
            for filter in document.filters {
                var filter = filter
                filter.withUTF8 { tally.add($0, nil) }
            }
            for term in tally.touched {
                chunk.postings.append((Int32(number), term, tally.weights[Int(term)]))
                tally.weights[Int(term)] = 0
            }
            tally.touched.removeAll(keepingCapacity: true)
            chunk.lengths.append((Int32(number), length))
        }
        let table = tally.table
        chunk.words = (0..<table.count).map(table.term)
        return chunk
    }

    /// The terms of a run of documents, and the weight of each in the document being counted.
    private struct Tally {
        var table = TermTable()
        /// By term number: its weight in the document (0 when not in it).
        var weights: [Float] = []
        /// The terms of the document, in the order first seen.
        var touched: [Int32] = []

        /// Adds `term` with `weight`, or as a filter (weight 1, once) when `nil`.
        mutating func add(_ term: UnsafeBufferPointer<UInt8>, _ weight: Float?) {
            let number = table.number(of: term)
            if Int(number) == weights.count { weights.append(0) }
            if weights[Int(number)] == 0 { touched.append(number) }
            if let weight { weights[Int(number)] += weight } else { weights[Int(number)] = 1 }
        }
    }

    /// A digest of everything `count` reads from `documents`.
    static func digest(_ documents: ArraySlice<(number: Int, document: SearchDocuments.Document)>) -> ContentHash {
        var hash = ContentHash()
        for (number, document) in documents {
            hash.combine(String(number))
            hash.combine(document.row.count > 3 && document.row[3].hasSuffix("…") ? "cut" : "whole")
            for field in document.fields {
                hash.combine("\(field.text.utf8.count):")
                hash.combine(field.text)
                hash.combine("\(field.weight)\(field.html)")
            }
            hash.combine(document.filters.joined(separator: "\u{0}"))
        }
        return hash
    }

    /// The entry of the term at `position`: `"term":[df,gap,value,…]`, in parts of at most
    /// `FullTextIndex.partBytes` each for a long list (each part with the term and its count,
    /// its first gap from 0).
    func entryParts(of position: Int) -> [[UInt8]] {
        let term = terms[position]
        let range = ranges[position]
        let filter = term.hasPrefix("~")
        var listed = Array(range)
        if !filter && listed.count > FullTextIndex.postingLimit {
            // The best by BM25 (the term's idf is the same for all, so its frequency part decides).
            let scores = listed.map { score(at: $0) }
            let best = listed.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
            listed = best.prefix(FullTextIndex.postingLimit).sorted().map { listed[$0] }
        }
        var head = Array(JSONText.encode(term).utf8)
        head += Array(":[".utf8)
        DecimalDigits.append(range.count, to: &head)
        var parts: [[UInt8]] = []
        var entry = head
        var previous: Int32 = 0
        for at in listed {
            if entry.count > FullTextIndex.partBytes - 24 {
                parts.append(entry + [UInt8(ascii: "]")])
                entry = head
                previous = 0
            }
            entry.append(UInt8(ascii: ","))
            DecimalDigits.append(Int(documents[at] - previous), to: &entry)
            previous = documents[at]
            if !filter {
                entry.append(UInt8(ascii: ","))
                let frequency = min(1023, Int((weights[at] * 2).rounded()))
                DecimalDigits.append(frequency << 6 | FullTextIndex.lengthClass(Int(lengths[Int(documents[at])])), to: &entry)
            }
        }
        parts.append(entry + [UInt8(ascii: "]")])
        return parts
    }

    /// The frequency part of BM25 of the listing at `at`.
    private func score(at: Int) -> Float {
        let frequency = weights[at]
        let length = Float(lengths[Int(documents[at])])
        let norm = FullTextIndex.k1 * (1 - FullTextIndex.b + FullTextIndex.b * length / averageLength)
        return frequency * (FullTextIndex.k1 + 1) / (frequency + norm)
    }
}

/// Decimal digits written straight into bytes (quicker than making a `String` of each number).
enum DecimalDigits {
    static func append(_ value: Int, to bytes: inout [UInt8]) {
        guard value >= 0 else {
            bytes.append(UInt8(ascii: "-"))
            append(-value, to: &bytes)
            return
        }
        let start = bytes.count
        var rest = value
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes[start...].reverse()
    }
}
