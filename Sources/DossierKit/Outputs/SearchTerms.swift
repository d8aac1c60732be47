/// The words of a text as the full-text index knows them: lower case, without diacritics, and for
/// a word in another script also in Latin letters (`Лавров` → `лавров` and `lavrov`), so that a
/// query in either finds it. Words are runs of letters and digits; apostrophes inside a word are
/// dropped (`Ma'alot` → `maalot`). ASCII words are read byte by byte; each other word's forms are
/// worked out once.
struct SearchTerms {
    /// Each non-ASCII word's forms.
    private var forms: [String: [String]] = [:]
    /// The longest word indexed, in UTF-8 bytes: a longer run of letters is no word anyone searches
    /// for, and would make a shard of its own.
    static let longestWord = 64

    /// The terms of `text`, in order, each word's forms one after the other.
    mutating func terms(of text: String) -> [String] {
        var terms: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var word: [UInt8] = []
            var ascii = true
            func finish() {
                guard !word.isEmpty else { return }
                guard word.count <= Self.longestWord else {
                    word.removeAll(keepingCapacity: true)
                    ascii = true
                    return
                }
                if ascii {
                    if word.count > 1 || (word[0] >= 0x30 && word[0] <= 0x39) {
                        terms.append(String(decoding: word, as: UTF8.self))
                    }
                } else {
                    let key = String(decoding: word, as: UTF8.self)
                    if let known = forms[key] {
                        terms += known
                    } else {
                        let made = Self.forms(of: key)
                        forms[key] = made
                        terms += made
                    }
                }
                word.removeAll(keepingCapacity: true)
                ascii = true
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) {
                        word.append(byte)
                    } else if byte >= 0x41 && byte <= 0x5A {
                        word.append(byte | 0x20)
                    } else if byte == UInt8(ascii: "'"), !word.isEmpty {
                        // An apostrophe inside a word is dropped; at its end it ends the word.
                    } else {
                        finish()
                    }
                    index += 1
                    continue
                }
                // A scalar outside ASCII: its bytes, then whether it is part of a word.
                var length = 1
                if byte >= 0xF0 { length = 4 } else if byte >= 0xE0 { length = 3 } else if byte >= 0xC0 { length = 2 }
                let end = min(index + length, bytes.count)
                let scalar = String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first
                if let scalar,
                    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                        || scalar.properties.generalCategory == .nonspacingMark
                {
                    word += bytes[index..<end]
                    ascii = false
                } else if let scalar, scalar == "’" || scalar == "ʼ", !word.isEmpty {
                    // An apostrophe inside a word.
                } else {
                    finish()
                }
                index = end
            }
            finish()
        }
        return terms
    }

    /// A non-ASCII word's forms: folded, and in Latin letters when that differs; none for a single
    /// letter.
    static func forms(of word: String) -> [String] {
        guard word.count > 1 || word.first?.isNumber == true else { return [] }
        let folded = TextFolding.fold(word)
        let latin = TextFolding.latin(word).filter { $0 != " " }
        return latin.isEmpty || latin == folded ? [folded] : [folded, latin]
    }
}
