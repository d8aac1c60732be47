/// A yes/no field: `true`/`false` (also `yes`/`no`, `on`/`off`), read from the text as written, since
/// front matter is parsed without YAML's type guessing.
struct FlagField: Sendable, Hashable {
    var value: Bool
}

extension FlagField: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        switch try value.text().lowercased() {
        case "true", "yes", "on": self.value = true
        case "false", "no", "off": self.value = false
        default: throw value.mismatch(.flag)
        }
    }
}
