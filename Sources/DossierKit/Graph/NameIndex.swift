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

    /// Creates an index from `(id, path, name, aliases)` and reports spellings claimed by two files,
    /// and aliases that are another file's id.
    init(_ items: [(id: String, path: String?, name: String, aliases: [Located<String>])]) {
        var paths: [String: String?] = [:]
        for item in items {
            byID[item.id] = item.id
            paths[item.id] = item.path
        }
        var conflicts: [String: Set<String>] = [:]
        for item in items {
            // An id is matched before any name, so an alias spelt like another file's id never wins.
            for alias in item.aliases {
                guard let other = byID[alias.value.lowercased()], other != item.id else { continue }
                shadowed.append(
                    Shadowed(alias: alias, name: item.name, ownerPath: item.path, id: other, path: paths[other] ?? nil))
            }
            var seen: Set<String> = []
            for spelling in [item.name] + item.aliases.map(\.value) {
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
        for (position, conflict) in self.conflicts.enumerated() {
            byName[conflict.spelling] = nil
            conflictIndex[conflict.spelling] = position
        }
        suggestions = SuggestionIndex(byName.keys)
    }

    /// A spelling that two files claim as their name or alias.
    struct Conflict: Sendable {
        var spelling: String
        var owners: [(id: String, path: String?)]
    }

    /// Every spelling claimed by more than one file.
    private(set) var conflicts: [Conflict] = []

    /// An alias that is written like the id of another file: references to it find that file.
    struct Shadowed: Sendable {
        /// The alias, where it is written.
        var alias: Located<String>
        /// The name of the file that lists the alias, and its path.
        var name: String
        var ownerPath: String?
        /// The file whose id the alias is, and its path.
        var id: String
        var path: String?
    }

    /// Every alias that is another file's id, in the order of the files.
    private(set) var shadowed: [Shadowed] = []
    private var suggestions = SuggestionIndex([])
    /// The position of each conflicting spelling in `conflicts`.
    private var conflictIndex: [String: Int] = [:]

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
        if let position = conflictIndex[key] { return .ambiguous(conflicts[position].owners.map(\.id)) }
        if let id = byID[TextFolding.slug(text)] { return .found(id) }
        return .missing
    }

    /// The known spelling closest to `text`, for a "did you mean" (compared in folded form).
    func suggestion(for text: String) -> Claim? {
        guard let best = suggestions.closest(to: TextFolding.fold(text)) else { return nil }
        return byName[best]
    }
}
