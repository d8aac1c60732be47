/// Resolves references within one namespace (entities or places); makes a stub for each unknown name
/// and reports it with a "did you mean" when a known spelling is close.
///
/// Names may be shared (homonyms: Juárez in Chihuahua and in Nuevo León). A reference to a shared
/// name is an error listing every candidate and how to write it; a reference may say which by an
/// ancestor (`Juárez, Nuevo León` or `Juárez (Nuevo León)`: a name, alias or id of any place it
/// is in, through `parents`).
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
    /// Each place's parent (places only), for references qualified by an ancestor.
    var parents: [String: String] = [:] {
        didSet { matches = [:] }
    }
    /// The most parents a qualified reference walks up through (a loop is reported elsewhere).
    static let deepestAncestry = 32

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
        let match = matches[reference.value] ?? qualifiedMatch(reference.text)
        matches[reference.value] = match
        switch match {
        case .found(let id):
            return id
        case .ambiguous(let ids):
            diagnostics.append(.error(ambiguityMessage(reference.text, ids), at: reference.location))
            return nil
        case .missing:
            return stub(for: reference)
        }
    }

    /// What `text` names: as written, or else as a name qualified by an ancestor's
    /// (`Juárez, Nuevo León`, `Juárez (Nuevo León)`), among the files that have the name.
    private func qualifiedMatch(_ text: String) -> NameIndex.Match {
        let whole = index.match(text)
        if case .found = whole { return whole }
        guard let (base, qualifier) = Self.split(text) else { return whole }
        switch index.match(base) {
        case .found(let id):
            return isIn(id, qualifier) ? .found(id) : whole
        case .ambiguous(let ids):
            let fitting = ids.filter { isIn($0, qualifier) }
            if fitting.count == 1 { return .found(fitting[0]) }
            return .ambiguous(fitting.isEmpty ? ids : fitting)
        case .missing:
            return whole
        }
    }

    /// A qualified reference's name and qualifier: `A, B` (at the last comma) or `A (B)`.
    static func split(_ text: String) -> (base: String, qualifier: String)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(")"), let open = trimmed.range(of: " (", options: .backwards) {
            let base = trimmed[..<open.lowerBound].trimmingCharacters(in: .whitespaces)
            let qualifier = trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)]
                .trimmingCharacters(in: .whitespaces)
            return base.isEmpty || qualifier.isEmpty ? nil : (base, qualifier)
        }
        guard let comma = trimmed.lastIndex(of: ",") else { return nil }
        let base = trimmed[..<comma].trimmingCharacters(in: .whitespaces)
        let qualifier = trimmed[trimmed.index(after: comma)...].trimmingCharacters(in: .whitespaces)
        return base.isEmpty || qualifier.isEmpty ? nil : (base, qualifier)
    }

    /// The ancestors of `id`, nearest first.
    private func ancestors(of id: String) -> [String] {
        var chain: [String] = []
        var cursor = id
        while let next = parents[cursor], next != id, chain.count < Self.deepestAncestry {
            chain.append(next)
            cursor = next
        }
        return chain
    }

    /// Whether `qualifier` names one of the places `id` is in.
    private func isIn(_ id: String, _ qualifier: String) -> Bool {
        ancestors(of: id).contains { index.names($0, qualifier) }
    }

    /// The error for a reference that several files answer to: each candidate with a way to write
    /// it that names only it (`Juárez (Nuevo León)`, by the nearest ancestor that tells them
    /// apart), its id and its file.
    private func ambiguityMessage(_ text: String, _ ids: [String]) -> String {
        let written = ids.map { id -> String in
            let name = index.name(of: id) ?? id
            let qualified = ancestors(of: id).lazy.compactMap { ancestor -> String? in
                guard let qualifier = index.name(of: ancestor),
                    ids.filter({ self.isIn($0, qualifier) }) == [id]
                else { return nil }
                return "'\(name) (\(qualifier))'"
            }.first
            return (qualified.map { "\($0) or " } ?? "") + "'\(id)'"
        }
        let count = ids.count == 2 ? "two" : "\(ids.count)"
        return
            "the \(noun) '\(text)' is ambiguous: \(count) \(noun == "entity" ? "entities" : "\(noun)s") have this name or alias; write \(written.joined(separator: "; or "))"
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
