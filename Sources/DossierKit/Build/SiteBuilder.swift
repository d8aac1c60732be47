import Foundation

/// Builds a dossier into a site, one named and timed stage after the other (`build()`).
public struct SiteBuilder: Sendable {
    /// What this build varies on.
    let options: BuildOptions

    /// Creates a builder.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds the site and swaps it into the output folder. Throws a `DossierError` holding every
    /// problem found when there are errors (or warnings under `strict`); nothing is written then.
    /// Throws an `OutputRefusal`, before reading anything, when the output folder must not be written.
    ///
    /// Each line is one stage, named as `--timings` shows it.
    public func build() throws -> BuildReport {
        let run = BuildRun()
        let inputs = try run.stage("check") { try BuildInputs(options) }
        if let upToDate = inputs.upToDate(unless: options.force) {
            run.report.upToDate = true
            run.report.diagnostics = upToDate
            return run.report
        }
        let (memo, views) = run.stage("cache read") { self.memo(inputs) }
        let made = try make(inputs, memo: memo, views: views, run)
        let cache = run.stage("cache write") { writeCache(memo as? PersistentCache, inputs) }
        let written = try run.stage("render and write") {
            try write(made.files, inputs, cache: cache, views: views as? PersistentViews, run)
        }
        inputs.writer.state.removeStateOfVanishedOutputs()
        run.report.filesWritten = written.written
        run.report.filesUnchanged = written.unchanged
        run.report.filesSkipped = written.skipped
        run.report.notes += made.plan.notes
        run.report.diagnostics = run.diagnostics
        options.cache?.finishBuild()
        return run.report
    }

    /// Finds every problem a build would report, and what a publisher checks besides (see
    /// `PublishingChecks` and `TemplateKeyCheck`), rendering every page but writing nothing: not the
    /// site, not Dossier's state (the last build's cache is read when it can be trusted). Throws a
    /// `DossierError` with every problem when there are errors (or warnings under `strict`).
    public func check() throws -> BuildReport {
        let run = BuildRun()
        let inputs = try run.stage("check") { try BuildInputs(options) }
        let (memo, _) = run.stage("cache read") { self.memo(inputs) }
        let keys = TemplateKeyRecorder()
        let made = try make(inputs, memo: memo, views: nil, keys: keys, stopsOnErrors: false, run)
        let checks = made.editions.map { edition in
            PublishingChecks(graph: edition.graph, bodies: edition.bodies, folder: edition.folder, only: edition.only)
        }
        let targets = checks.reduce(into: Set<String>()) { $0.formUnion($1.targets) }
        let rendered = run.stage("render") {
            made.files.filter { $0.path.hasSuffix(".html") }.parallelMap { file -> (String, Set<String>?, [Diagnostic]) in
                let prepared = file.prepare()
                do {
                    let data = try prepared.make()
                    return (file.path, targets.contains(file.path) ? PublishingChecks.ids(in: data) : nil, [])
                } catch let error as DossierError {
                    return (file.path, nil, error.diagnostics)
                } catch {
                    return (file.path, nil, [.error("the page could not be made: \(error)", at: nil)])
                }
            }
        }
        run.stage("links and keys") {
            run.diagnostics += rendered.flatMap { $0.2 }
            var ids: [String: Set<String>] = [:]
            for (path, anchors, _) in rendered { if let anchors { ids[path] = anchors } }
            run.diagnostics += checks.flatMap { $0.problems(ids: ids) }
            run.diagnostics += TemplateKeyCheck.unknownKeys(in: made.plan.theme, known: keys.keys)
        }
        _ = try run.stopOnErrors(strict: options.strict, made.templates)
        run.report.notes += made.plan.notes
        run.report.diagnostics = run.diagnostics
        return run.report
    }

