/// Text from the dossier made safe to print to a terminal or a CI log: every character that could
/// move the cursor, recolour, erase or start a new line (C0 and C1 controls, DEL, line and paragraph
/// separators) or reorder what is shown (Unicode bidi controls) is written out visibly, so a file
/// name or a title cannot forge a log line (`\n::error::…`) or hide one (`\u{1B}[2K`).
///
/// Ordinary text in any script is kept as it is. Backslashes are kept too, so escaping twice gives
/// the same text as escaping once.
public enum TerminalText {
    /// `text` with every control character escaped: `\n`, `\r`, `\t`, else `\u{1B}` (hex, as in Swift).
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard needsEscaping(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return result
    }

    /// Whether `scalar` must not reach a terminal as it is.
    static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        // Arabic letter mark, left-to-right and right-to-left marks.
        case 0x061C, 0x200E, 0x200F: true
        // Line and paragraph separators, which some terminals and log viewers break lines at.
        case 0x2028, 0x2029: true
        // Bidi embeddings, overrides and isolates, which reorder the text that follows them.
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
