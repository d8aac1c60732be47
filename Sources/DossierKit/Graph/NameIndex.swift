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
        /// Where the spelling is written (its `name:` or its item of `aliases:`), when known.
        var location: SourceLocation?
    }

    /// What the index is made from: one file's id, path, name (and where it is written) and aliases.
    typealias Item = (id: String, path: String?, name: String, nameLocation: SourceLocation?, aliases: [Located<String>])

    private var byID: [String: String] = [:]
    private var byName: [String: Claim] = [:]
    /// Each file's spellings, folded, and its name as written.
    private var spellingsByID: [String: Set<String>] = [:]
    private var namesByID: [String: String] = [:]

    /// Creates an index of `items`, with the spellings several files share (homonyms: references
    /// to them must say which), and aliases that are another file's id.
    init(_ items: [Item]) {
        var paths: [String: String?] = [:]
        for item in items {
            byID[item.id] = item.id
            paths[item.id] = item.path
        }
        var conflicts: [String: [Claim]] = [:]
        // The spellings in the order of the files, each file's name first, for the words' index.
        var ordered: [String] = []
        for item in items {
            // An id is matched before any name, so an alias spelt like another file's id never wins.
            for alias in item.aliases {
                guard let other = byID[alias.value.lowercased()], other != item.id else { continue }
                shadowed.append(
                    Shadowed(alias: alias, name: item.name, ownerPath: item.path, id: other, path: paths[other] ?? nil))
            }
            var seen: Set<String> = []
            namesByID[item.id] = item.name
            defer { spellingsByID[item.id] = seen }
            for (spelling, location) in [(item.name, item.nameLocation)] + item.aliases.map({ ($0.value, $0.location) }) {
                let key = TextFolding.fold(spelling)
                guard !key.isEmpty, seen.insert(key).inserted else { continue }
                let claim = Claim(spelling: spelling, id: item.id, path: item.path, location: location)
                if let existing = byName[key], existing.id != item.id {
                    conflicts[key, default: [existing]].append(claim)
                    continue
                }
                byName[key] = claim
                ordered.append(key)
            }
        }
        self.conflicts = conflicts.map { Conflict(spelling: $0, owners: $1) }.sorted { $0.spelling < $1.spelling }
        for (position, conflict) in self.conflicts.enumerated() {
            byName[conflict.spelling] = nil
            conflictIndex[conflict.spelling] = position
        }
        suggestions = SuggestionIndex(byName.keys)
        let known = byName
        words = NameWords(ordered.filter { known[$0] != nil })
    }

    /// The name of the file `id`, as written.
    func name(of id: String) -> String? { namesByID[id] }

    /// Whether `text` is the id, name or an alias of the file `id`.
    func names(_ id: String, _ text: String) -> Bool {
        id == text.lowercased() || spellingsByID[id]?.contains(TextFolding.fold(text)) == true
    }

    /// A spelling that several files claim as their name or alias: a homonym.
    struct Conflict: Sendable {
        /// The spelling, folded.
        var spelling: String
        /// Each file's claim, in the order of the files.
        var owners: [Claim]
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
    private var words = NameWords([])
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

    /// The known spellings `text` most likely means, for a "did you mean" (compared in folded form):
    /// the closest one by edit distance (a typo), or else those that have every word of `text`
    /// (`Медведев` for `Дмитрий Медведев`), one a file, at most `NameWords.maximumSpellings`.
    func suggestions(for text: String) -> [Claim] {
        let key = TextFolding.fold(text)
        if let best = suggestions.closest(to: key), let claim = byName[best] { return [claim] }
        var ids: Set<String> = []
        return words.spellings(containing: key).compactMap { byName[$0] }.filter { ids.insert($0.id).inserted }
    }
}
