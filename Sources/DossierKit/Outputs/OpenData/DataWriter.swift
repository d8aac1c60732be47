import Foundation

/// Writes JSON (RFC 8259) straight into a byte buffer, keys in the order written, so that a large
/// dossier's data files are made in one pass without a tree of values: the same input gives the
/// same bytes. Strings are escaped as JSON requires, and `<`, `>` and `&` too (a file opened
/// as a page, or pasted into one, can then hold no markup), and U+2028/U+2029 (not line breaks in
/// JavaScript).
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the value being written is the first of its object or list (no comma before it).
    private var first = [true]

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    var data: Data { Data(bytes) }

    private mutating func separate() {
        if first[first.count - 1] {
            first[first.count - 1] = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
    }

    /// `{`, then the fields `body` writes, then `}`.
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "{"))
        first.append(true)
        body(&self)
        first.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    /// `[`, then the values `body` writes, then `]`.
    mutating func list(_ body: (inout JSONWriter) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "["))
        first.append(true)
        body(&self)
        first.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// A field's name; its value comes next.
    mutating func key(_ name: String) {
        separate()
        escaped(name)
        bytes.append(UInt8(ascii: ":"))
        // The value that follows takes no comma.
        first[first.count - 1] = true
    }

    mutating func string(_ text: String) {
        separate()
        escaped(text)
    }

    mutating func int(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A finite number in its shortest exact form (`46.7519`).
    mutating func double(_ value: Double) {
        separate()
        guard value.isFinite else { return bytes.append(contentsOf: "null".utf8) }
        if value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int(value)).utf8)
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
    }

    mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    // MARK: Fields

    mutating func field(_ name: String, _ text: String?) {
        key(name)
        if let text { string(text) } else { null() }
    }

    mutating func field(_ name: String, _ value: Int?) {
        key(name)
        if let value { int(value) } else { null() }
    }

    mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    mutating func field(_ name: String, strings: [String]) {
        key(name)
        list { writer in for text in strings { writer.string(text) } }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Whether a byte of UTF-8 must be escaped (or may start U+2028/U+2029, `0xE2`).
    private static let special: [Bool] = (0..<256).map { byte in
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x7F
            || byte == 0xE2
    }

    private mutating func escaped(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            var index = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                guard Self.special[Int(byte)] else {
                    index += 1
                    continue
                }
                if byte == 0xE2 {
                    // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; other characters from E2 pass.
                    guard index + 2 < count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9
                    else {
                        index += 1
                        continue
                    }
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                let value: Int
                if byte == 0xE2 {
                    value = utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029
                    index += 3
                } else {
                    value = Int(byte)
                    index += 1
                }
                switch value {
                case 0x22: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
                case 0x5C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                default:
                    bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u")]
                    for shift in [12, 8, 4, 0] { bytes.append(Self.hex[(value >> shift) & 0xF]) }
                }
                start = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// Writes CSV as RFC 4180 has it: fields separated by commas, records ended by CRLF, a field
/// quoted (its quotes doubled) when it holds a comma, a quote or a line break. Text fields that a
/// spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return) get a `'` before them (`CSVWriter.text`), so that opening the file runs nothing.
struct CSVWriter {
    private(set) var bytes: [UInt8] = []
    private var atLineStart = true

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    var data: Data { Data(bytes) }

    /// One field as it is (numbers, dates, ids, URLs).
    mutating func field(_ value: String) {
        if !atLineStart { bytes.append(UInt8(ascii: ",")) }
        atLineStart = false
        let utf8 = value.utf8
        let needsQuotes = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return bytes.append(contentsOf: utf8) }
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A field of free text, guarded against formula injection.
    mutating func text(_ value: String) {
        field(Self.startsLikeAFormula(value) ? "'" + value : value)
    }

    mutating func endRecord() {
        bytes += [0x0D, 0x0A]
        atLineStart = true
    }

    static func startsLikeAFormula(_ value: String) -> Bool {
        guard let first = value.utf8.first else { return false }
        return [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D].contains(first)
    }
}
