/// The text of HTML that Dossier wrote (a rendered body): tags dropped, a space where a block ends
/// or a line breaks, the entities Dossier writes turned back into characters. Works on the UTF-8
/// bytes (tags and entities are ASCII), so that a large dossier's text is read quickly.
enum HTMLText {
    /// The tags after which the text reads as a new block.
    private static let blocks: Set<[UInt8]> = Set(
        [
            "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "div", "td", "th", "tr", "blockquote", "ul", "ol",
            "figcaption", "pre", "hr", "table", "section", "img",
        ].map { Array($0.utf8) })

    static func plain(_ html: String) -> String {
        var output: [UInt8] = []
        var html = html
        html.withUTF8 { bytes in
            output.reserveCapacity(bytes.count)
            var index = 0
            func space() { if let last = output.last, last != 0x20 { output.append(0x20) } }
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "<"):
                    var end = index + 1
                    while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
                    var start = index + 1
                    if start < end, bytes[start] == UInt8(ascii: "/") { start += 1 }
                    var nameEnd = start
                    while nameEnd < end, nameEnd - start < 12, isAlphanumeric(bytes[nameEnd]) { nameEnd += 1 }
                    let name = bytes[start..<nameEnd].map { $0 | 0x20 }
                    if blocks.contains(name) { space() }
                    index = end + 1
                case UInt8(ascii: "&"):
                    var end = index + 1
                    while end < bytes.count, end - index < 10, bytes[end] != UInt8(ascii: ";") { end += 1 }
                    if end < bytes.count, bytes[end] == UInt8(ascii: ";"),
                        let decoded = decode(String(decoding: bytes[(index + 1)..<end], as: UTF8.self))
                    {
                        output += decoded.utf8
                        index = end + 1
                    } else {
                        output.append(byte)
                        index += 1
                    }
                case 0x20, 0x0A, 0x0D, 0x09:
                    space()
                    index += 1
                default:
                    output.append(byte)
                    index += 1
                }
            }
        }
        while output.last == 0x20 { output.removeLast() }
        return String(decoding: output.first == 0x20 ? output.dropFirst() : output[...], as: UTF8.self)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    private static func decode(_ name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "#39", "apos": return "'"
        case "nbsp": return " "
        default:
            if name.hasPrefix("#x"), let value = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) {
                return String(Character(scalar))
            }
            if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value) {
                return String(Character(scalar))
            }
            return nil
        }
    }
}