    /// The stages from `site.yml` to the files of the site as values (made when written): what
    /// `build` and `check` share; each edition's graph and bodies (with its folder, and for an
    /// edition other than the default's the files of its translations), and the default language's
    /// templates. Throws when a problem stops the build before its pages are made.
    private func make(
        _ inputs: BuildInputs, memo: (any SourceMemo & ParseMemo & MarkdownMemo)?, views: (any PageViewMemo)?,
        keys: TemplateKeyRecorder? = nil, stopsOnErrors: Bool = true, _ run: BuildRun
    ) throws -> (
        files: [OutputFile], plan: SitePlan,
        editions: [(folder: String, graph: DossierGraph, bodies: RenderedBodies, only: Set<String>?)],
        templates: TemplateSet
    ) {
        let site = run.stage("settings") { settings(inputs, run) }
        let editions = Edition.all(of: site)
        run.report.languages = site.languages
        let loaded = run.stage("load") { inputs.loader.load(inputs.sources.files, stamps: inputs.stamps, memo: memo) }
        run.diagnostics += loaded.diagnostics
        let media = run.stage("media") {
            MediaFiles.read(inputs.media, stamps: inputs.mediaStamps, allowActive: site.unsafeHTML)
        }
        run.diagnostics += media.1
        let content = run.stage("front matter") { parse(loaded.files, editions: editions, memo: memo, run) }
        let graphs = run.stage("graph") {
            let graph = resolve(content.models, run)
            if !options.allowsFuture { run.diagnostics += FutureDates.warnings(graph, today: options.today) }
            return editions.map { graph.edition($0.language, defaultLanguage: site.language) }
        }
        let translated = editions.map { edition in
            edition.isDefault
                ? nil : Set(content.models.translations.filter { $0.language == edition.language }.map(\.path))
        }
        let bodies = run.stage("markdown") {
            editions.indices.map { number in
                renderBodies(
                    graphs[number], content.bodies, loaded.files, site: site,
                    media: media.0.linked(from: editions[number].up), memo: memo, only: translated[number], run)
            }
        }
        let sites = editions.map { $0.settings(of: site) }
        let languages = run.stage("texts") { sites.map { texts(inputs, site: $0, run) } }
        let theme = run.stage("theme") { loadTheme(inputs, translations: languages.map(\.translations), run) }
        let searchIndexes = run.stage("search index") {
            editions.indices.map { number in
                FullTextIndex.files(of: SearchDocuments(graph: graphs[number], bodies: bodies[number]), memo: options.cache)
            }
        }
        let plan = run.stage("pages") {
            SitePlan(
                editions: editions, graphs: graphs, sites: sites, searchIndexes: searchIndexes, theme: theme.theme,
                media: media.0, run: run)
        }
        // `check` goes on past content errors, to report the pages' problems too: the pages are made of
        // what is valid. Only templates that do not compile stop it here.
        let templates =
            stopsOnErrors || theme.templates.contains(where: { $0 == nil })
            ? try theme.templates.map { try run.stopOnErrors(strict: options.strict, $0) } : theme.templates.map { $0! }
        let links = EditionLinks.all(editions: editions, graphs: graphs, base: site.baseURL)
        let files = run.stage("views") {
            editions.indices.flatMap { number in
                outputFiles(
                    plan, number, graph: graphs[number], site: sites[number], bodies: bodies[number],
                    templates: templates[number], views: (views, context: viewContext(content.models)), keys: keys,
                    language: languages[number], editions: links[number])
            }
        }
        let made = editions.indices.map { (editions[$0].folder, graphs[$0], bodies[$0], translated[$0]) }
        return (files, plan, made, templates[0])
    }

    // MARK: - Stages

    /// `site.yml`, with `--base-url` over its `base_url`.
    private func settings(_ inputs: BuildInputs, _ run: BuildRun) -> SiteConfig {
        var (site, diagnostics) = SiteConfig.load(from: inputs.layout)
        run.diagnostics += diagnostics + inputs.sources.problems
        if let baseURL = options.baseURL {
            switch BaseURL.normalized(baseURL) {
            case .success(let url): site.baseURL = url
            case .failure(let problem):
                run.diagnostics.append(.error(problem.message(for: "--base-url", value: baseURL), at: nil))
            }
        }
        return site
    }

    /// What loading, parsing, rendering and the views reuse: `serve`'s cache in memory, or what the
    /// last `build` left in the state folder (see `PersistentCache` and `PersistentViews`; nothing
    /// under `--force`).
    private func memo(_ inputs: BuildInputs) -> ((any SourceMemo & ParseMemo & MarkdownMemo)?, (any PageViewMemo)?) {
        if let cache = options.cache { return (cache, cache) }
        return readPersistentCache(writer: inputs.writer)
    }

    /// What the views depend on besides the bodies they read: `serve`'s graph generation (the same
    /// while the models are), or for `build` a digest of the models.
    private func viewContext(_ models: ContentModels) -> ContentHash {
        var context = ContentHash()
        if let cache = options.cache {
            context.combine(cache.graphGeneration)
        } else {
            context.combine(PersistentViews.digest(of: models))
        }
        return context
    }

    /// The site's language, with the dossier's own texts (`i18n/<language>.yml`) over the built-in
    /// ones; a warning names the texts the language lacks.
    private func texts(_ inputs: BuildInputs, site: SiteConfig, _ run: BuildRun) -> SiteLanguage {
        let (overrides, rightToLeft, diagnostics) = DossierTranslations.load(inputs.layout, language: site.language)
        run.diagnostics += diagnostics
        let language = SiteLanguage(tag: site.language, overrides: overrides, rightToLeft: rightToLeft)
        // The warning belongs to the dossier's table when it has one (it was read, or is wrong), else to site.yml.
        let table = DossierTranslations.path(of: site.language)
        let hasTable = !overrides.isEmpty || diagnostics.contains { $0.location?.path == table }
        if let warning = language.translations.missingTextsWarning(
            language: site.language, at: SourceLocation(path: hasTable ? table : "site.yml"))
        {
            run.diagnostics.append(warning)
        }
        return language
    }

