import ArgumentParser
import DossierKit
import Foundation

/// `dossier theme export DIR`: the built-in theme's files, to read or to copy from.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the built-in theme.",
        subcommands: [Export.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the built-in theme's templates and assets into a folder.",
            discussion: """
                A dossier's templates/ overrides the built-in theme file by file: copy only the files you \
                change into templates/ (same path), and the others keep coming from the built-in theme, \
                with its fixes in later versions. templates/assets/custom.css, when present, is linked \
                after the theme's stylesheet.
                """
        )

        @Argument(help: "The folder to write into (made when missing; no file in it is overwritten).")
        var folder: String

        func run() throws {
            let printer = DiagnosticPrinter()
            do {
                let written = try Scaffold.exportTheme(to: URL(fileURLWithPath: folder, isDirectory: true))
                printer.line("Wrote the built-in theme (\(written.count) files) into \(folder)/")
            } catch let problem {
                printer.line("error: " + problem.message)
                throw ExitCode.failure
            }
        }
    }
}
