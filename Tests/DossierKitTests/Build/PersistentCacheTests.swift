import Foundation
import Testing

@testable import DossierKit

#if canImport(Glibc)
    import Glibc
#endif

/// `dossier build`'s persistent cache (`.dossier/sites/<hash>/cache`) is untrusted input like the
/// rest of the state: these tests commit poisoned, malformed, huge and linked caches, and check that
/// none is used and every build equals a clean one. (That edits built with the cache equal clean
/// builds is `PageFingerprintTests.everyIncrementalBuildEqualsACleanBuild`, whose `build` mode
/// goes through it.)
@Suite struct PersistentCacheTests {
    private static let article = "content/articles/kerry-lavrov.md"
    private static let injected = "<script>alert('injected')</script>"

    /// The state of the default build of `project`.
    private static func state(of project: TestProject) throws -> SiteState {
        try SiteWriter(output: project.output, projectRoot: project.root).state
    }

    /// Records `identity` as the cache's in the manifest of the last build (what only Dossier itself
    /// can do truthfully: an attacker can commit the line, but cannot know the identity).
    private static func record(_ identity: FileIdentity?, in state: SiteState) throws {
        var manifest = try #require(OutputManifest.read(from: state.manifestPath))
        manifest.cache = identity
        try state.write(manifest)
    }

    /// The cache `state` holds, as the last build recorded it.
    private static func readCache(_ state: SiteState) throws -> PersistentCache {
        let manifest = try #require(OutputManifest.read(from: state.manifestPath))
        return PersistentCache.read(
            from: state.cachePath, identity: manifest.cache, executable: InputStamp.executableStamp())
    }

    /// The bytes of a cache like `cache` but poisoned: the article has another title, and every
    /// rendering carries a script. Made with the right stamps, context and executable, so only
    /// provenance can keep it out.
    private static func poisoned(_ cache: PersistentCache) -> Data {
        var files = cache.previousFiles
        for (path, entry) in files {
            if case .article(var model, let body) = entry.parsed {
                model.title = "Injected Title"
                files[path]!.parsed = .article(model, body: body)
            }
        }
        let bodies = cache.previousBodies.mapValues { rendered in
            RenderedMarkdown(html: rendered.html + injected, firstParagraph: rendered.firstParagraph + injected)
        }
        return Data(
            PersistentCache.encode(files: files, bodies: bodies, executable: InputStamp.executableStamp()).joined())
    }

    /// The site of a clean build of `project` into a new folder.
    private static func cleanBuild(_ project: TestProject) throws -> [String: Data] {
        let folder = project.root.appendingPathComponent("clean-\(UUID().uuidString)")
        _ = try SiteBuilder(options: BuildOptions(projectRoot: project.root, outputDirectory: folder)).build()
        return try TestProject.files(in: folder)
    }

    private static func containsInjection(_ files: [String: Data]) -> Bool {
        files.values.contains { data in
            let text = String(decoding: data, as: UTF8.self)
            return text.contains("alert('injected')") || text.contains("Injected Title")
        }
    }

