import Foundation

/// A CSV file (RFC 4180: comma-separated, fields in double quotes may hold commas, quotes written
/// twice and line breaks), read as a header and rows of fields, with every size bounded: the
/// import reads files from elsewhere, as hostile as any input.
struct CSVTable: Sendable {
    /// The column names of the first line, trimmed.
    let header: [String]
    /// Each row's fields, as many as the header's (a short row is padded with empty fields).
    let rows: [[String]]

    /// The most bytes, rows and bytes in a field read.
    static let byteLimit = 1 << 30
    static let rowLimit = 2_000_000
    static let fieldLimit = 64 * 1024

    struct Problem: Error, Equatable {
        /// The line (1-based) the problem is on.
        let line: Int
        let message: String
    }

    /// Reads `data` (UTF-8, a byte-order mark allowed); calls `progress` with the bytes read so far
    /// every few thousand rows.
    init(_ data: Data, progress: ((Int) -> Void)? = nil) throws(Problem) {
        guard data.count <= Self.byteLimit else {
            throw Problem(line: 1, message: "the file is over \(Self.byteLimit >> 20) MB; split it by year and import each part")
        }
        var lines: [[String]] = []
        var problem: Problem?
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            var line = 1
            var row: [String] = []
            var field: [UInt8] = []
            var quoted = false
            var started = false
            func endField() -> Bool {
                guard field.count <= Self.fieldLimit else {
                    problem = Problem(line: line, message: "a field is over \(Self.fieldLimit / 1024) KB; is this a CSV file?")
                    return false
                }
                row.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                started = false
                return true
            }
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if quoted {
                    if byte == UInt8(ascii: "\"") {
                        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                            field.append(byte)
                            index += 1
                        } else {
                            quoted = false
                        }
                    } else {
                        if byte == 0x0A { line += 1 }
                        field.append(byte)
                        if field.count > Self.fieldLimit { _ = endField(); return }
                    }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\"") where !started && field.isEmpty:
                    quoted = true
                    started = true
                case UInt8(ascii: ","):
                    guard endField() else { return }
                case 0x0D where index < bytes.count && bytes[index] == 0x0A:
                    continue
                case 0x0A, 0x0D:
                    guard endField() else { return }
                    if !(row.count == 1 && row[0].isEmpty) { lines.append(row) }
                    row = []
                    line += 1
                    guard lines.count <= Self.rowLimit else {
                        problem = Problem(line: line, message: "the file has over \(Self.rowLimit) rows; import it in parts")
                        return
                    }
                    if lines.count % 5000 == 0 { progress?(index) }
                default:
                    started = true
                    field.append(byte)
                    if field.count > Self.fieldLimit { _ = endField(); return }
                }
            }
            if quoted {
                problem = Problem(line: line, message: "a quoted field is not closed before the end of the file")
                return
            }
            if !field.isEmpty || !row.isEmpty {
                guard endField() else { return }
                lines.append(row)
            }
            progress?(bytes.count)
        }
        if let problem { throw problem }
        guard let first = lines.first else { throw Problem(line: 1, message: "the file is empty: it has no header line") }
        header = first.map { $0.trimmingCharacters(in: .whitespaces) }
        rows = lines.dropFirst().map { fields in
            fields.count >= first.count ? fields : fields + Array(repeating: "", count: first.count - fields.count)
        }
    }

    /// The position of each column, by name.
    var columns: [String: Int] {
        Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
