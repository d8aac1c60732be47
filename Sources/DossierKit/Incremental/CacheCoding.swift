/// The bytes of the persistent build cache (see `PersistentCache`): numbers as LEB128 varints,
/// hashes as 8 bytes, strings as a length and their UTF-8 bytes, optionals and cases as one tag
/// byte. Written by `CacheEncoder`, read back by `CacheDecoder`, which checks every length, count
/// and tag against what is left of the file and fails on the first malformed byte.
struct CacheEncoder {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    mutating func unsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// A signed number, zigzag-encoded (small negative numbers stay short).
    mutating func int(_ value: Int) {
        unsigned(UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1)))))
    }

    mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func hash(_ value: ContentHash) {
        withUnsafeBytes(of: value.value.littleEndian) { bytes += $0 }
    }

    mutating func double(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes += $0 }
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes += utf8
        }
    }

    @inline(__always)
    mutating func optional<T>(_ value: T?, _ encode: (inout CacheEncoder, T) -> Void) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        encode(&self, value)
    }

    @inline(__always)
    mutating func array<T>(_ values: [T], _ encode: (inout CacheEncoder, T) -> Void) {
        unsigned(UInt64(values.count))
        for value in values { encode(&self, value) }
    }
}

/// Reads what `CacheEncoder` wrote, within bounds: a length or count larger than the bytes left, a
/// string that is not UTF-8, a tag out of range or a number that overflows is `CacheDecoder.Malformed`.
/// Nothing is allocated from a count before the bytes it counts are read, so memory stays
/// proportional to the file's size whatever it claims.
struct CacheDecoder {
    /// The cache is malformed: it is ignored as a whole.
    struct Malformed: Error {}

    /// The longest string read (an article body or its HTML).
    static let stringLimit = 64 * 1024 * 1024

    private let base: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ base: UnsafeRawBufferPointer) {
        self.base = base
    }

    var isAtEnd: Bool { offset == base.count }

    mutating func byte() throws(Malformed) -> UInt8 {
        guard offset < base.count else { throw Malformed() }
        defer { offset += 1 }
        return base[offset]
    }

    mutating func unsigned() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64, shift < 63 || next <= 1 else { throw Malformed() }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws(Malformed) -> Int {
        let raw = try unsigned()
        return Int(Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    /// A number of at most `limit`.
    mutating func count(atMost limit: Int) throws(Malformed) -> Int {
        let value = try unsigned()
        guard value <= UInt64(limit) else { throw Malformed() }
        return Int(value)
    }

    /// A non-negative number that fits in an `Int` (a line, a column, a size).
    mutating func natural() throws(Malformed) -> Int {
        try count(atMost: Int.max)
    }

    mutating func bool() throws(Malformed) -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        default: throw Malformed()
        }
    }

    private mutating func word() throws(Malformed) -> UInt64 {
        guard base.count - offset >= 8 else { throw Malformed() }
        defer { offset += 8 }
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Steps over the next `count` bytes; their range.
    mutating func skip(_ count: Int) throws(Malformed) -> Range<Int> {
        guard count <= base.count - offset else { throw Malformed() }
        defer { offset += count }
        return offset..<offset + count
    }

    mutating func hash() throws(Malformed) -> ContentHash {
        ContentHash(rawValue: try word())
    }

    mutating func double() throws(Malformed) -> Double {
        let value = Double(bitPattern: try word())
        guard value.isFinite else { throw Malformed() }
        return value
    }

    mutating func string() throws(Malformed) -> String {
        // The length is read before it is compared with what is left after it.
        let length = try count(atMost: Self.stringLimit)
        let range = try skip(length)
        let bytes = UnsafeRawBufferPointer(rebasing: base[range]).assumingMemoryBound(to: UInt8.self)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw Malformed() }
        return text
    }

    @inline(__always)
    mutating func optional<T>(_ decode: (inout CacheDecoder) throws(Malformed) -> T) throws(Malformed) -> T? {
        try bool() ? try decode(&self) : nil
    }

    /// An array of at most `limit` elements (and never more than the bytes left: each takes one at least).
    /// Inlined, so that each use is specialized (a generic call looks up its array type at run time).
    @inline(__always)
    mutating func array<T>(
        atMost limit: Int = .max, _ decode: (inout CacheDecoder) throws(Malformed) -> T
    ) throws(Malformed) -> [T] {
        let count = try count(atMost: min(limit, base.count - offset))
        var values: [T] = []
        values.reserveCapacity(min(count, 64))
        for _ in 0..<count { values.append(try decode(&self)) }
        return values
    }
}
