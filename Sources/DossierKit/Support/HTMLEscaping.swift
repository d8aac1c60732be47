/// The one escaper for text that goes into HTML, SVG or XML, from templates (`{{name}}`), from
/// Dossier's own markup (maps, charts) and from the preview server alike: `&`, `<`, `>`, `"` and
/// `'` escaped, so the text is safe as element content and as a quoted attribute value, and the
/// control characters that HTML and XML forbid (C0 controls other than tab, line feed and carriage
/// return) dropped.
public enum HTMLEscaping {
    /// `text`, escaped.
    public static func escape(_ text: String) -> String {
        var output = ""
        append(text, to: &output)
        return output
    }

    /// Appends `text` to `output`, escaped; text without special characters is appended as is.
    static func append(_ text: String, to output: inout String) {
        let utf8 = text.utf8
        guard utf8.contains(where: needsEscape) else {
            output += text
            return
        }
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            if needsEscape(byte) {
                output += text[start..<index]
                output += replacement(byte)
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        output += text[start..<utf8.endIndex]
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): false
        case 0..<0x20: true
        default: false
        }
    }

    private static func replacement(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: ""
        }
    }
}
