import ArgumentParser
import DossierKit
import Foundation

/// The options `build` and `serve` share, declared once.
struct DossierOptions: ParsableArguments {
    @Argument(help: "The dossier folder (holding site.yml, content/ and optionally templates/).")
    var path: String = "."

    @Option(name: .shortAndLong, help: "Where to write the site (default: PATH/public).")
    var output: String?

    @Flag(help: "Include articles marked 'draft: true'.")
    var drafts = false

    @Flag(help: "Publish articles dated after today without a warning.")
    var future = false

    @Flag(help: "Print the time each build stage took.")
    var timings = false

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError(
                "'\(TerminalText.escaped(path))' is not a folder; give the dossier folder (the one holding site.yml and content/)"
            )
        }
        if case .failure = DossierLocation.find(from: URL(fileURLWithPath: path, isDirectory: true)) {
            throw ValidationError(TerminalText.escaped(DossierLocationProblem(folder: path).message))
        }
    }

    /// The dossier folder: `PATH`, or the nearest folder above it with a `site.yml`
    /// (`DossierLocation`).
    var projectRoot: URL {
        let given = URL(fileURLWithPath: path, isDirectory: true)
        return (try? DossierLocation.find(from: given).get()) ?? given
    }

    /// The output folder, when chosen.
    var outputDirectory: URL? { output.map { URL(fileURLWithPath: $0, isDirectory: true) } }
}
