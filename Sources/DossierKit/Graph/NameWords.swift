/// The words of known spellings, for a "did you mean" when a reference is one or more whole words
/// of a name: `Медведев` for `Дмитрий Медведев`, `Kerry` for `John Kerry`, `Medvedev Dmitry`.
///
/// Each word leads to the spellings that have it, so a lookup costs a few dictionary reads however
/// many names there are. A word that many spellings share (`republic`, `of`) suggests none of them.
struct NameWords: Sendable {
    /// The most spellings a word may lead to and still suggest them.
    static let maximumSpellings = 3

    /// The spellings (folded, as `NameIndex` keys them) that have each word, in the order given; one
    /// more than `maximumSpellings` at most, to tell a common word.
    private var spellings: [Substring: [String]] = [:]

    /// An index of the words of `keys` (folded spellings).
    init(_ keys: some Sequence<String>) {
        for key in keys {
            var seen: Set<Substring> = []
            for word in Self.words(of: key) where seen.insert(word).inserted {
                var list = spellings[word, default: []]
                guard list.count <= Self.maximumSpellings else { continue }
                list.append(key)
                spellings[word] = list
            }
        }
    }

    /// The spellings that have every word of `text` (folded), other than `text` itself: at most
    /// `maximumSpellings`, found through the rarest of its words of 3 characters or more; none when
    /// each of those is too common.
    func spellings(containing text: String) -> [String] {
        let words = text.split(separator: " ")
        var candidates: [String]?
        for word in words {
            guard let found = spellings[word] else { return [] }
            guard word.count >= 3, found.count <= Self.maximumSpellings else { continue }
            if candidates == nil || found.count < candidates!.count { candidates = found }
        }
        return (candidates ?? []).filter { key in
            key != text && Set(Self.words(of: key)).isSuperset(of: words)
        }
    }

    /// The words of a folded spelling: split at spaces, and a hyphenated word also in its parts
    /// (`ter-petrosyan`, `ter`, `petrosyan`).
    private static func words(of key: String) -> [Substring] {
        var words: [Substring] = []
        for word in key.split(separator: " ") {
            words.append(word)
            if word.contains("-") { words += word.split(separator: "-") }
        }
        return words
    }
}
