/// An article body as the text of an Atom `<content type="html">` element, made in one pass over
/// its bytes: markup escaped for XML, characters XML forbids dropped, and links made absolute.
///
/// Bodies are rendered for the article page, two folders below the site root, so their links to
/// other pages start with `../../` and links within the article with `#`. Feed readers show the
/// entry away from the site, so `href="../../x"` and `src="../../x"` become `base + x` and
/// `href="#x"` becomes `page + #x`.
struct FeedContent {
    /// The site's address, ending in `/`, escaped for XML.
    private let base: [UInt8]

    /// Creates a writer for a site at `base` (ending in `/`).
    init(base: String) {
        self.base = Array(HTMLEscaping.escape(base).utf8)
    }

    /// Appends `html` (an article body) to `output`, escaped, with its links made absolute; `page` is
    /// the article's absolute address.
    func append(_ html: String, page: String, to output: inout [UInt8]) {
        let pageBytes = Array(HTMLEscaping.escape(page).utf8)
        var html = html
        html.withUTF8 { bytes in
            output.reserveCapacity(output.count + bytes.count + bytes.count / 8)
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard Self.special[Int(byte)] else {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                index += 1
                switch byte {
                case UInt8(ascii: "&"): output += Self.amp
                case UInt8(ascii: "<"): output += Self.lt
                case UInt8(ascii: ">"): output += Self.gt
                case UInt8(ascii: "\""):
                    output.append(byte)
                    index += rewriteLink(in: bytes, quote: index - 1, page: pageBytes, to: &output)
                case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): output.append(byte)
                default: break  // other C0 controls: not allowed in XML
                }
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
    }

    /// At an attribute's opening quote: appends the absolute start of a relative link and returns how
    /// many bytes after the quote it replaces (0 when the attribute is not such a link).
    private func rewriteLink(
        in bytes: UnsafeBufferPointer<UInt8>, quote: Int, page: [UInt8], to output: inout [UInt8]
    ) -> Int {
        let isHref = Self.matches(Self.hrefAttribute, in: bytes, endingAt: quote)
        guard isHref || Self.matches(Self.srcAttribute, in: bytes, endingAt: quote) else { return 0 }
        if Self.matches(Self.upTwo, in: bytes, startingAt: quote + 1) {
            output += base
            return Self.upTwo.count
        }
        if isHref, quote + 1 < bytes.count, bytes[quote + 1] == UInt8(ascii: "#") {
            output += page
        }
        return 0
    }

    private static func matches(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Bool {
        end >= pattern.count && zip(pattern, bytes[(end - pattern.count)..<end]).allSatisfy { $0 == $1 }
    }

    private static func matches(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, startingAt start: Int) -> Bool {
        bytes.count - start >= pattern.count && zip(pattern, bytes[start..<(start + pattern.count)]).allSatisfy { $0 == $1 }
    }

    /// Bytes that need more than copying: markup characters, quotes (links) and C0 controls.
    private static let special: [Bool] = (0..<256).map { byte in
        byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22
    }
    private static let amp = Array("&amp;".utf8)
    private static let lt = Array("&lt;".utf8)
    private static let gt = Array("&gt;".utf8)
    private static let hrefAttribute = Array(" href=".utf8)
    private static let srcAttribute = Array(" src=".utf8)
    private static let upTwo = Array(SiteURLs.bodyRoot.utf8)
}
