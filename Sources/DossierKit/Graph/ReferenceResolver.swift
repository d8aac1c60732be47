/// Resolves references within one namespace (entities or places); makes a stub for each unknown name
/// and reports it with a "did you mean" when a known spelling is close.
struct ReferenceResolver {
    /// "entity" or "place", for messages.
    let noun: String
    /// `entities` or `places`: the content folder and the URL folder.
    let folder: String
    let index: NameIndex
    /// The ids of the files of this kind that could not be read: a reference to one gets its stub
    /// without a warning, since the file's own error says what is wrong.
    let unreadable: Set<String>
    /// Stubs made so far, by id, with the spelling first seen.
    private(set) var stubs: [String: String] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    private var suggestionCache: [String: [NameIndex.Claim]] = [:]
    /// What each spelling matched, as written: a dossier repeats the same few names many times.
    private var matches: [String: NameIndex.Match] = [:]

    init(noun: String, folder: String, index: NameIndex, unreadable: Set<String> = []) {
        self.noun = noun
        self.folder = folder
        self.index = index
        self.unreadable = unreadable
    }

    /// The id `reference` names; a stub id (the slug of the text) when it names nothing known.
    mutating func resolve(_ reference: Reference) -> String? {
        guard !reference.text.isEmpty else {
            diagnostics.append(
                .warning(
                    "this \(noun) reference is empty, so it has no letters or digits to make a page name from and is left out; write the \(noun)'s id or name, or remove it",
                    at: reference.location))
            return nil
        }
        let match = matches[reference.value] ?? index.match(reference.text)
        matches[reference.value] = match
        switch match {
        case .found(let id):
            return id
        case .ambiguous(let ids):
            diagnostics.append(
                .error(
                    "the \(noun) '\(reference.text)' is ambiguous: it is a name or alias of \(ids.map { "'\($0)'" }.joined(separator: " and ")); refer to one of them by id",
                    at: reference.location))
            return nil
        case .missing:
            return stub(for: reference)
        }
    }

    /// Resolves every reference, dropping repeats and keeping the written order.
    mutating func resolveAll(_ references: [Reference]) -> [String] {
        var seen: Set<String> = []
        var ids: [String] = []
        for reference in references {
            guard let id = resolve(reference), seen.insert(id).inserted else { continue }
            ids.append(id)
        }
        return ids
    }

    private mutating func stub(for reference: Reference) -> String? {
        let id = TextFolding.slug(reference.text)
        guard !id.isEmpty else {
            diagnostics.append(
                .error(
                    "the \(noun) reference '\(reference.text)' has no letters or digits to make a page name from; use the \(noun)'s id or name",
                    at: reference.location))
            return nil
        }
        if stubs[id] == nil { stubs[id] = reference.text }
        guard !unreadable.contains(id) else { return id }
        diagnostics.append(.warning(unknownMessage(for: reference.text, stubID: id), at: reference.location))
        return id
    }

    private mutating func unknownMessage(for text: String, stubID: String) -> String {
        let key = TextFolding.fold(text)
        let claims = suggestionCache[key] ?? index.suggestions(for: text)
        suggestionCache[key] = claims
        var message = "unknown \(noun) '\(text)'"
        if !claims.isEmpty {
            let spellings = claims.map { claim in "'\(claim.spelling)'" + (claim.path.map { " (\($0))" } ?? "") }
            message += "; did you mean \(spellings.joined(separator: " or "))?"
            message += " It gets a stub page for now."
        } else {
            message += ": no \(noun) has this id, name or alias, so it gets a stub page;"
            message += " create content/\(folder)/\(stubID).md to give it a profile"
        }
        return message
    }
}
