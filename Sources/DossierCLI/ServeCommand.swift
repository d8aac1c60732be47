import ArgumentParser
import DossierKit
import DossierServe
import Foundation

/// `dossier serve`: build, serve on loopback, watch, rebuild and live-reload; build errors show in the page.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the dossier in a browser; pages reload by themselves after every save.",
        discussion: """
            Builds the site (into PATH/public unless --output), serves it at http://127.0.0.1:8000/, and rebuilds \
            whenever site.yml, content/ or templates/ change; every open tab then reloads. A build error keeps the \
            last good site served and shows the problems over the page until the next good build. The reload \
            script is added to pages as they are served, never written into the output folder. Ctrl-C stops.
            """
    )

    @OptionGroup var dossier: DossierOptions

    @Option(help: "The port to listen on; 0 takes any free port.")
    var port: UInt16 = 8000

    @Option(help: "The address to listen on. Anything but 127.0.0.1 or ::1 lets other machines read the preview.")
    var host: String = "127.0.0.1"

    @Flag(help: "Open the site in the default browser once it is served.")
    var open = false

    @Flag(help: "Notice changes by polling every half second instead of inotify (for network or container mounts).")
    var poll = false

    func validate() throws {
        do {
            _ = try ListenAddress(host: host, port: port)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() async throws {
        let printer = DiagnosticPrinter()
        let address = try ListenAddress(host: host, port: port)
        // Drafts are previewed from Dossier's state folder: a `public/` with drafts in it would get deployed.
        let root = dossier.projectRoot
        let output = dossier.outputDirectory ?? (dossier.drafts ? BuildOptions.draftPreviewFolder(of: root) : nil)
        let build = BuildOptions(
            projectRoot: root, outputDirectory: output, includeDrafts: dossier.drafts,
            allowsFuture: dossier.future, cache: BuildCache(), updatesInPlace: true)
        let options = PreviewOptions(
            build: build, address: address, watchMode: poll ? .polling(interval: .milliseconds(500)) : .automatic)
        let server = PreviewServer(options: options) { ServeReporter(printer: printer, timings: dossier.timings).report($0) }
        let url: URL
        do {
            url = try await server.start()
        } catch let error as ServeError {
            printer.line("error: \(error)")
            throw ExitCode(2)
        } catch let refusal as OutputRefusal {
            printer.line("error: " + refusal.message)
            throw ExitCode(2)
        }
        if !address.isLoopback {
            printer.line(
                "warning: listening on \(address.host): other machines on the network can read this preview"
                    + (dossier.drafts ? ", drafts included" : "")
                    + "; use the default --host 127.0.0.1 to keep it to this machine")
        }
        let mechanism = await server.watchMechanism ?? "polling"
        let serving = "Serving \(build.outputDirectory.path) at \(url.absoluteString) (watching with \(mechanism); Ctrl-C stops)"
        printer.output(serving)
        if open, !BrowserOpener.open(url) { printer.line("note: could not open a browser; open \(url.absoluteString) yourself") }
        await InterruptSignal.wait()
        printer.line("Stopping…")
        // The server's own stop is bounded; this is the last resort should it ever not be, on a
        // Dispatch thread so that it fires even when Swift's task threads are all busy.
        DispatchQueue.global().asyncAfter(deadline: .now() + 5) {
            printer.line("error: the server did not stop within 5 seconds; exiting")
            Foundation.exit(1)
        }
        await server.stop()
    }
}
