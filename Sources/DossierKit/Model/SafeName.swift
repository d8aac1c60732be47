/// Makes ids usable as folder names in the output on any system: no path separators, no `.` or
/// `..`, no control characters, no names Windows reserves, at most 200 bytes.
public enum SafeName {
    /// The longest name, in UTF-8 bytes, before it is shortened with a hash suffix.
    public static let maximumLength = 200

    /// `name` unchanged when it is safe; otherwise a safe name derived from it, always the same for
    /// the same input.
    public static func make(_ name: String) -> String {
        var safe = name
        if !isSafeCharacters(safe) {
            safe = TextFolding.slugCharacters(safe)
        }
        if safe.isEmpty || safe.allSatisfy({ $0 == "." }) {
            safe = "untitled-" + hash(name)
        }
        if reserved.contains(safe.lowercased())
            || reserved.contains(safe.lowercased().split(separator: ".").first.map(String.init) ?? "")
        {
            safe += "_"
        }
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
                scalar.value < 0x20 || scalar.value == 0x7F || "/\\:*?\"<>|".unicodeScalars.contains(scalar)
            }
    }

    /// Names Windows will not create, whatever the extension.
    private static let reserved: Set<String> = Set(
        ["con", "prn", "aux", "nul"] + (1...9).map { "com\($0)" } + (1...9).map { "lpt\($0)" })

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
