import Foundation

/// The language of `site.yml` as a BCP 47 tag (`en`, `hy`, `sr-Latn`, `en-GB`, `es-419`): the
/// shape of the tag is checked by hand (RFC 5646: a language of 2–3 letters, or 5–8, up to three
/// extended languages, a script of 4 letters, a region of 2 letters or 3 digits, variants,
/// extensions, private use), and a language's name (`english`, `русский`) is turned into its code
/// with Foundation's list of languages.
enum LanguageTag {
    /// Why `text` is not a language tag, with the tag it most likely stands for; `nil` when it is one.
    static func problem(with text: String) -> String? {
        let expected = "'language' should be a BCP 47 language tag such as en, hy, ru or en-GB"
        if let code = code(forName: text) {
            return "\(expected), not a language's name ('\(text)'); did you mean '\(code)'?"
        }
        let shape = " (a language code of 2 or 3 letters, then optionally a script such as Latn and a region such as GB or 419)"
        // No language has a code of 5 to 8 letters yet: such a "code" close to a name is a misspelt name.
        let close = Suggestions.closest(to: text.lowercased(), among: codesByName.keys)
        if isWellFormed(text) {
            let language = text.prefix { $0 != "-" }
            guard language.count >= 5, let close, let code = codesByName[close] else { return nil }
            return "\(expected)\(shape), not '\(text)'; did you mean '\(code)' (\(close))?"
        }
        let hyphenated = text.split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "-" }).joined(separator: "-")
        if hyphenated != text, isWellFormed(hyphenated) {
            let why = text.contains { $0 == "_" || $0 == " " } ? ", with '-' between its parts" : shape
            return "\(expected)\(why), not '\(text)'; did you mean '\(canonical(hyphenated))'?"
        }
        guard let close, let code = codesByName[close] else { return "\(expected)\(shape), not '\(text)'" }
        return "\(expected)\(shape), not '\(text)'; did you mean '\(code)' (\(close))?"
    }

    /// Whether `tag` has the shape of a BCP 47 language tag (case is not checked: tags ignore it).
    static func isWellFormed(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard subtags.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }) else {
            return false
        }
        var rest = subtags[...]
        if rest.first?.lowercased() == "x" { return isPrivateUse(rest) }
        guard let language = rest.popFirst(), isLetters(language), [2, 3, 5, 6, 7, 8].contains(language.count) else {
            return false
        }
        if language.count <= 3 {
            for _ in 0..<3 {
                guard let next = rest.first, next.count == 3, isLetters(next) else { break }
                rest.removeFirst()
            }
        }
        if let script = rest.first, script.count == 4, isLetters(script) { rest.removeFirst() }
        if let region = rest.first, (region.count == 2 && isLetters(region)) || (region.count == 3 && isDigits(region)) {
            rest.removeFirst()
        }
        while let variant = rest.first,
            (5...8).contains(variant.count) || (variant.count == 4 && variant.first!.isNumber)
        {
            rest.removeFirst()
        }
        while let singleton = rest.first, singleton.count == 1, singleton.lowercased() != "x" {
            rest.removeFirst()
            var count = 0
            while let part = rest.first, (2...8).contains(part.count) {
                rest.removeFirst()
                count += 1
            }
            guard count > 0 else { return false }
        }
        return rest.isEmpty || isPrivateUse(rest)
    }

    /// Whether `subtags` are `x` and then one or more subtags of 1 to 8 characters.
    private static func isPrivateUse(_ subtags: ArraySlice<Substring>) -> Bool {
        subtags.first?.lowercased() == "x" && subtags.count > 1 && subtags.dropFirst().allSatisfy { $0.count <= 8 }
    }

    private static func isLetters(_ text: Substring) -> Bool { text.allSatisfy(\.isLetter) }
    private static func isDigits(_ text: Substring) -> Bool { text.allSatisfy(\.isNumber) }

    /// `tag` in its usual case: the language in lower case, a script capitalised, a region in capitals.
    static func canonical(_ tag: String) -> String {
        tag.split(separator: "-").enumerated().map { index, part in
            guard index > 0 else { return part.lowercased() }
            if part.count == 4, isLetters(part) { return part.prefix(1).uppercased() + part.dropFirst().lowercased() }
            if part.count == 2, isLetters(part) { return part.uppercased() }
            return part.lowercased()
        }.joined(separator: "-")
    }

    /// The code of the language called `name` in English or in itself (`english`, `Russian`,
    /// `русский`), when it is one.
    static func code(forName name: String) -> String? {
        codesByName[name.trimmingCharacters(in: .whitespaces).lowercased()]
    }

    /// Every language Foundation knows, by its English and its own name in lower case, to its
    /// shortest code (`en`, not `eng`). Made once, the first time a name is looked up.
    private static let codesByName: [String: String] = {
        let english = Locale(identifier: "en")
        var codes: [String: String] = [:]
        for language in Locale.LanguageCode.isoLanguageCodes {
            let code = language.identifier
            let names = [
                english.localizedString(forLanguageCode: code),
                Locale(identifier: code).localizedString(forLanguageCode: code),
            ]
            for case let name? in names {
                let key = name.lowercased()
                // A name that is itself a code (some languages are named by their code) is no name.
                guard key != code, codes[key].map({ $0.count > code.count }) ?? true else { continue }
                codes[key] = code
            }
        }
        return codes
    }()
}
