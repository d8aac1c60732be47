/// A YAML syntax error worded for the editor: Yams' problem with what to do about it, or a message
/// of its own where Yams' would mislead. A tab that indents a line is the usual case: libyaml calls
/// it "a character that cannot start any token", which reads like a problem with the value.
struct YAMLSyntaxMessage: Equatable {
    /// What is wrong and how to fix it.
    var message: String
    /// Where, as a 1-based line and column of the YAML (columns count characters).
    var line: Int
    var column: Int

    /// The message for Yams' `problem` (and its `context`, such as "while scanning a plain scalar")
    /// reported at `line` and `column` of `yaml`.
    init(problem: String, context: String?, in yaml: String, line: Int, column: Int) {
        self.line = line
        self.column = column
        let text = Self.line(line, of: yaml)
        // Yams reports a tab that indents a line on that line, at the tab or at the line's start.
        if let text, let tab = Self.indentingTab(in: text) {
            self.column = tab
            message = "this line is indented with a tab, but YAML does not allow tabs for indentation; indent with spaces"
            return
        }
        var message = "invalid YAML: \(problem)"
        if let context { message += " (\(context))" }
        let found = text.flatMap { Self.character(at: column, in: $0) }
        self.message = message + Self.hint(for: problem, found: found)
    }

    /// What to do about `problem`, when known; `found` is the character at the error.
    private static func hint(for problem: String, found: Character?) -> String {
        if problem.contains("found character that cannot start any token") {
            switch found {
            case "@", "`":
                return "; a value cannot start with '\(found!)', so put it in quotes (\"\(found!)…\")"
            case "%":
                return "; a value cannot start with '%' there, so put it in quotes (\"%…\")"
            case "\t":
                return "; YAML does not allow a tab there, so use spaces"
            default:
                return "; put a value that starts with a special character in quotes"
            }
        }
        if problem.contains("mapping values are not allowed") {
            return "; a value that contains ': ' must be put in quotes"
        }
        if problem.contains("did not find expected") {
            return "; check the indentation and that every '[' and quote is closed"
        }
        return ""
    }

    /// The 1-based column of the first tab among the spaces and tabs that start `line`, if any.
    static func indentingTab(in line: Substring) -> Int? {
        var column = 1
        for character in line.unicodeScalars {
            switch character {
            case "\t": return column
            case " ": column += 1
            default: return nil
            }
        }
        return nil
    }

    /// The character at the 1-based `column` of `line`.
    private static func character(at column: Int, in line: Substring) -> Character? {
        guard column >= 1 else { return nil }
        let scalars = line.unicodeScalars
        guard let index = scalars.index(scalars.startIndex, offsetBy: column - 1, limitedBy: scalars.endIndex),
            index < scalars.endIndex
        else { return nil }
        return Character(scalars[index])
    }

    /// Line `line` of `yaml` (1-based), if it has one.
    private static func line(_ line: Int, of yaml: String) -> Substring? {
        guard line >= 1 else { return nil }
        var number = 1
        for text in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            if number == line { return text }
            number += 1
        }
        return nil
    }
}
