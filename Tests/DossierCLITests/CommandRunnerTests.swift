import DossierServe
import Foundation
import Testing

@testable import DossierCLI
@testable import DossierKit

/// The command line as a script or CI job sees it: exit status 0 (built, or help), 1 (content
/// errors), 2 (usage errors), and what it writes to standard error and standard output.
@Suite struct CommandRunnerTests {
    /// What one run wrote, line by line.
    final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private var errorLines: [String] = []
        private var outputLines: [String] = []

        var errors: [String] { lock.withLock { errorLines } }
        var output: [String] { lock.withLock { outputLines } }

        var terminal: TerminalOutput {
            TerminalOutput(
                error: { line in self.lock.withLock { self.errorLines.append(line) } },
                output: { line in self.lock.withLock { self.outputLines.append(line) } }, colours: false)
        }
    }

    /// Runs `dossier` with `arguments`; its exit status and what it wrote.
    func run(_ arguments: [String]) async -> (status: Int32, capture: Capture) {
        let capture = Capture()
        let status = await TerminalOutput.$current.withValue(capture.terminal) { await CommandRunner.run(arguments) }
        return (status, capture)
    }

    /// A small dossier in a new temporary folder.
    func dossier(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    static let article = "---\ntitle: Talks in Vienna\ndate: 2016-04-11\nentities: [John Kerry]\n---\nBody.\n"

    @Test func aBuildExitsZeroAndSaysWhatItBuilt() async throws {
        let root = try dossier(["site.yml": "title: T\n", "content/articles/talks.md": Self.article])
        defer { try? FileManager.default.removeItem(at: root) }
        let (status, capture) = await run(["build", root.path])
        #expect(status == 0)
        #expect(capture.errors.first?.hasPrefix("content/articles/talks.md:4:") == true, "\(capture.errors)")
        #expect(capture.errors.first?.contains("warning: unknown entity 'John Kerry'") == true)
        #expect(capture.errors.last?.hasPrefix("Built 1") == true, "\(capture.errors)")
        #expect(FileManager.default.fileExists(atPath: root.path + "/public/articles/talks/index.html"))

        let again = await run(["build", root.path, "--strict"])
        #expect(again.status == 1, "--strict makes the warning an error")
        #expect(again.capture.errors.contains { $0.contains(": error: unknown entity") })
    }

    @Test func contentErrorsExitOneWithEveryProblemAtItsLine() async throws {
        let root = try dossier([
            "site.yml": "title: T\n", "content/articles/a.md": "---\ntitle: A\ndate: 2016-13-01\n---\nBody.\n",
            "content/articles/b.md": "---\ndate: 2016-04-01\n---\nBody.\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let (status, capture) = await run(["build", root.path])
        #expect(status == 1)
        #expect(capture.errors.contains { $0.hasPrefix("content/articles/a.md:3:") && $0.contains(": error: ") })
        #expect(capture.errors.contains { $0.hasPrefix("content/articles/b.md:") && $0.contains("title") })
        #expect(capture.errors.last?.hasPrefix("Build failed: 2 errors") == true, "\(capture.errors)")
        #expect(!FileManager.default.fileExists(atPath: root.path + "/public"))
    }

    @Test func usageErrorsExitTwo() async throws {
        let root = try dossier(["site.yml": "title: T\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        for arguments in [
            ["build", root.path + "/missing"], ["build", "--bogus"], ["frobnicate"],
            ["build", root.path, "--base-url", "https://example.org/\n"], ["serve", root.path, "--host", "not a host"],
            ["serve", root.path + "/missing"],
        ] {
            let (status, capture) = await run(arguments)
            #expect(status == 2, "\(arguments)")
            #expect(capture.errors.joined().contains("Error:") || capture.errors.joined().contains("error"), "\(arguments)")
            #expect(!capture.errors.joined().contains("\n"), "every line escaped: \(capture.errors)")
        }
        let foreign = root.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
        for output in [root.path, root.path + "/content", "/", foreign.path] {
            for command in [["build", root.path], ["serve", root.path, "--port", "0"]] {
                let (status, capture) = await run(command + ["--output", output])
                #expect(status == 2, "an output folder that is refused is a usage error: \(command) \(output)")
                #expect(
                    capture.errors.count == 1 && capture.errors[0].hasPrefix("error: refusing to write the site to "),
                    "\(capture.errors)")
            }
        }
        let refused = await run(["build", root.path, "--output", root.path + "/content"])
        #expect(
            refused.capture.errors == [
                "error: refusing to write the site to \(root.path)/content: it would replace the dossier's own files; choose another folder with --output (the default is public/)"
            ])
        #expect(FileManager.default.contents(atPath: foreign.path + "/notes.txt") == Data("mine".utf8))

        let (status, capture) = await run(["build", "bad\u{1B}[2Kpath"])
        #expect(status == 2)
        #expect(capture.errors.joined().contains("bad\\u{1B}[2Kpath"), "what was typed is shown escaped")
    }

    @Test func aBuildWithNothingToDoSaysHowToForceOne() async throws {
        let root = try dossier(["site.yml": "title: T\n", "content/articles/talks.md": Self.article])
        defer { try? FileManager.default.removeItem(at: root) }
        _ = await run(["build", root.path])
        let (status, capture) = await run(["build", root.path])
        #expect(status == 0)
        let summary = try #require(capture.errors.last)
        #expect(summary.hasPrefix("Nothing to do: no input changed since the last build (checked in "), "\(summary)")
        #expect(summary.hasSuffix(" ms); --force rebuilds anyway → \(root.path)/public/"), "\(summary)")
    }

    @Test func timingsShowEveryStageNameWhole() async throws {
        let root = try dossier(["site.yml": "title: T\n", "content/articles/talks.md": Self.article])
        defer { try? FileManager.default.removeItem(at: root) }
        let (status, capture) = await run(["build", root.path, "--timings"])
        #expect(status == 0)
        let stages = capture.errors.filter { $0.hasPrefix("  ") && $0.hasSuffix(" ms") }
        #expect(stages.contains { $0.hasPrefix("  render and write ") }, "\(stages)")
        #expect(stages.contains { $0.hasPrefix("  front matter     ") }, "\(stages)")
        #expect(Set(stages.map(\.count)).count == 1, "the times line up: \(stages)")
    }

    /// What `serve` prints for each build: never `--force`, which it does not take, and the time of
    /// a rebuild on a 24-hour clock.
    @Test func serveSuggestsNoOptionItLacksAndPrintsA24HourClock() {
        let capture = Capture()
        TerminalOutput.$current.withValue(capture.terminal) {
            var reporter = ServeReporter(printer: DiagnosticPrinter())
            reporter.now = { Date(timeIntervalSince1970: 1_460_390_645) }  // 2016-04-11 16:04:05 UTC
            reporter.timeZone = TimeZone(identifier: "UTC")!
            var upToDate = BuildReport()
            upToDate.upToDate = true
            reporter.report(.built(upToDate, changed: [], reloadedTabs: 0, seconds: 0))
            var rebuilt = BuildReport()
            rebuilt.pagesByKind = ["article": 1, "home": 1]
            reporter.report(.built(rebuilt, changed: ["content/articles/a.md"], reloadedTabs: 2, seconds: 0.0123))
        }
        #expect(
            capture.errors == [
                "Nothing to do: no input changed since the last build (checked in 0 ms)",
                "[16:04:05] content/articles/a.md changed: Built 2 pages (1 article, 1 index page), 0 warnings in 0 ms; 2 tabs reloaded (12 ms)",
            ])
    }

    @Test func helpAndVersionExitZeroOnStandardOutput() async {
        let help = await run(["build", "--help"])
        #expect(help.status == 0)
        #expect(help.capture.output.contains { $0.contains("USAGE: dossier build") })
        #expect(help.capture.errors.isEmpty)
        let version = await run(["--version"])
        #expect(version.status == 0)
        #expect(version.capture.output == ["0.1.0"])
    }
}
