/// The words of a text as the full-text index knows them: lower case, without diacritics, and for
/// a word in another script also in Latin letters (`Лавров` → `лавров` and `lavrov`), so that a
/// query in either finds it. Words are runs of letters and digits; apostrophes inside a word are
/// dropped (`Ma'alot` → `maalot`).
struct SearchTerms {
    /// Each word's forms, worked out once per distinct word.
    private var forms: [Substring: [String]] = [:]

    /// The terms of `text`, in order, each word's forms one after the other.
    mutating func terms(of text: String) -> [String] {
        var terms: [String] = []
        for word in Self.words(of: text) {
            if let known = forms[word] {
                terms += known
                continue
            }
            let made = Self.forms(of: word)
            forms[word] = made
            terms += made
        }
        return terms
    }

    /// The runs of letters and digits of `text`, apostrophes inside them dropped later.
    static func words(of text: String) -> [Substring] {
        var words: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let isWordCharacter = character.isLetter || character.isNumber || (start != nil && isApostrophe(character))
            if isWordCharacter {
                if start == nil { start = index }
            } else if let begin = start {
                words.append(text[begin..<index])
                start = nil
            }
            index = text.index(after: index)
        }
        if let begin = start { words.append(text[begin...]) }
        return words
    }

    /// A word's forms: folded, and in Latin letters when that differs; none for a single letter.
    static func forms(of word: Substring) -> [String] {
        let plain = word.filter { !isApostrophe($0) }
        guard plain.count > 1 || plain.first?.isNumber == true else { return [] }
        if plain.utf8.allSatisfy({ $0 < 0x80 }) { return [plain.lowercased()] }
        let folded = TextFolding.fold(String(plain))
        let latin = TextFolding.latin(String(plain)).replacingOccurrences(of: " ", with: "")
        return latin.isEmpty || latin == folded ? [folded] : [folded, latin]
    }

    private static func isApostrophe(_ character: Character) -> Bool {
        character == "'" || character == "’" || character == "ʼ"
    }
}
