/// The words of a text as the full-text index knows them: lower case, without diacritics, and for
/// a word in another script also in Latin letters (`Лавров` → `лавров` and `lavrov`), so that a
/// query in either finds it. Words are runs of letters and digits; apostrophes inside a word are
/// dropped (`Ma'alot` → `maalot`). ASCII words are read byte by byte; each other word's forms are
/// worked out once. Read as HTML (a rendered body), tags end words and character references are
/// read as their characters, so that a body's words are read without making its text first.
struct SearchTerms {
    /// Each non-ASCII word's forms.
    private var forms: [String: [String]] = [:]
    /// The text the last `scan` kept.
    private(set) var text: [UInt8] = []
    /// The longest word indexed, in UTF-8 bytes: a longer run of letters is no word anyone searches
    /// for, and would make a shard of its own.
    static let longestWord = 64

    /// The terms of `text` (HTML when `html`), in order, each word's forms one after the other.
    mutating func terms(of text: String, html: Bool = false) -> [String] {
        var terms: [String] = []
        scan(text, html: html) { bytes, _ in terms.append(String(decoding: bytes, as: UTF8.self)) }
        return terms
    }

    /// Calls `emit` with the UTF-8 bytes of each term of `text` (HTML when `html`), in order, and
    /// whether it is another form of the word before (`лавров`, then `lavrov`): the terms without
    /// making a `String` of each.
    ///
    /// With `keepingText`, the text read (for HTML: tags dropped, references read, white space
    /// made one space) is kept in `text`, up to that many bytes.
    mutating func scan(
        _ text: String, html: Bool, keepingText limit: Int = 0,
        _ emit: (_ term: UnsafeBufferPointer<UInt8>, _ sameWord: Bool) -> Void
    ) {
        var source = text
        // The state as a value of its own, worked on through its mutating methods: local
        // variables captured by nested functions were checked for exclusive access at every byte
        // (a third of the time, profiled with `perf`).
        var state = ScanState(forms: forms, limit: limit)
        source.withUTF8 { bytes in
            if limit > 0 { state.kept.reserveCapacity(min(limit, bytes.count)) }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if limit > 0 {
                        switch byte {
                        case UInt8(ascii: "<") where html: state.keep(0x20)
                        case UInt8(ascii: "&") where html:
                            if let (scalar, _) = HTMLText.reference(in: bytes, at: index) {
                                for byte in String(Character(scalar)).utf8 { state.keep(byte) }
                            } else {
                                state.keep(byte)
                            }
                        case 0x20, 0x0A, 0x0D, 0x09: state.keep(0x20)
                        default: state.keep(byte)
                        }
                    }
                    if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) {
                        state.word.append(byte)
                    } else if byte >= 0x41 && byte <= 0x5A {
                        state.word.append(byte | 0x20)
                    } else if byte == UInt8(ascii: "'"), !state.word.isEmpty {
                        // An apostrophe inside a word is dropped; at its end it ends the word.
                    } else if html, byte == UInt8(ascii: "<") {
                        state.finish(emit)
                        while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
                    } else if html, byte == UInt8(ascii: "&"), let (scalar, end) = HTMLText.reference(in: bytes, at: index) {
                        if scalar == "'" || scalar == "’" {
                            if state.word.isEmpty { state.finish(emit) }
                        } else if Self.isWordScalar(scalar) {
                            state.word += Array(String(Character(scalar)).utf8)
                            state.ascii = state.ascii && scalar.isASCII
                            if state.ascii, let last = state.word.last, last >= 0x41, last <= 0x5A {
                                state.word[state.word.count - 1] = last | 0x20
                            }
                        } else {
                            state.finish(emit)
                        }
                        index = end
                        continue
                    } else {
                        state.finish(emit)
                    }
                    index += 1
                    continue
                }
                // A scalar outside ASCII: its bytes, then whether it is part of a word.
                var length = 1
                if byte >= 0xF0 { length = 4 } else if byte >= 0xE0 { length = 3 } else if byte >= 0xC0 { length = 2 }
                let end = min(index + length, bytes.count)
                if limit > 0 { for byte in bytes[index..<end] { state.keep(byte) } }
                let scalar = String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first
                if let scalar, Self.isWordScalar(scalar) {
                    state.word += bytes[index..<end]
                    state.ascii = false
                } else if let scalar, scalar == "’" || scalar == "ʼ", !state.word.isEmpty {
                    // An apostrophe inside a word.
                } else {
                    state.finish(emit)
                }
                index = end
            }
            state.finish(emit)
        }
        self.text = state.kept
        self.forms = state.forms
    }

    /// What `scan` works on: the word being read, the text kept, the forms known.
    private struct ScanState {
        var forms: [String: [String]]
        let limit: Int
        var kept: [UInt8] = []
        var word: [UInt8] = []
        var ascii = true

        init(forms: [String: [String]], limit: Int) {
            self.forms = forms
            self.limit = limit
            word.reserveCapacity(SearchTerms.longestWord + 8)
        }

        /// Keeps `byte` of the text read, white space as one space.
        mutating func keep(_ byte: UInt8) {
            guard kept.count < limit else { return }
            if byte == 0x20 {
                if let last = kept.last, last != 0x20 { kept.append(byte) }
            } else {
                kept.append(byte)
            }
        }

        /// Ends the word read so far: emits its terms (none for a word too long, or a single
        /// letter).
        mutating func finish(_ emit: (_ term: UnsafeBufferPointer<UInt8>, _ sameWord: Bool) -> Void) {
            guard !word.isEmpty else { return }
            defer {
                word.removeAll(keepingCapacity: true)
                ascii = true
            }
            guard word.count <= SearchTerms.longestWord else { return }
            if ascii {
                if word.count > 1 || (word[0] >= 0x30 && word[0] <= 0x39) {
                    word.withUnsafeBufferPointer { emit($0, false) }
                }
                return
            }
            let key = String(decoding: word, as: UTF8.self)
            let made: [String]
            if let known = forms[key] {
                made = known
            } else {
                made = SearchTerms.forms(of: key)
                forms[key] = made
            }
            for (number, form) in made.enumerated() {
                var form = form
                form.withUTF8 { emit($0, number > 0) }
            }
        }
    }

    /// Whether `scalar` is part of a word: a letter, a digit or a combining mark.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || scalar.properties.generalCategory == .nonspacingMark
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
