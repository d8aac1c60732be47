/// The text of HTML that Dossier wrote (a rendered body): tags dropped, a space where a block ends
/// or a line breaks, the entities Dossier writes turned back into characters.
enum HTMLText {
    /// The tags after which the text reads as a new block.
    private static let blocks: Set<String> = [
        "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "div", "td", "th", "tr", "blockquote", "ul", "ol",
        "figcaption", "pre", "hr", "table", "section", "img",
    ]

    static func plain(_ html: String) -> String {
        var text = ""
        text.reserveCapacity(html.utf8.count)
        var tag: String?
        var entity: String?
        for character in html {
            if var name = tag {
                if character == ">" {
                    let element = name.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                    if blocks.contains(element), text.last.map({ !$0.isWhitespace }) ?? false { text.append(" ") }
                    tag = nil
                } else if name.count < 12 {
                    name.append(character)
                    tag = name
                }
                continue
            }
            if var name = entity {
                if character == ";" {
                    text += decode(name)
                    entity = nil
                } else if name.count < 10 {
                    name.append(character)
                    entity = name
                } else {
                    text += "&" + name
                    entity = nil
                }
                continue
            }
            switch character {
            case "<": tag = ""
            case "&": entity = ""
            default: text.append(character.isNewline ? " " : character)
            }
        }
        return text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    private static func decode(_ name: String) -> String {
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
            return "&" + name + ";"
        }
    }
}
