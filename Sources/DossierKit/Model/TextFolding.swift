import Foundation

/// The two ways names are normalised: folding (for matching) and slugs (for ids and paths).
enum TextFolding {
    /// `text` lower-cased, without diacritics and with runs of white space made one space:
    /// the form in which references are matched (`İlham Əliyev` → `ilham eliyev`).
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
        }
        let mapped = mapSchwa(text)
        let stripped = mapped.applyingTransform(.stripDiacritics, reverse: false) ?? mapped
        let words = stripped.lowercased().split(whereSeparator: { $0.isWhitespace })
        return words.joined(separator: " ")
    }

    /// A lower-case ASCII slug for ids and URLs, transliterating Armenian and Cyrillic by BGN rules:
    /// `Serzh Sargsyan` → `serzh-sargsyan`, `Сергей Лавров` → `sergey-lavrov`, `Xankəndi` → `xankendi`.
    static func slug(_ text: String) -> String {
        let characters = slugCharacters(text)
        return characters.isEmpty ? "" : SafeName.make(characters)
    }

    /// The slug of `text` before it is checked for length and reserved names.
    static func slugCharacters(_ text: String) -> String {
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        let latin = isASCII ? text : mapSchwa(text).applyingTransform(slugTransform, reverse: false) ?? text.lowercased()
        var slug = ""
        var pendingDash = false
        for scalar in latin.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else if ("A"..."Z").contains(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
                pendingDash = false
            } else if scalar != "'" && scalar != "’" && scalar != "ʼ" {
                pendingDash = true
            }
        }
        return slug
    }

    static let slugTransform = StringTransform(
        "Armenian-Latin/BGN; Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower")

    /// Azerbaijani `ə`/`Ə` read as `e`/`E` (ICU would make them `a`).
    static func mapSchwa(_ text: String) -> String {
        guard text.contains(where: { $0 == "ə" || $0 == "Ə" }) else { return text }
        return text.replacingOccurrences(of: "ə", with: "e").replacingOccurrences(of: "Ə", with: "E")
    }
}
