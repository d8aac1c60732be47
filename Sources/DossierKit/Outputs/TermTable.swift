/// Terms numbered in the order first seen, looked up by their UTF-8 bytes: the search index reads
/// every word of a dossier (eight million at 10,000 articles), and making a `String` of each to
/// look it up in a `Dictionary` was most of the time of reading them (profiled with `perf`). Open
/// addressing over FNV-1a hashes; a term's bytes are kept once, in one array.
struct TermTable {
    /// Each slot: a term's number, or -1.
    private var slots: [Int32] = Array(repeating: -1, count: 1024)
    private var hashes: [UInt64] = []
    private var starts: [Int] = []
    private var bytes: [UInt8] = []

    /// How many terms there are.
    var count: Int { hashes.count }

    /// The number of the term `term`, given one if it is new.
    mutating func number(of term: UnsafeBufferPointer<UInt8>) -> Int32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in term {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = slots[slot]
            if found < 0 { break }
            if hashes[Int(found)] == hash && equals(Int(found), term) { return found }
            slot = (slot + 1) & mask
        }
        let made = Int32(hashes.count)
        hashes.append(hash)
        starts.append(bytes.count)
        bytes.append(contentsOf: term)
        slots[slot] = made
        if hashes.count * 2 > slots.count { grow() }
        return made
    }

    /// The term numbered `number`.
    func term(_ number: Int) -> String {
        let end = number + 1 < starts.count ? starts[number + 1] : bytes.count
        return String(decoding: bytes[starts[number]..<end], as: UTF8.self)
    }

    private func equals(_ number: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[number]
        let end = number + 1 < starts.count ? starts[number + 1] : bytes.count
        guard end - start == term.count else { return false }
        for offset in 0..<term.count where bytes[start + offset] != term[offset] { return false }
        return true
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }
}
