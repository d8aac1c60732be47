/// A position in an input file: a path relative to the dossier folder and a 1-based line and column.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file, relative to the dossier folder (`content/articles/kerry.md`).
    public var path: String
    /// The 1-based line, or 0 when only the file is known.
    public var line: Int
    /// The 1-based column, or 0 when only the line is known.
    public var column: Int

    /// Creates a location; a line or column of 0 means "unknown".
    public init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, leaving out the parts that are unknown, with the path's control
    /// characters escaped (see `TerminalText`): a file name cannot break the line it is printed on.
    public var description: String {
        let path = TerminalText.escaped(self.path)
        guard line > 0 else { return path }
        guard column > 0 else { return "\(path):\(line)" }
        return "\(path):\(line):\(column)"
    }
}
