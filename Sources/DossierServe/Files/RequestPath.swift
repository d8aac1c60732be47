/// The path of a request target, percent-decoded exactly once and checked segment by segment.
///
/// Only paths that name something inside the site folder survive: every `.` or `..` segment
/// (written plainly or as `%2e`), every encoded separator (`%2f`, `%5c`), every backslash, NUL or
/// other control character, every malformed escape or invalid UTF-8 is rejected, so no later step
/// can be tricked into leaving the folder. A decoded `%` stays literal: `%252e` names a file `%2e`.
public struct RequestPath: Equatable, Sendable {
    /// Why a request path was refused; the server answers `400 Bad Request`.
    public enum Rejection: Error, Equatable, Sendable {
        /// The target does not start with `/` (absolute-form or empty targets are not served).
        case notAbsolute
        /// A `%` not followed by two hexadecimal digits.
        case malformedEscape
        /// The decoded bytes are not UTF-8.
        case invalidUTF8
        /// A `.` or `..` segment, in any spelling.
        case dotSegment
        /// `/` written as `%2f` inside a segment.
        case encodedSlash
        /// A backslash, raw or encoded: a separator on some systems.
        case backslash
        /// NUL or another control character, raw or encoded.
        case controlCharacter
        /// `//` inside the path.
        case emptySegment
    }

    /// The decoded segments: none empty, none `.` or `..`, none holding `/`, `\` or a control character.
    public let segments: [String]
    /// Whether the path ends with `/`, naming a folder.
    public let isFolder: Bool

    /// Decodes and checks the raw (still percent-encoded) path of a request target, without its query.
    public init(raw: String) throws(Rejection) {
        guard raw.hasPrefix("/") else { throw .notAbsolute }
        var pieces = raw.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).dropFirst()
        isFolder = pieces.last?.isEmpty ?? true
        if isFolder, !pieces.isEmpty { pieces.removeLast() }
        var segments: [String] = []
        for piece in pieces {
            guard !piece.isEmpty else { throw .emptySegment }
            segments.append(try Self.decode(Array(piece)))
        }
        self.segments = segments
    }

    /// The path relative to the site folder: `entities/john-kerry`.
    public var relativePath: String { segments.joined(separator: "/") }

    /// The canonical percent-encoded URL path of the folder form: `/entities/john-kerry/`.
    public var folderURLPath: String {
        "/" + segments.map(Self.encode).map { $0 + "/" }.joined()
    }

    /// One segment decoded: every escape turned into its byte, then checked and read as UTF-8.
    private static func decode(_ bytes: [UInt8]) throws(Rejection) -> String {
        var decoded: [UInt8] = []
        var index = 0
        while index < bytes.count {
            var byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
                else { throw .malformedEscape }
                byte = high << 4 | low
                if byte == UInt8(ascii: "/") { throw .encodedSlash }
                index += 2
            }
            if byte == UInt8(ascii: "\\") { throw .backslash }
            if byte < 0x20 || byte == 0x7F { throw .controlCharacter }
            decoded.append(byte)
            index += 1
        }
        guard let text = String(validating: decoded, as: UTF8.self) else { throw .invalidUTF8 }
        if text == "." || text == ".." { throw .dotSegment }
        return text
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// A segment percent-encoded for a `Location` header: everything but unreserved characters.
    private static func encode(_ segment: String) -> String {
        var encoded = ""
        for byte in segment.utf8 {
            let isUnreserved =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || "-._~".utf8.contains(byte)
            encoded += isUnreserved ? String(UnicodeScalar(byte)) : "%" + String(byte, radix: 16, uppercase: true).leftPadded
        }
        return encoded
    }
}

extension String {
    /// Two hexadecimal digits: `"0" + "F"` for a one-digit string.
    fileprivate var leftPadded: String { count == 1 ? "0" + self : self }
}
