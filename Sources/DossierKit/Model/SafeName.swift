import Foundation

/// Makes ids usable as folder names in the output on Windows, macOS and Linux file systems and in
/// URLs: no path separators, no characters Windows forbids (`\ / : * ? " < > |`), no control or
/// bidi characters, no `.` or `..`, no leading `.` or space and no trailing `.` or space (Windows
/// strips them, and so do many tools), no names Windows reserves whatever their extension (`nul`,
/// `Nul.txt`), in Unicode composed form (NFC, as macOS reads names back), at most 200 bytes.
///
/// Two ids that become the same name still clash: the builder reports two files with one id, and
/// the output plan two pages with one path (compared without case, as macOS and Windows do).
enum SafeName {
    /// The longest name, in UTF-8 bytes, before it is shortened with a hash suffix.
    static let maximumLength = 200

    /// `name` unchanged when it is safe; otherwise a safe name derived from it, always the same for
    /// the same input.
    static func make(_ name: String) -> String {
        var safe = trimmingUnportableEnds(
            name.utf8.allSatisfy({ $0 < 0x80 }) ? name : name.precomposedStringWithCanonicalMapping)
        if !isSafeCharacters(safe) {
            safe = TextFolding.slugCharacters(safe)
        }
        if safe.isEmpty {
            safe = "untitled-" + hash(name)
        }
        safe = avoidingReservedNames(safe)
        if safe.utf8.count > maximumLength {
            var prefix = ""
            for character in safe {
                guard prefix.utf8.count + character.utf8.count <= maximumLength - 9 else { break }
                prefix.append(character)
            }
            safe = prefix + "-" + hash(name)
        }
        return safe
    }

    private static func isSafeCharacters(_ name: String) -> Bool {
        !name.hasPrefix(".")
            && !name.unicodeScalars.contains { scalar in
                TerminalText.needsEscaping(scalar) || scalar.value == 0xFEFF
                    || "/\\:*?\"<>|".unicodeScalars.contains(scalar)
            }
    }

    /// `name` without the spaces at its start and the dots and spaces at its end.
    private static func trimmingUnportableEnds(_ name: String) -> String {
        var scalars = Substring(name).unicodeScalars
        while let last = scalars.last, last == "." || last == " " { scalars.removeLast() }
        while let first = scalars.first, first == " " { scalars.removeFirst() }
        return String(scalars)
    }

    /// `name` with `_` after its first part when that part (before the first dot, trailing spaces
    /// ignored) is a name Windows reserves: `nul` → `nul_`, `Nul.txt` → `Nul_.txt`.
    private static func avoidingReservedNames(_ name: String) -> String {
        // Every reserved name is 3 to 7 characters before its dot (and any spaces): most names are
        // longer, and need no closer look.
        let baseBytes = name.utf8.prefix { $0 != UInt8(ascii: ".") }.count
        guard baseBytes >= 3, baseBytes <= 8 || name.utf8.dropFirst(8).first == UInt8(ascii: " ") else { return name }
        let base = name.prefix { $0 != "." }
        let stem = base.reversed().drop { $0 == " " }.reversed()
        guard reserved.contains(String(stem).lowercased()) else { return name }
        let end = name.index(name.startIndex, offsetBy: stem.count)
        return name[..<end] + "_" + name[end...]
    }

    /// Names Windows will not create, whatever the extension.
    private static let reserved: Set<String> = Set(
        ["con", "prn", "aux", "nul", "conin$", "conout$", "clock$"]
            + (0...9).map { "com\($0)" } + (0...9).map { "lpt\($0)" }
            + ["¹", "²", "³"].flatMap { ["com\($0)", "lpt\($0)"] })

    /// A short stable hash (FNV-1a, 32 bits, hex) of `text`.
    static func hash(_ text: String) -> String {
        var value: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            value ^= UInt32(byte)
            value = value &* 16_777_619
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
