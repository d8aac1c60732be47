import Foundation

/// Turns the bytes editors produce into text: UTF-8 with or without a byte-order mark, CRLF or CR line endings.
enum TextDecoding {
    /// The text of `data`, or `nil` when it is not valid UTF-8.
    static func decode(_ data: Data) -> String? {
        let text = data.withUnsafeBytes { raw -> String? in
            var bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) }
            return String(validating: bytes, as: UTF8.self)
        }
        return text.map(normalizingLineEndings)
    }

    /// `text` with `\r\n` and lone `\r` turned into `\n`.
    static func normalizingLineEndings(_ text: String) -> String {
        var text = text
        let hasReturn = text.withUTF8 { bytes in bytes.baseAddress.map { memchr($0, 13, bytes.count) != nil } ?? false }
        guard hasReturn else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The 1-based line and column of the first byte that is not valid UTF-8.
    static func firstInvalidPosition(in data: Data) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = data.startIndex
        var index = data.startIndex
        while index < data.endIndex {
            let length = validSequenceLength(in: data, at: index)
            if length == 0 {
                let prefix = data[lineStart..<index]
                let column = (String(data: prefix, encoding: .utf8)?.count ?? prefix.count) + 1
                return (line, column)
            }
            if data[index] == 10 {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return (line, 1)
    }

    private static func validSequenceLength(in data: Data, at index: Data.Index) -> Int {
        let lead = data[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= data.endIndex else { return 0 }
        let sequence = data[index..<(index + length)]
        return String(data: sequence, encoding: .utf8) == nil ? 0 : length
    }
}
