import Foundation
import Testing

@testable import DossierKit

/// A build killed in the middle (`kill -9`) must leave the previous site exactly as it was, and the
/// next build must succeed and clean up after it. Runs the real `dossier` executable.
@Suite struct InterruptedBuildTests {
    /// The `dossier` executable built beside the tests.
    static var executable: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("dossier"),
            SampleSiteTests.repositoryRoot.appendingPathComponent(".build/debug/dossier"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    private func run(_ arguments: [String], errors: URL? = nil) throws -> Process {
        let process = Process()
        process.executableURL = try #require(Self.executable, "the dossier executable is not built")
        process.arguments = arguments
        if let errors {
            FileManager.default.createFile(atPath: errors.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: errors)
        } else {
            process.standardError = FileHandle.nullDevice
        }
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func killedBuildLeavesThePreviousSiteIntact() throws {
        var files = ["site.yml": Fixture.site, "content/entities/kerry.md": Fixture.entity("John Kerry")]
        let body = String(repeating: "A paragraph about the talks, the ceasefire and the line of contact.\n\n", count: 40)
        for number in 0..<1500 {
            files["content/articles/a\(number).md"] = Fixture.article(
                "Article \(number)", extra: "entities: [kerry, Person \(number % 50)]\ntags: [t\(number % 20)]", body: body)
        }
        let project = try TestProject(files)
        let start = Date()
        let first = try run(["build", project.root.path])
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let fullBuild = Date().timeIntervalSince(start)
        var killedMidway = false
        for (attempt, fraction) in [0.5, 0.3, 0.15, 0.05].enumerated() where !killedMidway {
            let before = project.outputFiles()
            #expect(before.count > 1500)
            try project.write("content/articles/a0.md", Fixture.article("Changed title \(attempt)", body: body))
            let build = try run(["build", project.root.path])
            Thread.sleep(forTimeInterval: fullBuild * fraction)
            killedMidway = build.isRunning
            kill(build.processIdentifier, SIGKILL)
            build.waitUntilExit()
            if killedMidway {
                // Killed before the swap: the previous site, untouched. Killed after it (while the old
                // site was being deleted): the complete new site, the same as a clean build makes.
                let after = project.outputFiles()
                if after != before {
                    let reference = project.root.appendingPathComponent("reference")
                    let clean = try run(["build", project.root.path, "--output", reference.path])
                    clean.waitUntilExit()
                    let expected = try TestProject.files(in: reference)
                    #expect(after == expected, "a killed build leaves either the previous site or the whole new one")
                    FolderRemoval.remove(reference)
                }
            }
        }
        #expect(killedMidway, "a build was killed while it ran")

        let errors = project.root.appendingPathComponent("again.log")
        let again = try run(["build", project.root.path], errors: errors)
        again.waitUntilExit()
        let problems = (try? String(contentsOf: errors, encoding: .utf8))?.split(separator: "\n")
            .filter { !$0.contains("warning: unknown entity") }.joined(separator: "\n")
        #expect(again.terminationStatus == 0, "the build after the killed ones failed: \(problems ?? "")")
        #expect(project.page("articles/a0/index.html")?.contains("Changed title") == true)
        #expect(project.hasState)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter {
            $0.contains(".dossier-")
        }
        #expect(leftovers.isEmpty, "no staging folder is left: \(leftovers); \(problems ?? "")")
    }
}
