import Foundation

/// Builds a dossier into a site: load → front matter → graph → Markdown → templates → write,
/// each stage named and timed.
public struct SiteBuilder: Sendable {
    /// What this build varies on.
    let options: BuildOptions

    /// Creates a builder.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds the site and swaps it into the output folder. Throws a `DossierError` holding every
    /// problem found when there are errors (or warnings under `strict`); nothing is written then.
    public func build() throws -> BuildReport {
        var report = BuildReport()
        var diagnostics: [Diagnostic] = []
        var clock = StageClock()
        let layout = ProjectLayout(root: options.projectRoot)

        let writer = try SiteWriter(output: options.outputDirectory, projectRoot: options.projectRoot)
        let loader = ContentLoader(layout: layout)
        let sources = loader.sources()
        let themeFiles = Theme.files(of: layout)
        let listingProblems = sources.problems + (themeFiles?.problems ?? [])
        let stamps = sources.files.parallelMap { FileStamp.of($0.file.resolvedPath) }
        let inputs = InputStamp.compute(
            layout: layout, contentFiles: sources.files.map(\.file), stamps: stamps, themeFiles: themeFiles?.files ?? [],
            options: options)
        if !options.force, listingProblems.isEmpty, let built = writer.builtInputs(), built.stamp == inputs {
            report.upToDate = true
            report.diagnostics = built.diagnostics
            clock.lap("check", into: &report)
            return report
        }

        var (site, siteDiagnostics) = SiteConfig.load(from: layout)
        diagnostics += siteDiagnostics + sources.problems
        if let baseURL = options.baseURL {
            switch BaseURL.normalized(baseURL) {
            case .success(let url): site.baseURL = url
            case .failure(let problem): diagnostics.append(.error(problem.message(for: "--base-url", value: baseURL), at: nil))
            }
        }
        // `serve` keeps its cache in memory; `build` reads the one the last build left in the state
        // folder (see `PersistentCache`), unless `--force`.
        let persistent = options.cache == nil ? readPersistentCache(writer: writer) : nil
        let memo: (any SourceMemo & ParseMemo & MarkdownMemo)? = options.cache ?? persistent
        clock.lap("cache read", into: &report)
        let loaded = loader.load(sources.files, stamps: stamps, memo: memo)
        // With a cache, a body is known by its file's stamp: no need to hash every text to find it.
        let bodyStamps = Dictionary(
            loaded.files.compactMap { file in file.stamp.map { (file.path, $0) } }, uniquingKeysWith: { first, _ in first })
        let (graph, markdown) = readGraph(loaded, memo: memo, clock: &clock, report: &report, diagnostics: &diagnostics)

        var markdownOptions: MarkdownOptions = [.smartPunctuation]
        if site.unsafeHTML { markdownOptions.insert(.allowRawHTML) }
        // The Markdown text goes no further than this: a large dossier's text is not held while
        // pages are written.
        let (bodies, bodyDiagnostics) = BodyRenderer.render(
            graph, markdown: consume markdown, options: markdownOptions, memo: memo, sourceStamps: bodyStamps)
        diagnostics += bodyDiagnostics
        clock.lap("markdown", into: &report)

        let (theme, themeDiagnostics) = themeFiles.map { Theme.load($0, origin: "templates") } ?? (Theme.builtIn, [])
        let (templates, templateDiagnostics) = TemplateSet.compile(theme)
        // When `templates/` itself is refused (a link out of the dossier, say), that one error says
        // it all: the empty theme's "missing template" errors would only bury it.
        let themeRefused = themeDiagnostics.contains { $0.location?.path == "templates" && $0.severity == .error }
        diagnostics += themeDiagnostics + (themeRefused ? [] : templateDiagnostics)
        var plan = OutputPlan()
        let pages = SitePage.all(in: graph, paginateBy: site.paginateBy).filter { theme.templates[$0.template] != nil }
            .map { (page: $0, path: SiteURLs.path(of: $0, in: graph)) }
        for page in pages { plan.claim(page.path, by: owner(of: page.page, in: graph)) }
        let extras = SiteExtras(graph: graph, site: site, pages: pages)
        for path in extras.paths { plan.claim(path, by: "Dossier's \(path)") }
        for asset in theme.assets.keys.sorted() { plan.claim("assets/" + asset, by: "templates/assets/" + asset) }
        diagnostics += plan.diagnostics

        diagnostics = finalize(diagnostics)
        guard !diagnostics.containsErrors, let templates else { throw DossierError(diagnostics: diagnostics) }
        let renderer = PageRenderer(graph: graph, site: site, bodies: bodies, templates: templates, paginateBy: site.paginateBy)
        let generator = generatorDigest(site: site, theme: theme)
        var viewContext = generator
        viewContext.combine(options.cache?.graphGeneration ?? 0)
        let files =
            (pages.map { renderer.file($0.page, at: $0.path, memo: options.cache, context: viewContext) }
            + theme.assets.keys.sorted().map { OutputFile.data("assets/" + $0, theme.assets[$0]!) }
            + extras.files(source: renderer.views.source, memo: options.cache, context: viewContext)).map {
                $0.bound(to: generator)
            }
        report.notes += extras.notes
        for page in pages { report.pagesByKind[page.page.template, default: 0] += 1 }
        clock.lap("views", into: &report)
        // Written before the manifest, which records its identity; removed when writing the site fails.
        let cachePath = writer.state.cachePath
        let cache = persistent.flatMap { cache -> (identities: [FileIdentity], written: [String])? in
            guard (try? writer.state.create()) != nil else { return nil }
            return cache.write(to: cachePath, executable: InputStamp.executableStamp())
        }
        clock.lap("cache write", into: &report)
        let written: SiteWriter.WriteResult
        do {
            written =
                options.updatesInPlace && !options.force
                ? try writer.update(
                    files, inputs: inputs, diagnostics: diagnostics, memo: options.cache, cache: cache?.identities)
                : try writer.write(
                    files, reuse: !options.force, inputs: inputs, diagnostics: diagnostics, cache: cache?.identities)
        } catch {
            for path in cache?.written ?? [] { unlink(path) }
            throw error
        }
        report.filesWritten = written.written
        report.filesUnchanged = written.unchanged
        report.filesSkipped = written.skipped
        report.diagnostics = diagnostics
        options.cache?.finishBuild()
        clock.lap("render and write", into: &report)
        return report
    }

