import Foundation
import Testing

@testable import DossierKit

/// The state of output folders that no longer exist does not pile up in `.dossier/sites/`.
@Suite struct VanishedOutputStateTests {
    @Test func theStateOfADeletedOutputFolderIsRemovedByTheNextBuild() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        let preview = project.root.appendingPathComponent("preview")
        try SiteBuilder(options: BuildOptions(projectRoot: project.root, outputDirectory: preview)).build()
        try project.build()
        let sites = project.root.appendingPathComponent(".dossier/sites")
        #expect(try FileManager.default.contentsOfDirectory(atPath: sites.path).count == 2)
        try project.build(force: true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: sites.path).count == 2, "kept while both outputs exist")
        try FileManager.default.removeItem(at: preview)
        try project.append("\nMore.\n", to: "content/articles/kerry-lavrov.md")
        try project.build()
        let left = try FileManager.default.contentsOfDirectory(atPath: sites.path)
        #expect(left.count == 1)
        let state = try SiteWriter(output: project.output, projectRoot: project.root).state
        #expect(left.first.map { sites.appendingPathComponent($0).path } == state.folder, "the live output's state stays")
    }
}
