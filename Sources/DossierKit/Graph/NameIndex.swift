/// Finds the id that a reference names, by id, name or alias, ignoring case and diacritics.
///
/// One index serves one namespace: entities and places are indexed apart, so an entity and a place
/// may both be called Azerbaijan.
struct NameIndex: Sendable {
    /// A spelling someone can refer to, and whose it is.
    struct Claim: Sendable, Hashable {
        var spelling: String
        var id: String
        var path: String?
    }

    private var byID: [String: String] = [:]
    private var byName: [String: Claim] = [:]

    /// Creates an index from `(id, path, name, aliases)` and reports spellings claimed by two files.
    init(_ items: [(id: String, path: String?, name: String, aliases: [String])]) {
        for item in items { byID[item.id] = item.id }
        var conflicts: [String: Set<String>] = [:]
        for item in items {
            var seen: Set<String> = []
            for spelling in [item.name] + item.aliases {
                let key = TextFolding.fold(spelling)
                guard !key.isEmpty, seen.insert(key).inserted else { continue }
                let claim = Claim(spelling: spelling, id: item.id, path: item.path)
                if let existing = byName[key], existing.id != item.id {
                    conflicts[key, default: [existing.id]].insert(item.id)
                    continue
                }
                byName[key] = claim
            }
        }
        self.conflicts = conflicts.map { key, ids in
            let owners = items.filter { ids.contains($0.id) }
            return Conflict(spelling: key, owners: owners.map { ($0.id, $0.path) })
        }.sorted { $0.spelling < $1.spelling }
        for conflict in self.conflicts { byName[conflict.spelling] = nil }
        suggestions = SuggestionIndex(byName.keys)
    }

    /// A spelling that two files claim as their name or alias.
    struct Conflict: Sendable {
        var spelling: String
        var owners: [(id: String, path: String?)]
    }

    /// Every spelling claimed by more than one file.
    private(set) var conflicts: [Conflict] = []
    private var suggestions = SuggestionIndex([])

    /// The outcome of looking a reference up.
    enum Match: Equatable {
        case found(String)
        case ambiguous([String])
        case missing
    }

    /// The id `text` names: an id, then a name or alias, then a slug that equals an id.
    func match(_ text: String) -> Match {
        let lowered = text.lowercased()
        if let id = byID[lowered] { return .found(id) }
        let key = TextFolding.fold(text)
        if let claim = byName[key] { return .found(claim.id) }
        if let conflict = conflicts.first(where: { $0.spelling == key }) {
            return .ambiguous(conflict.owners.map(\.id))
        }
        if let id = byID[TextFolding.slug(text)] { return .found(id) }
        return .missing
    }

    /// The known spelling closest to `text`, for a "did you mean" (compared in folded form).
    func suggestion(for text: String) -> Claim? {
        guard let best = suggestions.closest(to: TextFolding.fold(text)) else { return nil }
        return byName[best]
    }
}