    /// The models and bodies of the content files, the translations among them (for a site in
    /// several languages) beside the originals.
    private func parse(
        _ files: [SourceFile], editions: [Edition], memo: (any ParseMemo)?, _ run: BuildRun
    ) -> ParsedContent {
        let split = TranslationFiles.split(
            files, languages: editions.dropFirst().map(\.language), defaultLanguage: editions[0].language)
        var content = ContentParser.parse(split.originals, memo: memo)
        let translated = ContentParser.parseTranslations(split.translations)
        content.models.translations = translated.translations
        content.bodies.merge(translated.bodies) { original, _ in original }
        run.diagnostics += content.diagnostics + split.problems + translated.diagnostics
        return content
    }

    /// The graph, with the number of stubs it made.
    private func resolve(_ models: ContentModels, _ run: BuildRun) -> DossierGraph {
        let (graph, diagnostics) = resolve(models)
        run.diagnostics += diagnostics
        run.report.stubs = graph.entities.filter(\.isStub).count + graph.places.filter(\.isStub).count
        return graph
    }

    /// Every body of one edition's `graph` rendered; the Markdown text goes no further than this (a
    /// large dossier's text is not held while pages are written). Problems are reported for the
    /// files in `only` when given (an edition reports its translations' only: the default's report
    /// the rest).
    private func renderBodies(
        _ graph: DossierGraph, _ markdown: [String: String], _ files: [SourceFile], site: SiteConfig,
        media: MediaFiles, memo: (any MarkdownMemo)?, only: Set<String>?, _ run: BuildRun
    ) -> RenderedBodies {
        var markdownOptions: MarkdownOptions = [.smartPunctuation]
        if site.unsafeHTML { markdownOptions.insert(.allowRawHTML) }
        // With a cache, a body is known by its file's stamp: no need to hash every text to find it.
        let bodyStamps = Dictionary(
            files.compactMap { file in file.stamp.map { (file.path, $0) } }, uniquingKeysWith: { first, _ in first })
        let (bodies, diagnostics) = BodyRenderer.render(
            graph, markdown: markdown, options: markdownOptions, memo: memo, sourceStamps: bodyStamps, media: media,
            imageSize: { destination, path in MediaLinks.contentPath(destination, from: path).flatMap { media.byPath[$0]?.size } }
        )
        run.diagnostics += only.map { paths in diagnostics.filter { paths.contains($0.location?.path ?? "") } } ?? diagnostics
        return bodies
    }

    /// The theme (the dossier's `templates/` over the built-in one, file by file) and its templates
    /// compiled for each edition's texts.
    private func loadTheme(_ inputs: BuildInputs, translations: [Translations], _ run: BuildRun) -> (
        theme: Theme, templates: [TemplateSet?]
    ) {
        let own = inputs.themeFiles.map { Theme.load($0, origin: "templates") }
        let theme = own?.theme.over(Theme.builtIn) ?? Theme.builtIn
        let themeDiagnostics = own?.diagnostics ?? []
        let compiled = translations.map { TemplateSet.compile(theme, translations: $0) }
        let templates = compiled.map(\.templates)
        // Each problem once, though every edition's templates show it.
        var seen: Set<Diagnostic> = []
        let templateDiagnostics = compiled.flatMap(\.diagnostics).filter { seen.insert($0).inserted }
        // When `templates/` itself is refused (a link out of the dossier, say), that one error says
        // it all: the empty theme's "missing template" errors would only bury it.
        let themeRefused = themeDiagnostics.contains { $0.location?.path == "templates" && $0.severity == .error }
        run.diagnostics += themeDiagnostics + (themeRefused ? [] : templateDiagnostics)
        return (theme, templates)
    }

