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

    /// Records `identities` as the cache's in the manifest of the last build (what only Dossier itself
    /// can do truthfully: an attacker can commit the line, but cannot know the identities).
    private static func record(_ identities: [FileIdentity]?, in state: SiteState) throws {
        var manifest = try #require(OutputManifest.read(from: state.manifestPath))
        manifest.cache = identities
        try state.write(manifest)
    }

    /// The paths of the cache's files.
    private static func shardPaths(_ state: SiteState) -> [String] {
        PersistentCache.shardPaths(state.cachePath)
    }

    /// The identities the cache's files have now (a missing one as an impossible identity).
    private static func identities(_ state: SiteState) -> [FileIdentity] {
        shardPaths(state).map {
            FileIdentity.of($0) ?? FileIdentity(device: 0, inode: 0, size: 0, changeSeconds: 0, changeNanoseconds: 0)
        }
    }

    /// Writes `shards` as the cache's files (new files, as a checkout or a copy makes them).
    private static func writeShards(_ shards: [Data], in state: SiteState) {
        for (path, data) in zip(shardPaths(state), shards) { #expect(SiteState.replaceFile(at: path, with: data) == nil) }
    }

    /// The cache `state` holds, as the last build recorded it.
    private static func readCache(_ state: SiteState) throws -> PersistentCache {
        let manifest = try #require(OutputManifest.read(from: state.manifestPath))
        return PersistentCache.read(
            from: state.cachePath, identities: manifest.cache, executable: InputStamp.executableStamp())
    }

    /// The bytes of a cache like `cache` but poisoned: the article has another title, and every
    /// rendering carries a script. Made with the right stamps, context and executable, so only
    /// provenance can keep it out.
    private static func poisoned(_ cache: PersistentCache) -> [Data] {
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
        return PersistentCache.encode(files: files, bodies: bodies, executable: InputStamp.executableStamp())
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

        // The control: the poison, were it the files Dossier wrote, would show. Only provenance stops it.
        Self.writeShards(poison, in: state)
        try Self.record(Self.identities(state), in: state)
        try project.append("\nMore.\n", to: Self.article)
        try project.build()
        #expect(Self.containsInjection(project.outputFiles()), "the control: a cache with the recorded identity is used")

        // A fresh start, then the attack: the cache committed (written anew), the manifest line kept
        // (naming the old files), or none.
        try SiteBuilder(options: BuildOptions(projectRoot: project.root, force: true)).build()
        let recorded = try #require(OutputManifest.read(from: state.manifestPath)?.cache)
        for (number, forged) in [recorded, nil].enumerated() {
            Self.writeShards(poison, in: state)
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
        Self.writeShards(Self.poisoned(try Self.readCache(state)), in: state)
        try Self.record(Self.identities(state), in: state)
        try project.append("\nMore.\n", to: Self.article)
        try project.build(force: true)
        #expect(!Self.containsInjection(project.outputFiles()))
        #expect(project.outputFiles() == (try Self.cleanBuild(project)))
    }

    /// The largest of the cache's files, and its number.
    private static func largestShard(_ state: SiteState) throws -> (number: Int, data: Data) {
        let shards = try shardPaths(state).map { try #require(FileManager.default.contents(atPath: $0)) }
        let number = shards.indices.max { shards[$0].count < shards[$1].count }!
        return (number, shards[number])
    }

    /// Truncated, garbage, flipped and huge cache files, even with their identities recorded: the
    /// whole cache is ignored (the other files are sound, and unused too), and the build equals a
    /// clean one.
    @Test func malformedCachesAreIgnored() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        try project.build()
        let state = try Self.state(of: project)
        let (number, good) = try Self.largestShard(state)
        let path = Self.shardPaths(state)[number]
        var flipped = good
        flipped[good.count / 2] ^= 0xFF
        let variants: [(String, Data)] = [
            ("empty", Data()), ("truncated", good.prefix(good.count - 1)), ("half", good.prefix(good.count / 2)),
            ("random bytes", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })),
            ("trailing bytes", good + Data([0])),
        ]
        for (edit, (label, bytes)) in variants.enumerated() {
            #expect(SiteState.replaceFile(at: path, with: bytes) == nil)
            try Self.record(Self.identities(state), in: state)
            #expect(try Self.readCache(state).startCounts == (0, 0), "\(label): nothing of the cache is used")
            try project.append("\nEdit \(edit).\n", to: Self.article)
            try project.build()
            #expect(project.outputFiles() == (try Self.cleanBuild(project)), "\(label)")
        }
        // A flipped byte may land in a string and leave valid text (the provenance check is what
        // keeps out changed bytes): the build must succeed, whatever the cache then says.
        #expect(SiteState.replaceFile(at: path, with: flipped) == nil)
        try Self.record(Self.identities(state), in: state)
        try project.append("\nFlipped.\n", to: Self.article)
        try project.build()
        // Larger than the limit (a sparse file: no disk used), its identity recorded.
        let descriptor = open(path, O_WRONLY | O_TRUNC)
        #expect(descriptor >= 0)
        #expect(ftruncate(descriptor, off_t(PersistentCache.sizeLimit + 1)) == 0)
        close(descriptor)
        try Self.record(Self.identities(state), in: state)
        #expect(try Self.readCache(state).startCounts == (0, 0))
        try project.append("\nHuge.\n", to: Self.article)
        try project.build()
        #expect(project.outputFiles() == (try Self.cleanBuild(project)))
        #expect((FileIdentity.of(path)?.size ?? .max) < PersistentCache.sizeLimit, "replaced by a new file")
    }

    /// Every prefix and many single-byte changes of a real cache file decode to nothing or to a
    /// shard, never a crash; no prefix decodes, nor the file as another shard or executable's.
    @Test func decodingIsBoundedOnEveryPrefixAndFlip() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        try project.build()
        let (number, good) = try Self.largestShard(try Self.state(of: project))
        let executable = InputStamp.executableStamp()
        #expect(PersistentCache.decode(good, shard: number, executable: executable) != nil)
        #expect(PersistentCache.decode(good, shard: number, executable: "another version") == nil)
        #expect(PersistentCache.decode(good, shard: (number + 1) % PersistentCache.shardCount, executable: executable) == nil)
        let step = max(1, good.count / 400)
        for length in stride(from: 0, to: good.count, by: step) {
            #expect(
                PersistentCache.decode(good.prefix(length), shard: number, executable: executable) == nil,
                "prefix of \(length) bytes")
        }
        for index in stride(from: 0, to: good.count, by: step) {
            for value: UInt8 in [0x00, 0x7F, 0x80, 0xFF] {
                var bytes = good
                bytes[index] = value
                _ = PersistentCache.decode(bytes, shard: number, executable: executable)
            }
        }
    }

    /// A cache file that is a symbolic link (to a poisoned file whose identity is recorded) is not read.
    @Test func aCacheThatIsALinkIsIgnored() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        try project.build()
        let state = try Self.state(of: project)
        let poison = Self.poisoned(try Self.readCache(state))
        Self.writeShards(poison, in: state)
        var identities = Self.identities(state)
        let target = project.root.appendingPathComponent("elsewhere-cache").path
        #expect(rename(state.cachePath, target) == 0)
        #expect(symlink(target, state.cachePath) == 0)
        identities[0] = try #require(FileIdentity.of(target))
        try Self.record(identities, in: state)
        #expect(try Self.readCache(state).startCounts == (0, 0))
        try project.append("\nMore.\n", to: Self.article)
        try project.build()
        #expect(!Self.containsInjection(project.outputFiles()))
        #expect(project.outputFiles() == (try Self.cleanBuild(project)))
        #expect(FileIdentity.of(state.cachePath) != nil, "the link is replaced by a file")
    }

    /// A build after an edit writes again only the cache files the edit changed.
    @Test func anEditRewritesOnlyTheFilesItChanged() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        try project.build()
        let state = try Self.state(of: project)
        let before = Self.identities(state)
        let files = try Self.readCache(state).startCounts.files
        try project.append("\nMore.\n", to: Self.article)
        try project.build()
        let after = Self.identities(state)
        let rewritten = zip(before, after).filter { $0 != $1 }.count
        #expect(rewritten >= 1 && rewritten <= 2, "the article's old and new stamps' files")
        #expect(OutputManifest.read(from: state.manifestPath)?.cache == after)
        #expect(try Self.readCache(state).startCounts.files == files)
    }

    /// A build that fails on content errors leaves the cache and its record as they were.
    @Test func aFailedBuildWritesNoCache() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        try project.build()
        let state = try Self.state(of: project)
        let before = Self.identities(state)
        try project.write(Self.article, "---\ntitle: [unclosed\n---\nBody.\n")
        #expect(!project.failingBuild().isEmpty)
        #expect(Self.identities(state) == before)
        #expect(OutputManifest.read(from: state.manifestPath)?.cache == before)
    }
}
