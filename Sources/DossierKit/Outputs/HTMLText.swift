/// The text of HTML that Dossier wrote (a rendered body): tags dropped, a space where a block ends
/// or a line breaks, the entities Dossier writes turned back into characters. Works on the UTF-8
/// bytes (tags and entities are ASCII), so that a large dossier's text is read quickly.
enum HTMLText {
    /// The tags after which the text reads as a new block.
    private static let blocks: Set<UInt64> = Set(
        [
            "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "div", "td", "th", "tr", "blockquote", "ul", "ol",
            "figcaption", "pre", "hr", "table", "section", "img",
        ].map { packed($0.utf8) })

    /// A tag name of at most 10 letters and digits as one number (6 bits each, case ignored), so
    /// that it is looked up without making an array of it; a longer name is `UInt64.max`, which no
    /// block tag is.
    private static func packed<Name: Collection<UInt8>>(_ name: Name) -> UInt64 {
        guard name.count <= 10 else { return .max }
        var value: UInt64 = 0
        for byte in name { value = value << 6 | UInt64(byte <= 0x39 ? byte - 0x2F : (byte | 0x20) - 0x56) }
        return value
    }

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
                    if nameEnd > start, blocks.contains(packed(bytes[start..<nameEnd])) { space() }
                    index = end + 1
                case UInt8(ascii: "&"):
                    if let (scalar, end) = reference(in: bytes, at: index) {
                        if scalar == " " { space() } else { output += String(Character(scalar)).utf8 }
                        index = end
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

    /// The character reference at `index` (`&amp;`, `&#39;`, `&#x2019;`, `&nbsp;` as a space): its
    /// character and the index after it, or `nil` for an `&` that starts none.
    static func reference(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        var end = index + 1
        while end < bytes.count, end - index < 10, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else { return nil }
        let name = bytes[(index + 1)..<end]
        let scalar: Unicode.Scalar?
        switch String(decoding: name, as: UTF8.self) {
        case "amp": scalar = "&"
        case "lt": scalar = "<"
        case "gt": scalar = ">"
        case "quot": scalar = "\""
        case "#39", "apos": scalar = "'"
        case "nbsp": scalar = " "
        case let text where text.hasPrefix("#x") || text.hasPrefix("#X"):
            scalar = UInt32(text.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        case let text where text.hasPrefix("#"):
            scalar = UInt32(text.dropFirst()).flatMap(Unicode.Scalar.init)
        default: scalar = nil
        }
        return scalar.map { ($0, end + 1) }
    }
}
