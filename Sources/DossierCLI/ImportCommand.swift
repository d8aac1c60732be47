import ArgumentParser
import DossierKit
import Foundation

/// `dossier import ucdp|acled FILE.csv`: a dataset's events into a dossier.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the events of a UCDP GED or ACLED CSV file into a dossier.",
        discussion: """
            dossier import ucdp ged-mexico.csv     events into content/timeline/ucdp-<year>.yml, actors into \
            content/entities/, country > region > district > location into content/places/ (with coordinates)
            dossier import acled export.csv --into my-dossier
            Each file says it was imported. Importing a newer file again updates the imported events and adds \
            new places and actors; a file edited since it was imported is kept, and listed.
            """
    )

    @Argument(help: "The dataset: ucdp (UCDP GED's CSV columns) or acled (ACLED's export columns).")
    var dataset: EventDataset

    @Argument(help: "The CSV file (unpack a .csv.gz first: gunzip -k FILE.csv.gz).")
    var file: String

    @Option(
        name: .customLong("into"),
        help: "The dossier to import into (default: the current folder); a folder without site.yml gets one.")
    var dossier: String = "."

    func run() throws {
        let printer = DiagnosticPrinter()
        let terminal = TerminalOutput.current
        var shown = -1
        let started = Date()
        do {
            let report = try EventImport.run(
                dataset, file: URL(fileURLWithPath: file), into: URL(fileURLWithPath: dossier, isDirectory: true)
            ) { fraction in
                let percent = Int(fraction * 100)
                guard percent / 10 != shown / 10 else { return }
                shown = percent
                printer.line("Reading \(file): \(percent)%")
            }
            for line in report.skipped { printer.line(line) }
            if report.skippedCount > report.skipped.count {
                printer.line("… and \(report.skippedCount - report.skipped.count) more rows left out")
            }
            for kept in report.kept { printer.line("\(kept.path): warning: kept as it is: \(kept.reason)") }
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            printer.line(
                "Imported \(report.events) events in \(seconds) s: \(report.created.count) files created, \(report.updated.count) updated, \(report.unchanged) unchanged, \(report.kept.count) kept → \(dossier)"
            )
            _ = terminal
        } catch {
            printer.line("error: \(error.description)")
            throw ExitCode.failure
        }
    }
}

extension EventDataset: ExpressibleByArgument {}
