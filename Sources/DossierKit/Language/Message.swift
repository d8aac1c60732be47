/// One text a reader sees, in one language: plain, or one form per CLDR plural category; either
/// may name arguments in braces (`{count} articles in {year}`).
enum Message: Sendable, Hashable {
    case text(String)
    /// The forms by category (`other` always among them), and the argument that picks the form.
    case plural([PluralCategory: String], argument: String)

    /// The text with `arguments` put in; a plural's form is picked by `rules` from the number of its
    /// argument (`count` unless the message names another).
    func format(_ arguments: [String: String], numbers: [String: Int] = [:], rules: PluralRules) -> String {
        switch self {
        case .text(let text):
            return Self.fill(text, arguments)
        case .plural(let forms, let argument):
            let count = numbers[argument] ?? Int(arguments[argument] ?? "") ?? 0
            let form = forms[rules.category(of: count)] ?? forms[.other] ?? ""
            return Self.fill(form, arguments)
        }
    }

    /// The message as one text, the same in every process (forms in category order): for digests.
    var stableText: String {
        switch self {
        case .text(let text): return text
        case .plural(let forms, let argument):
            return argument + "\u{1F}"
                + PluralCategory.allCases.compactMap { forms[$0].map { "\($0)\u{1F}" } }.joined()
        }
    }

    /// `text` with each `{name}` of `arguments` replaced (an unknown name is left as written). A value
    /// that ends with a full stop takes the place of the one after it ("все за {when}." with
    /// "апрель 2016 г." is "все за апрель 2016 г.", not "г..").
    static func fill(_ text: String, _ arguments: [String: String]) -> String {
        guard text.contains("{"), !arguments.isEmpty else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = arguments[name] { result += value } else { result += rest[open...close] }
            rest = rest[rest.index(after: close)...]
            if let value = arguments[name], value.hasSuffix("."), rest.first == "." { rest = rest.dropFirst() }
        }
        return result + rest
    }
}
