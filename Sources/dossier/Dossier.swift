import ArgumentParser
import DossierKit
import Foundation

/// The `dossier` command: build a conflict dossier into a static site, or preview it while editing.
@main
struct Dossier: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turn a conflict dossier (Markdown articles, entities, places, timeline) into a cross-linked static site.",
        version: "0.1.0",
        subcommands: [BuildCommand.self, ServeCommand.self]
    )

    /// Parses, runs, and exits with 0 (built), 1 (content errors) or 2 (usage errors).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let message = fullMessage(for: error)
            if exitCode(for: error) == .success {
                Swift.print(message)
                Foundation.exit(0)
            }
            // The message quotes what was typed (a path, an option's value): escaped line by line.
            FileHandle.standardError.write(Data((TerminalText.escapedLines(message) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
