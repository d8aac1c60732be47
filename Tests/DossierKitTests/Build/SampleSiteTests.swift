import Foundation
import Testing

@testable import DossierKit

/// The sample dossier at the top of the repository: it must build without warnings, and every link
/// in it must lead to a file.
@Suite struct SampleSiteTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func buildSample() throws -> (report: BuildReport, output: URL) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-sample-\(UUID().uuidString)")
        let options = BuildOptions(projectRoot: Self.repositoryRoot, outputDirectory: output, strict: true)
        return (try SiteBuilder(options: options).build(), output)
    }

    @Test func sampleBuildsWithoutWarningsUnderStrict() throws {
        let (report, _) = try buildSample()
        #expect(report.diagnostics.isEmpty)
        #expect(report.pagesByKind["article", default: 0] >= 8)
        #expect(report.pagesByKind["entity", default: 0] >= 15)
        #expect(report.pagesByKind["place", default: 0] >= 10)
        #expect(report.stubs == 0)
    }

    @Test func everyRelativeLinkInTheSampleSiteResolves() throws {
        let (_, output) = try buildSample()
        var checked = 0
        var broken: [String] = []
        let pages = (FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []).filter {
            $0.hasSuffix(".html")
        }
        #expect(pages.count > 50)
        for page in pages {
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            for link in LinkExtractor.links(in: html) where LinkExtractor.isLocal(link) {
                checked += 1
                let (path, fragment) = LinkExtractor.split(link)
                let base = output.appendingPathComponent(page).deletingLastPathComponent()
                let target =
                    path.isEmpty ? output.appendingPathComponent(page) : base.appendingPathComponent(path).standardizedFileURL
                guard target.path.hasPrefix(output.standardizedFileURL.path),
                    let data = FileManager.default.contents(atPath: target.path)
                else {
                    broken.append("\(page) → \(link)")
                    continue
                }
                if let fragment, !String(decoding: data, as: UTF8.self).contains("id=\"\(fragment)\"") {
                    broken.append("\(page) → \(link) (no id '\(fragment)')")
                }
            }
        }
        #expect(broken.isEmpty, "\(broken.prefix(10))")
        #expect(checked > 500)
    }

    @Test func sampleHasOneH1AndLandmarksOnEveryPage() throws {
        let (_, output) = try buildSample()
        for page in ["index.html", "entities/sergey-lavrov/index.html", "places/stepanakert/index.html", "timeline/index.html"] {
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            #expect(html.components(separatedBy: "<h1").count == 2, "\(page)")
            for landmark in ["<header", "<nav", "<main", "<footer", "<html lang=\"en\""] {
                #expect(html.contains(landmark), "\(page) lacks \(landmark)")
            }
        }
    }
}

/// Finds `href` and `src` attribute values in HTML.
enum LinkExtractor {
    static func links(in html: String) -> [String] {
        var links: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let after = rest[start.upperBound...]
                guard let end = after.firstIndex(of: "\"") else { break }
                links.append(String(after[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = after[end...]
            }
        }
        return links
    }

    static func isLocal(_ link: String) -> Bool {
        !(link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") || link.isEmpty)
    }

    static func split(_ link: String) -> (path: String, fragment: String?) {
        guard let hash = link.firstIndex(of: "#") else { return (link.removingPercentEncoding ?? link, nil) }
        let path = String(link[..<hash])
        return (path.removingPercentEncoding ?? path, String(link[link.index(after: hash)...]))
    }
}
