import Foundation
import Testing

@testable import DossierServe

/// The watcher lists the folders it watches itself: a link out of the dossier must not make it
/// walk (and watch) the whole file system.
@Suite struct WatchedPathsTests {
    @Test func linksOutOfTheDossierAreNotWatched() throws {
        let dossier = try TestDossier()
        defer { dossier.remove() }
        let entities = dossier.root.path + "/content/entities"
        try FileManager.default.createSymbolicLink(atPath: entities + "/root", withDestinationPath: "/")
        try FileManager.default.createSymbolicLink(atPath: entities + "/up", withDestinationPath: "../..")
        try FileManager.default.createDirectory(atPath: dossier.root.path + "/content/shared", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: entities + "/inside", withDestinationPath: "../shared")
        let folders = WatchedPaths.folders(under: dossier.root)
        #expect(!folders.contains { $0.hasPrefix("content/entities/root") }, "\(folders.prefix(20))")
        #expect(!folders.contains { $0.hasPrefix("content/entities/up") })
        #expect(folders.contains("content/entities/inside"), "a link inside the dossier is still watched")
        #expect(folders.count < 50)
    }
}
