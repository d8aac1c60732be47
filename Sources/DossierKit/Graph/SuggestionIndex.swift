/// Known spellings, sorted, for "did you mean" lookups whose cost does not grow with the number of
/// spellings: an entity with 100,000 aliases made each unknown reference compare against all of them
/// (75 ms a reference).
///
/// Up to `budget` spellings, every one is compared, as before. Beyond that, only the `budget`
/// spellings around the mistyped one in sorted order are: those sharing its longest beginning,
/// where a typo's correction nearly always is (a typo in the first letters may then go without a
/// suggestion).
struct SuggestionIndex: Sendable {
    /// The most spellings compared for one lookup.
    static let budget = 2_000

    private let sorted: [String]

    /// An index of `spellings` (repeats are dropped).
    init(_ spellings: some Sequence<String>) {
        sorted = Array(Set(spellings)).sorted()
    }

    /// The spelling closest to `text`, when close enough to be a likely typo (see `Suggestions`).
    func closest(to text: String) -> String? {
        guard sorted.count > Self.budget else { return Suggestions.closest(to: text, among: sorted) }
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < text { low = middle + 1 } else { high = middle }
        }
        let start = max(0, min(low - Self.budget / 2, sorted.count - Self.budget))
        return Suggestions.closest(to: text, among: sorted[start..<(start + Self.budget)])
    }
}
