import Foundation
import Testing

@testable import DossierKit

/// Mutates a valid dossier at random (seeded, so failures replay) and checks after every build: no
/// crash, a clear outcome, every error located, nothing written outside the output folder, and either
/// a complete new site or the previous one untouched. `DOSSIER_FUZZ_CASES` and `DOSSIER_FUZZ_SEED`
/// set the number of cases and the seed.
@Suite struct FuzzTests {
    static var caseCount: Int { Int(ProcessInfo.processInfo.environment["DOSSIER_FUZZ_CASES"] ?? "") ?? 150 }

    static let seedDossier: [String: String] = SiteBuildTests.smallDossier.merging([
        "content/articles/vienna.md": Fixture.article(
            "Vienna summit", date: "2016-05-16",
            extra:
                "summary: \"Talks: a ceasefire\"\nentities: [Sergey Lavrov, john-kerry]\nplaces: [stepanakert]\ntags: [diplomacy]\nevents:\n  - date: 2016-05\n    end: 2016-06\n    title: Talks\n",
            body: "# Heading\n\nText with [a link](../entities/john-kerry.md) and *emphasis*.\n\n- a\n- b\n"),
        "content/places/talish.md": Fixture.place("Talish", type: "village", extra: "in: nagorno-karabakh\naliases: [Talış]"),
    ]) { _, new in new }

    @Test func randomMutationsNeverCrashOrLoseTheSite() throws {
        var random = SplitMix64(seed: UInt64(ProcessInfo.processInfo.environment["DOSSIER_FUZZ_SEED"] ?? "") ?? 20_160_402)
        let project = try TestProject(Self.seedDossier)
        try project.build()
        let paths = Self.seedDossier.keys.sorted()
        var outcomes = (built: 0, failed: 0)
        for number in 0..<Self.caseCount {
            let path = paths[Int(random.next() % UInt64(paths.count))]
            var bytes = Array(Self.seedDossier[path]!.utf8)
            for _ in 0...(random.next() % 3) { Mutator.mutate(&bytes, &random) }
            try project.write(path, Data(bytes))
            let before = project.outputFiles()
            let sourcesBefore = try Self.snapshotOutside(project)
            let context = "case \(number), \(path): \(String(decoding: bytes, as: UTF8.self).debugDescription)"
            do {
                let report = try project.build()
                outcomes.built += 1
                #expect(project.exists("index.html") && project.hasState, "\(context)")
                #expect(report.diagnostics.allSatisfy { $0.severity == .warning }, "\(context)")
            } catch let error as DossierError {
                outcomes.failed += 1
                #expect(project.outputFiles() == before, "a failed build changed public/: \(context)")
                for diagnostic in error.diagnostics where diagnostic.severity == .error {
                    #expect(diagnostic.location?.path.isEmpty == false, "error without a file: \(diagnostic) in \(context)")
                }
            } catch {
                Issue.record("unexpected error \(error) in \(context)")
            }
            #expect(try Self.snapshotOutside(project) == sourcesBefore, "wrote outside public/: \(context)")
            try project.write(path, Self.seedDossier[path]!)
        }
        #expect(outcomes.built > 0 && outcomes.failed > 0, "the mutations exercise both outcomes: \(outcomes)")
    }

    /// Every file outside `public/` (the dossier's own files and anything beside it), with its size.
    static func snapshotOutside(_ project: TestProject) throws -> [String: Int] {
        var files: [String: Int] = [:]
        let parent = project.root.deletingLastPathComponent()
        for name in try FileManager.default.contentsOfDirectory(atPath: parent.path)
        where name.contains(project.root.lastPathComponent) {
            files[name] = 0
        }
        let base = project.root.standardizedFileURL.path
        for case let url as URL in FileManager.default.enumerator(at: project.root, includingPropertiesForKeys: nil)! {
            let relative = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            if relative == "public" || relative.hasPrefix("public/") { continue }
            if relative == StateFolder.name || relative.hasPrefix(StateFolder.name + "/") { continue }
            files[relative] = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? -1
        }
        return files
    }
}

/// Small edits of the kinds that real mistakes and hostile input make.
enum Mutator {
    static let specials = [
        "&anchor ", "*alias ", "? ", "!!binary ", "- ", ": ", "{", "[", "\"", "'", "|", ">", "%YAML 1.2\n", "---\n", "\t",
        "\u{0}", "\u{FEFF}", "~", "null", "<<: *x\n", "date: 2016-13-45\n", "title:\n", "in: talish\n", "entities: {}\n",
        "\u{202E}", "../../../etc/passwd", "javascript:alert(1)", "\r\n", "#", "@", "`", "%",
    ]

    static func mutate(_ bytes: inout [UInt8], _ random: inout SplitMix64) {
        guard !bytes.isEmpty else {
            bytes = Array(specials[Int(random.next() % UInt64(specials.count))].utf8)
            return
        }
        let position = Int(random.next() % UInt64(bytes.count))
        switch random.next() % 6 {
        case 0: bytes.removeSubrange(position...)
        case 1: bytes[position] ^= UInt8(1 << (random.next() % 8))
        case 2: deleteLine(&bytes, at: position)
        case 3: swapLines(&bytes, &random)
        case 4:
            bytes.insert(
                contentsOf: Array(specials[Int(random.next() % UInt64(specials.count))].utf8), at: lineStart(bytes, position))
        default: bytes.insert(contentsOf: Array(specials[Int(random.next() % UInt64(specials.count))].utf8), at: position)
        }
    }

    private static func lineStart(_ bytes: [UInt8], _ position: Int) -> Int {
        var start = position
        while start > 0, bytes[start - 1] != 10 { start -= 1 }
        return start
    }

    private static func deleteLine(_ bytes: inout [UInt8], at position: Int) {
        let start = lineStart(bytes, position)
        var end = position
        while end < bytes.count, bytes[end] != 10 { end += 1 }
        bytes.removeSubrange(start..<min(bytes.count, end + 1))
    }

    private static func swapLines(_ bytes: inout [UInt8], _ random: inout SplitMix64) {
        var lines = bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
        guard lines.count > 2 else { return }
        let a = Int(random.next() % UInt64(lines.count))
        let b = Int(random.next() % UInt64(lines.count))
        lines.swapAt(a, b)
        bytes = Array(lines.joined(separator: [10]))
    }
}

/// A small seeded random number generator, so every run mutates the same way.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
