import Foundation
import Testing

/// The folders of `Sources/DossierKit` are the stages of the pipeline, and each may use only the
/// stages before it: this test reads the sources and fails on any use of a type declared in a later
/// stage, naming the file, the type and its folder.
@Suite struct StageDependencyTests {
    /// The stages, in pipeline order (the README's Code section describes each).
    static let stages = [
        "Support", "Diagnostics", "Model", "YAML", "Load", "FrontMatter", "Project", "Language", "Graph", "Site", "Markdown",
        "Views",
        "Templates", "Outputs", "Write", "Incremental", "Build", "Scaffold", "Import",
    ]

    private static let sources = SampleSiteTests.repositoryRoot.appendingPathComponent("Sources/DossierKit")

    /// Every Swift file of `stage`, with its path from `Sources/DossierKit` and its text.
    private static func files(of stage: String) throws -> [(path: String, text: String)] {
        let folder = sources.appendingPathComponent(stage)
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        var files: [(String, String)] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            files.append((stage + url.path.dropFirst(folder.path.count), try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// The text without comments and string literals, so only code is searched.
    private static func code(_ text: String) -> String {
        var lines: [String] = []
        var inMultilineString = false
        for line in text.components(separatedBy: "\n") {
            // A raw string's delimiters carry `#`s (`#"""` … `"""#,`).
            let trimmed = line.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "#,"))
            if trimmed.hasSuffix("\"\"\"") && !trimmed.hasPrefix("\"\"\"") || trimmed == "\"\"\"" {
                inMultilineString.toggle()
                continue
            }
            if inMultilineString { continue }
            var kept = line
            if let comment = kept.range(of: "//") { kept = String(kept[..<comment.lowerBound]) }
            kept = kept.replacingOccurrences(of: #""([^"\\]|\\.)*""#, with: "\"\"", options: .regularExpression)
            lines.append(kept)
        }
        return lines.joined(separator: "\n")
    }

    @Test func eachStageUsesOnlyTheStagesBeforeIt() throws {
        let declaration = try Regex(
            #"(?m)^(?:public |internal |fileprivate |private |package )?(?:final |indirect )?(?:struct|enum|class|protocol|actor|typealias) ([A-Z][A-Za-z0-9_]*)"#
        )
        let identifier = try Regex(#"\b[A-Z][A-Za-z0-9_]*\b"#)
        var stageOf: [String: Int] = [:]
        var allFiles: [(stage: Int, path: String, code: String)] = []
        for (number, stage) in Self.stages.enumerated() {
            for file in try Self.files(of: stage) {
                for match in file.text.matches(of: declaration) {
                    if let name = match.output[1].substring { stageOf[String(name), default: number] = number }
                }
                allFiles.append((number, file.path, Self.code(file.text)))
            }
        }
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path).filter { !$0.hasPrefix(".") }
        #expect(Set(folders) == Set(Self.stages), "every folder of Sources/DossierKit is a stage, in `stages`")
        #expect(stageOf["SiteBuilder"] == Self.stages.firstIndex(of: "Build"), "declarations are found")
        var problems: [String] = []
        for file in allFiles {
            var reported = Set<String>()
            for match in file.code.matches(of: identifier) {
                let name = String(file.code[match.range])
                guard let stage = stageOf[name], stage > file.stage, reported.insert(name).inserted else { continue }
                problems.append("\(file.path) uses \(name), from the later stage \(Self.stages[stage])/")
            }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