    /// Load, front matter and graph: the files read and parsed, resolved into the graph. The files'
    /// text is released when this returns; only the graph and the Markdown bodies (by path) go on.
    private func readGraph(
        _ loaded: (files: [SourceFile], diagnostics: [Diagnostic]), memo: (any ParseMemo)?, clock: inout StageClock,
        report: inout BuildReport, diagnostics: inout [Diagnostic]
    ) -> (graph: DossierGraph, markdown: [String: String]) {
        diagnostics += loaded.diagnostics
        clock.lap("load", into: &report)

        let content = ContentParser.parse(loaded.files, memo: memo)
        diagnostics += content.diagnostics
        clock.lap("front matter", into: &report)

        let (graph, graphDiagnostics) = resolve(content.models)
        diagnostics += graphDiagnostics
        report.stubs = graph.entities.filter(\.isStub).count + graph.places.filter(\.isStub).count
        clock.lap("graph", into: &report)
        return (graph, content.bodies)
    }

    /// The build cache the last build left in the state folder, when it is the very file that build
    /// recorded in its manifest (and this executable wrote it); an empty one otherwise, and under
    /// `force`. Either way the build writes a new one.
    private func readPersistentCache(writer: SiteWriter) -> PersistentCache {
        guard !options.force, writer.state.isReal else { return PersistentCache() }
        return PersistentCache.read(
            from: writer.state.cachePath, identities: writer.recordedCache(), executable: InputStamp.executableStamp())
    }

    /// What every page's fingerprint shares: this executable, the site's settings and the theme. A new
    /// version of Dossier, a changed `site.yml` or an edited template renders every page again.
    private func generatorDigest(site: SiteConfig, theme: Theme) -> ContentHash {
        var hash = ContentHash()
        hash.combine("dossier-pages-1")
        hash.combine(InputStamp.executableStamp())
        hash.combine(String(describing: site))
        hash.combine(options.includeDrafts ? 1 : 0)
        for name in theme.templates.keys.sorted() { hash.combine([name, theme.templates[name]!]) }
        for name in theme.assets.keys.sorted() {
            hash.combine(name)
            hash.combine(theme.assets[name]!)
        }
        return hash
    }

    /// The graph of `models`: the last build's, when the models are equal (only bodies changed
    /// since: `serve`), or built.
    private func resolve(_ models: ContentModels) -> (DossierGraph, [Diagnostic]) {
        if let kept = options.cache?.reusableGraph, let graph = kept.graph(for: models, includeDrafts: options.includeDrafts) {
            return (graph, kept.diagnostics)
        }
        let (graph, diagnostics) = GraphBuilder.build(models, includeDrafts: options.includeDrafts)
        options.cache?.reusableGraph = ReusableGraph(
            graph: graph, diagnostics: diagnostics, models: models, includeDrafts: options.includeDrafts)
        return (graph, diagnostics)
    }

    /// Sorts the diagnostics and, under `strict`, makes every warning an error.
    private func finalize(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let sorted = Array(Set(diagnostics)).sortedByLocation()
        guard options.strict else { return sorted }
        return sorted.map { Diagnostic(.error, $0.message, at: $0.location) }
    }

    private func owner(of page: SitePage, in graph: DossierGraph) -> String {
        switch page {
        case .article(let number): graph.articles[number].path
        case .entity(let number, _): graph.entities[number].path ?? "the reference '\(graph.entities[number].name)'"
        case .place(let number, _): graph.places[number].path ?? "the reference '\(graph.places[number].name)'"
        case .tag(let number, _): "the tag '\(graph.tags[number].name)'"
        default: "the \(page.template) page"
        }
    }
}

/// Measures the wall time of consecutive stages.
struct StageClock {
    private var last = DispatchTime.now()

    /// Records the time since the previous lap as `stage`.
    mutating func lap(_ stage: String, into report: inout BuildReport) {
        let now = DispatchTime.now()
        report.stageTimes.append((stage, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9))
        last = now
    }
}
