import Foundation

extension TextFolding {
    /// `text` in lower-case ASCII Latin letters, transliterating Armenian and Cyrillic by BGN rules and
    /// other scripts by ICU's Any-Latin, apostrophes dropped and white space made single spaces:
    /// `Сергей Лавров` → `sergey lavrov`, `Ստեփանակերտ` → `stepanakert`, `Xankəndi` → `xankendi`.
    static func latin(_ text: String) -> String {
        let mapped = mapSchwa(text)
        let latin = mapped.applyingTransform(slugTransform, reverse: false) ?? mapped.lowercased()
        let kept = latin.unicodeScalars.filter { $0 != "'" && $0 != "’" && $0 != "ʼ" && $0 != "ʻ" }
        return String(String.UnicodeScalarView(kept)).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
