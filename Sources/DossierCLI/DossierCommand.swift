import ArgumentParser
import DossierKit
import Foundation

/// The `dossier` command: build a conflict dossier into a static site, or preview it while editing.
struct DossierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turn a conflict dossier (Markdown articles, entities, places, timeline) into a cross-linked static site.",
        version: "0.1.0",
        subcommands: [
            NewCommand.self, BuildCommand.self, CheckCommand.self, ServeCommand.self, ImportCommand.self, ThemeCommand.self,
        ]
    )
}

/// Runs the command line.
public enum CommandRunner {
    /// Parses `arguments` (without the program's name), runs the command, and returns its exit
    /// status: 0 built (or help shown), 1 content errors, 2 usage errors. Writes to
    /// `TerminalOutput.current`.
    public static func run(_ arguments: [String]) async -> Int32 {
        let printer = DiagnosticPrinter()
        do {
            var command = try DossierCommand.parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            let message = DossierCommand.fullMessage(for: error)
            if DossierCommand.exitCode(for: error) == .success {
                for line in message.split(separator: "\n", omittingEmptySubsequences: false) { printer.output(String(line)) }
                return 0
            }
            // The message quotes what was typed (a path, an option's value): escaped line by line.
            for line in message.split(separator: "\n", omittingEmptySubsequences: false) { printer.line(String(line)) }
            return 2
        }
    }
}