    /// A build wrote a cache, recorded its identity, and the next build can read it back whole.
    @Test func aBuildWritesACacheTheNextBuildReads() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        try project.build()
        let state = try Self.state(of: project)
        let cache = try Self.readCache(state)
        #expect(cache.startCounts.files > 0 && cache.startCounts.files == cache.previousFiles.count)
        #expect(cache.startCounts.bodies > 0)
        #expect(project.stateManifest?.contains("\ncache ") == true)
    }

    /// The poisoned cache is used when its identity is recorded (so the test can see it), and not when
    /// it was committed (a copy: another inode and change time), with or without a forged manifest line.
    @Test func aCommittedPoisonedCacheIsNotUsed() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        try project.build()
        let state = try Self.state(of: project)
        let poison = Self.poisoned(try Self.readCache(state))
        let clean = try Self.cleanBuild(project)
        #expect(!Self.containsInjection(clean))

        // The control: the poison, were it the file Dossier wrote, would show. Only provenance stops it.
        #expect(SiteState.replaceFile(at: state.cachePath, with: poison) == nil)
        try Self.record(FileIdentity.of(state.cachePath), in: state)
        try project.append("\nMore.\n", to: Self.article)
        try project.build()
        #expect(Self.containsInjection(project.outputFiles()), "the control: a cache with the recorded identity is used")

        // A fresh start, then the attack: the cache committed (written anew), the manifest line kept
        // (naming the old file), or forged from the committed file's own identity at commit time.
        try SiteBuilder(options: BuildOptions(projectRoot: project.root, force: true)).build()
        let recorded = try #require(OutputManifest.read(from: state.manifestPath)?.cache)
        for (number, forged) in [recorded, nil].enumerated() {
            #expect(SiteState.replaceFile(at: state.cachePath, with: poison) == nil)
            try Self.record(forged, in: state)
            try project.append("\nEdit \(number).\n", to: Self.article)
            try project.build()
            #expect(!Self.containsInjection(project.outputFiles()))
            #expect(project.outputFiles() == (try Self.cleanBuild(project)))
        }
    }

    /// `--force` reads no cache, even one with the recorded identity.
    @Test func forceIgnoresTheCache() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        try project.build()
        let state = try Self.state(of: project)
        let poison = Self.poisoned(try Self.readCache(state))
        #expect(SiteState.replaceFile(at: state.cachePath, with: poison) == nil)
        try Self.record(FileIdentity.of(state.cachePath), in: state)
        try project.append("\nMore.\n", to: Self.article)
        try project.build(force: true)
        #expect(!Self.containsInjection(project.outputFiles()))
        #expect(project.outputFiles() == (try Self.cleanBuild(project)))
    }

    /// Truncated, garbage, flipped and huge caches, even with their identity recorded: ignored, and the
    /// build equals a clean one.
    @Test func malformedCachesAreIgnored() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        try project.build()
        let state = try Self.state(of: project)
        let good = try #require(FileManager.default.contents(atPath: state.cachePath))
        var garbage = good
        garbage[good.count / 2] ^= 0xFF
        let variants: [(String, Data)] = [
            ("empty", Data()), ("truncated", good.prefix(good.count - 1)), ("half", good.prefix(good.count / 2)),
            ("random bytes", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })),
            ("trailing bytes", good + Data([0])),
        ]
        for (number, (label, bytes)) in variants.enumerated() {
            #expect(SiteState.replaceFile(at: state.cachePath, with: bytes) == nil)
            try Self.record(FileIdentity.of(state.cachePath), in: state)
            try project.append("\nEdit \(number).\n", to: Self.article)
            try project.build()
            #expect(project.outputFiles() == (try Self.cleanBuild(project)), "\(label)")
        }
        // A flipped byte may land in a string and leave valid text (the provenance check is what
        // keeps out changed bytes): the build must succeed, whatever the cache then says.
        #expect(SiteState.replaceFile(at: state.cachePath, with: garbage) == nil)
        try Self.record(FileIdentity.of(state.cachePath), in: state)
        try project.append("\nFlipped.\n", to: Self.article)
        try project.build()
        // Larger than the limit (a sparse file: no disk used), its identity recorded.
        let descriptor = open(state.cachePath, O_WRONLY | O_TRUNC)
        #expect(descriptor >= 0)
        #expect(ftruncate(descriptor, off_t(PersistentCache.sizeLimit + 1)) == 0)
        close(descriptor)
        try Self.record(FileIdentity.of(state.cachePath), in: state)
        try project.append("\nHuge.\n", to: Self.article)
        try project.build()
        #expect(project.outputFiles() == (try Self.cleanBuild(project)))
        #expect((FileIdentity.of(state.cachePath)?.size ?? .max) < PersistentCache.sizeLimit, "replaced by a new cache")
    }

    /// Every prefix and many single-byte changes of a real cache decode to nothing or to a cache,
    /// never a crash; no prefix decodes.
    @Test func decodingIsBoundedOnEveryPrefixAndFlip() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        try project.build()
        let good = try #require(FileManager.default.contents(atPath: try Self.state(of: project).cachePath))
        let executable = InputStamp.executableStamp()
        #expect(PersistentCache.decode(good, executable: executable) != nil)
        #expect(PersistentCache.decode(good, executable: "another version") == nil)
        let step = max(1, good.count / 400)
        for length in stride(from: 0, to: good.count, by: step) {
            #expect(PersistentCache.decode(good.prefix(length), executable: executable) == nil, "prefix of \(length) bytes")
        }
        for index in stride(from: 0, to: good.count, by: step) {
            for value: UInt8 in [0x00, 0x7F, 0x80, 0xFF] {
                var bytes = good
                bytes[index] = value
                _ = PersistentCache.decode(bytes, executable: executable)
            }
        }
    }

    /// A cache that is a symbolic link (to a poisoned cache whose identity is recorded) is not read.
    @Test func aCacheThatIsALinkIsIgnored() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        try project.build()
        let state = try Self.state(of: project)
        let target = project.root.appendingPathComponent("elsewhere-cache").path
        #expect(SiteState.replaceFile(at: target, with: Self.poisoned(try Self.readCache(state))) == nil)
        unlink(state.cachePath)
        #expect(symlink(target, state.cachePath) == 0)
        try Self.record(FileIdentity.of(target), in: state)
        try project.append("\nMore.\n", to: Self.article)
        try project.build()
        #expect(!Self.containsInjection(project.outputFiles()))
        #expect(project.outputFiles() == (try Self.cleanBuild(project)))
        #expect(FileIdentity.of(state.cachePath) != nil, "the link is replaced by a file")
    }

    /// A build that fails on content errors leaves the cache and its record as they were.
    @Test func aFailedBuildWritesNoCache() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        try project.build()
        let state = try Self.state(of: project)
        let before = FileIdentity.of(state.cachePath)
        try project.write(Self.article, "---\ntitle: [unclosed\n---\nBody.\n")
        #expect(!project.failingBuild().isEmpty)
        #expect(FileIdentity.of(state.cachePath) == before)
        #expect(OutputManifest.read(from: state.manifestPath)?.cache == before)
    }
}
