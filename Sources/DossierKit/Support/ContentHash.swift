import Foundation

/// A fast 64-bit hash of bytes (FNV-style over 8-byte words), the same in every run: it tells whether
/// an output file or the inputs of a build changed. Not for security.
struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    init() {}

    /// A hash read back from its hex form.
    init(rawValue: UInt64) {
        value = rawValue
    }

    /// The hash of `data`.
    static func of(_ data: Data) -> ContentHash {
        var hash = ContentHash()
        hash.combine(data)
        return hash
    }

    /// Mixes `data` in.
    mutating func combine(_ data: Data) {
        data.withUnsafeBytes { combine(bytes: $0) }
    }

    /// Mixes a string in (its UTF-8 bytes, as `combine(Data(text.utf8))` does).
    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    private mutating func combine(bytes raw: UnsafeRawBufferPointer) {
        var index = 0
        let count = raw.count
        while index + 8 <= count {
            mix(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < count {
            tail |= UInt64(raw[index]) << shift
            shift += 8
            index += 1
        }
        mix(tail ^ UInt64(count))
    }

    /// Mixes a number in.
    mutating func combine(_ number: Int) {
        mix(UInt64(bitPattern: Int64(number)))
    }

    private mutating func mix(_ word: UInt64) {
        value = (value ^ word) &* 0x0000_0100_0000_01B3
        value ^= value >> 29
    }

    /// Sixteen hex digits.
    var description: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension ContentHash {
    /// The hash of a string.
    static func of(_ text: String) -> ContentHash {
        var hash = ContentHash()
        hash.combine(text)
        return hash
    }

    /// The hash of a number.
    init(number: Int) {
        self.init()
        combine(number)
    }

    /// Mixes in strings, each kept apart from the next.
    mutating func combine(_ texts: [String]) {
        combine(texts.count)
        for text in texts { combine(text) }
    }

    /// Mixes in other hashes, in order.
    mutating func combine(_ hashes: [ContentHash]) {
        combine(hashes.count)
        for hash in hashes { combine(hash) }
    }

    /// Mixes in another hash.
    mutating func combine(_ other: ContentHash) {
        combine(Int(bitPattern: UInt(other.value)))
    }
}
