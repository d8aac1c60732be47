import ArgumentParser
import DossierKit
import Foundation

/// `dossier build`: build the site once.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the dossier into a static site (public/ by default).",
        discussion: """
            Diagnostics are printed to standard error as path:line:column: error|warning: message.
            Exit status: 0 built (warnings allowed), 1 content errors (nothing written), 2 usage errors.
            """
    )

    @OptionGroup var dossier: DossierOptions

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: "The site's public address (overrides base_url in site.yml).")
    var baseURL: String?

    @Flag(help: "Rebuild even when no input changed since the last build.")
    var force = false

    func validate() throws {
        if let baseURL, case .failure(let problem) = BaseURL.normalized(baseURL) {
            // Escaped here: the usage message around it has line breaks of its own.
            throw ValidationError(problem.message(for: "--base-url", value: TerminalText.escaped(baseURL)))
        }
    }

    func run() throws {
        let options = BuildOptions(
            projectRoot: dossier.projectRoot, outputDirectory: dossier.outputDirectory, includeDrafts: dossier.drafts,
            strict: strict, baseURL: baseURL, force: force, allowsFuture: dossier.future)
        let printer = DiagnosticPrinter()
        do {
            let report = try SiteBuilder(options: options).build()
            printer.print(report.diagnostics)
            if dossier.timings { report.timingLines.forEach(printer.line) }
            let again = report.isUpToDate ? "; --force rebuilds anyway" : ""
            printer.line(report.summary + again + " → \(displayPath(options.outputDirectory))")
        } catch let error as DossierError {
            printer.print(error.diagnostics)
            printer.line(error.summary + "; nothing was written")
            throw ExitCode.failure
        } catch let refusal as OutputRefusal {
            // The folder given (or the default one) is a usage error: nothing was read or written.
            printer.line("error: " + refusal.message)
            throw ExitCode(2)
        } catch {
            printer.line(
                "error: the site could not be written: \(error.localizedDescription); the previous site was left as it was")
            throw ExitCode.failure
        }
    }

    private func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        return url.path.hasPrefix(cwd + "/") ? String(url.path.dropFirst(cwd.count + 1)) + "/" : url.path + "/"
    }
}