    /// Every file of edition `number` of the site as a value: its path, and how to work out its
    /// fingerprint and bytes. The media files and redirects are the default edition's, at the root.
    private func outputFiles(
        _ plan: SitePlan, _ number: Int, graph: DossierGraph, site: SiteConfig, bodies: RenderedBodies,
        templates: TemplateSet, views: (memo: (any PageViewMemo)?, context: ContentHash), keys: TemplateKeyRecorder?,
        language: SiteLanguage, editions: EditionLinks?
    ) -> [OutputFile] {
        let edition = plan.editions[number]
        let media = plan.media.linked(from: edition.edition.up)
        let renderer = PageRenderer(
            graph: graph, site: site, bodies: bodies, templates: templates, paginateBy: site.paginateBy, media: media,
            customStylesheet: plan.theme.hasCustomStylesheet, keys: keys, language: language, editions: editions)
        let generator = generatorDigest(site: site, theme: plan.theme, language: language)
        var viewContext = generator
        viewContext.combine(views.context)
        // Pictures show the media files' sizes, and only files that exist.
        viewContext.combine(media.digest)
        let memo = edition.edition.isDefault ? views.memo : views.memo.map { EditionViewMemo($0, folder: edition.edition.folder) }
        let pages = edition.pages.map { renderer.file($0.page, at: $0.path, memo: memo, context: viewContext) }
        var assets =
            plan.theme.assets.keys.sorted().map { OutputFile.data("assets/" + $0, plan.theme.assets[$0]!) }
            + [OutputFile.data(ScriptTexts.path, Data(ScriptTexts.script(language.translations, language: site.language).utf8))]
        if edition.edition.isDefault {
            assets +=
                plan.media.files.map { OutputFile.copy($0.path, of: $0.input, stamp: $0.stamp, limit: MediaFiles.fileBytes) }
                + plan.redirects.files(site: site)
        }
        let extras = edition.extras.files(source: renderer.views.source, memo: memo, context: viewContext)
        return (pages + assets + extras).map { $0.moved(into: edition.edition.folder).bound(to: generator) }
    }

    /// The persistent cache written (before the manifest, which records its files' identities).
    private func writeCache(_ cache: PersistentCache?, _ inputs: BuildInputs) -> (
        identities: [FileIdentity], written: [String]
    )? {
        cache.flatMap { cache in
            guard (try? inputs.writer.state.create()) != nil else { return nil }
            return cache.write(to: inputs.writer.state.cachePath, executable: InputStamp.executableStamp())
        }
    }

    /// The files made and written (those whose fingerprints changed) and the site swapped in, or
    /// updated in place; the cache files just written are removed when that fails. The page views
    /// are written last, once every view was made or found unchanged, before the manifest that
    /// records their identity.
    private func write(
        _ files: [OutputFile], _ inputs: BuildInputs, cache: (identities: [FileIdentity], written: [String])?,
        views: PersistentViews?, _ run: BuildRun
    ) throws -> SiteWriter.WriteResult {
        let state = inputs.writer.state
        var writeViews: (@Sendable () -> FileIdentity?)? = nil
        if cache != nil, let views {
            let executable = InputStamp.executableStamp()
            writeViews = { views.write(to: state.viewsPath, executable: executable) }
        }
        do {
            return options.updatesInPlace && !options.force
                ? try inputs.writer.update(
                    files, inputs: inputs.stamp, diagnostics: run.diagnostics, memo: options.cache, cache: cache?.identities,
                    views: writeViews)
                : try inputs.writer.write(
                    files, reuse: !options.force, inputs: inputs.stamp, diagnostics: run.diagnostics, cache: cache?.identities,
                    views: writeViews)
        } catch {
            for path in cache?.written ?? [] { unlink(path) }
            if writeViews != nil { unlink(state.viewsPath) }
            throw error
        }
    }

    /// The build cache and page views the last build left in the state folder, when they are the
    /// very files that build recorded in its manifest (and this executable wrote them); empty ones
    /// otherwise, and under `force`. Either way the build writes new ones.
    private func readPersistentCache(writer: SiteWriter) -> (PersistentCache, PersistentViews) {
        guard !options.force, writer.state.isReal else { return (PersistentCache(), PersistentViews()) }
        let recorded = writer.recordedCache()
        let executable = InputStamp.executableStamp()
        return (
            PersistentCache.read(from: writer.state.cachePath, identities: recorded.cache, executable: executable),
            PersistentViews.read(from: writer.state.viewsPath, identity: recorded.views, executable: executable)
        )
    }

    /// What every page's fingerprint shares: this executable, the site's settings and the theme. A new
    /// version of Dossier, a changed `site.yml` or an edited template renders every page again.
    private func generatorDigest(site: SiteConfig, theme: Theme, language: SiteLanguage) -> ContentHash {
        let texts = language.translations
        var hash = ContentHash()
        hash.combine("dossier-pages-1")
        hash.combine(InputStamp.executableStamp())
        hash.combine(String(describing: site))
        hash.combine(options.includeDrafts ? 1 : 0)
        for name in theme.templates.keys.sorted() { hash.combine([name, theme.templates[name]!]) }
        // The texts pages show: the built-in tables are part of the executable, the dossier's are not.
        for key in texts.messages.keys.sorted() { hash.combine([key, texts.messages[key]!.stableText]) }
        // A dossier's table may say which way the language is written.
        hash.combine(language.direction)
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
}
