import ArgumentParser
import DossierKit
import Foundation

/// `dossier new PATH`: start a dossier; `dossier new article|entity|place|page "Title"`: add a file.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new dossier, or add an article, entity, place or page to one.",
        discussion: """
            dossier new my-dossier          a dossier that builds as it is: site.yml, the content folders, \
            one example of each kind with every field explained, a .gitignore
            dossier new article "Title"     content/articles/<slug>.md dated today (also entity, place, page)
            Never overwrites a file.
            """
    )

    @Argument(help: "A folder for a new dossier, or the kind of file to add: article, entity, place or page.")
    var target: String

    @Argument(help: "The title (or name) of the file to add.")
    var title: String?

    @Option(
        name: .customLong("in"),
        help: "The dossier to add the file to (default: the current folder or the nearest one above it with a site.yml).")
    var dossier: String = "."

    func validate() throws {
        if title != nil, !NewContentFile.kinds.contains(target) {
            throw ValidationError(
                "'\(TerminalText.escaped(target))' is not a kind of file; write one of \(NewContentFile.kinds.joined(separator: ", ")) before the title (dossier new article \"Ceasefire talks\")"
            )
        }
        if title == nil, NewContentFile.kinds.contains(target) {
            throw ValidationError(
                "give the \(target)'s title after '\(target)': dossier new \(target) \"Its title\" (to start a dossier in a folder named '\(target)', write ./\(target))"
            )
        }
    }

    func run() throws {
        let printer = DiagnosticPrinter()
        let today = Scaffold.today()
        do {
            if let title {
                let given = URL(fileURLWithPath: dossier, isDirectory: true)
                let root: URL
                switch DossierLocation.find(from: given) {
                case .success(let found): root = found
                case .failure(let problem):
                    printer.line("error: " + problem.message)
                    throw ExitCode.validationFailure
                }
                let path = try Scaffold.newFile(kind: target, title: title, in: root, today: today)
                printer.output(Self.shown(root.appendingPathComponent(path)))
            } else {
                let folder = URL(fileURLWithPath: target, isDirectory: true)
                let written = try Scaffold.newDossier(at: folder, today: today)
                printer.line("Started a dossier in \(target)/ (\(written.count) files). Next:")
                printer.line("  cd \(target)")
                printer.line("  dossier serve --open    preview it while you edit the files in content/")
                printer.line("  dossier check           every problem at once, nothing written")
                printer.line("  dossier build           the site in public/, ready to publish")
            }
        } catch let problem as ScaffoldProblem {
            printer.line("error: " + problem.message)
            throw ExitCode.failure
        }
    }

    /// `url` from the current folder when it is inside it.
    static func shown(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }
}
