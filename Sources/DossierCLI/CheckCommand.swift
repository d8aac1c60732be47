import ArgumentParser
import DossierKit
import Foundation

/// `dossier check`: every problem a build would report, and what a publisher checks besides, with
/// nothing written.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report every problem of the dossier without writing anything.",
        discussion: """
            Reports what a build would (content, site.yml, templates) and what a publisher checks: \
            links from the web host's root, links to anchors a page does not have, template keys no page has.
            Exit status: 0 no errors (warnings allowed), 1 errors, 2 usage errors.
            """
    )

    /// How the problems are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// `path:line:column: error|warning: message` on standard error.
        case text
        /// GitHub Actions annotations on standard output.
        case github
        /// One JSON list on standard output.
        case json
    }

    @Argument(help: "The dossier folder (default: the current one, or the nearest one above it with a site.yml).")
    var path: String = "."

    @Option(help: "How to print the problems: text, github (Actions annotations) or json.")
    var format: Format = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Check articles marked 'draft: true' too.")
    var drafts = false

    @Flag(help: "Accept articles dated after today without a warning.")
    var future = false

    func validate() throws {
        try DossierOptions.parse([path]).validate()
    }

    func run() throws {
        let dossier = try DossierOptions.parse([path])
        let options = BuildOptions(
            projectRoot: dossier.projectRoot, includeDrafts: drafts, strict: strict, allowsFuture: future)
        let printer = DiagnosticPrinter()
        let diagnostics: [Diagnostic]
        let failed: Bool
        do {
            diagnostics = try SiteBuilder(options: options).check().diagnostics
            failed = false
        } catch let error as DossierError {
            diagnostics = error.diagnostics
            failed = true
        } catch let refusal as OutputRefusal {
            // A build would refuse the output folder too (its last build's cache is read from its state).
            printer.line("error: " + refusal.message)
            throw ExitCode(2)
        }
        let prefix = Self.prefix(of: options.projectRoot)
        switch format {
        case .text:
            printer.print(diagnostics)
            let errors = diagnostics.count { $0.severity == .error }
            let warnings = diagnostics.count - errors
            printer.line(
                diagnostics.isEmpty
                    ? "No problems found."
                    : "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        case .github:
            for diagnostic in diagnostics { printer.raw(DiagnosticFormats.githubAnnotation(diagnostic, prefix: prefix)) }
        case .json:
            printer.raw(DiagnosticFormats.json(diagnostics, prefix: prefix))
        }
        if failed { throw ExitCode.failure }
    }

    /// The dossier folder as a path from the current folder, ending in `/`, for the paths of machine
    /// formats (a CI job runs from the repository's root); empty for the current folder itself.
    static func prefix(of root: URL) -> String {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let path = root.standardizedFileURL.path
        if path == cwd { return "" }
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) + "/" }
        return path + "/"
    }
}
