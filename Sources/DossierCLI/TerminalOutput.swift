import Foundation

/// Where the command line writes: standard error for diagnostics and messages, standard output
/// for what a script may read (the served address, help). Tests run commands with their own.
public struct TerminalOutput: Sendable {
    /// Writes one line (without its line break) to the error stream.
    public var error: @Sendable (String) -> Void
    /// Writes one line (without its line break) to the output stream.
    public var output: @Sendable (String) -> Void
    /// Whether diagnostics may be coloured (the error stream is a terminal and `NO_COLOR` is unset).
    public var colours: Bool

    /// Creates an output.
    public init(error: @escaping @Sendable (String) -> Void, output: @escaping @Sendable (String) -> Void, colours: Bool) {
        self.error = error
        self.output = output
        self.colours = colours
    }

    /// The process's standard error and standard output.
    public static let standard = TerminalOutput(
        error: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
        output: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
        colours: isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)

    /// The output of the command running in this task.
    @TaskLocal public static var current = TerminalOutput.standard
}
