import Foundation

/// Where the lines of a parsed text come from: the lines written before the body (`origins`, `nil`
/// for the footnotes' link reference definitions) and the body's lines, some rewritten.
struct SourcePositions {
    /// Where a line written before the body comes from: bytes of a body line from `start`, after
    /// `skipped` bytes of its own, with the backslashes before `unescapedPipes` (indices of the
    /// written text) taken out.
    struct Origin {
        var line: Int
        var start: Int
        var skipped = 0
        var unescapedPipes: [Int] = []
    }

    /// How many lines were written before the body.
    var prefixCount = 0
    var origins: [Int: Origin] = [:]
    /// Body lines whose start was rewritten: their byte columns from `from` on are `by` more as written.
    var rewritten: [Int: (from: Int, by: Int)] = [:]

    /// The line and byte column, in the text as written, of a line and byte column of the parsed
    /// text; `nil` for lines of Dossier's own, and for positions cmark does not know.
    func original(line: Int, column: Int) -> (line: Int, column: Int)? {
        guard line >= 1, column >= 1 else { return nil }
        var position = (line: line - prefixCount, column: column)
        if line <= prefixCount {
            guard let origin = origins[line] else { return nil }
            let index = max(0, column - 1 - origin.skipped)
            position = (origin.line, origin.start + index + origin.unescapedPipes.count { $0 <= index } + 1)
        }
        if let shift = rewritten[position.line], position.column >= shift.from { position.column += shift.by }
        return position
    }
}
