/// A small JSON writer for values built from dictionaries, arrays, strings, numbers and booleans:
/// keys sorted (so output is byte-identical from build to build), and `<`, `>`, `&`, U+2028 and
/// U+2029 written as `\u` escapes, so the text is safe inside an HTML `<script>` element (no string
/// from content can end it with `</script>` or open a comment) and in a `.js` file.
enum JSONText {
    /// `value` as JSON text; values of other types are written as `null`.
    static func encode(_ value: Any) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        write(value, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func write(_ value: Any, into bytes: inout [UInt8]) {
        switch value {
        case let text as String: write(string: text, into: &bytes)
        case let flag as Bool: bytes += Array((flag ? "true" : "false").utf8)
        case let number as Int: bytes += Array(String(number).utf8)
        case let number as Double:
            bytes += Array(
                (number.isFinite
                    ? (number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : "\(number)") : "null").utf8)
        case let list as [Any]:
            bytes.append(UInt8(ascii: "["))
            for (index, element) in list.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(element, into: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case let object as [String: Any]:
            bytes.append(UInt8(ascii: "{"))
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(string: key, into: &bytes)
                bytes.append(UInt8(ascii: ":"))
                write(object[key]!, into: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        default: bytes += Array("null".utf8)
        }
    }

    private static func write(string: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var utf8 = string.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "\""): bytes += [92, 34]
            case UInt8(ascii: "\\"): bytes += [92, 92]
            case UInt8(ascii: "\n"): bytes += [92, UInt8(ascii: "n")]
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0..<0x20: unicodeEscape(UInt16(byte), into: &bytes)
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8 / E2 80 A9) end a line in older JavaScript.
                let second = utf8.next()
                let third = second.flatMap { _ in utf8.next() }
                if second == 0x80, let third, third == 0xA8 || third == 0xA9 {
                    unicodeEscape(third == 0xA8 ? 0x2028 : 0x2029, into: &bytes)
                } else {
                    bytes.append(byte)
                    if let second { bytes.append(second) }
                    if let third { bytes.append(third) }
                }
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func unicodeEscape(_ code: UInt16, into bytes: inout [UInt8]) {
        let digits = Array("0123456789abcdef".utf8)
        bytes += [92, UInt8(ascii: "u")]
        for shift in [12, 8, 4, 0] { bytes.append(digits[Int((code >> UInt16(shift)) & 0xF)]) }
    }
}
