import Foundation
import Yams

/// Reads the front matter of every content file into typed models; reports every file's problems.
enum ContentParser {
    /// The models of `files`, and the bodies of their Markdown files; files with errors are left out
    /// and their problems reported.
    static func parse(_ files: [SourceFile], memo: (any ParseMemo)? = nil) -> ParsedContent {
        var content = ParsedContent()
        let results = files.parallelMap { file in
            guard let memo else { return parseOne(file) }
            return memo.parsed(at: file.path, id: file.id, text: file.stamp ?? ContentHash.of(file.text)) { parseOne(file) }
        }
        for (file, (parsed, diagnostics)) in zip(files, results) {
            switch parsed {
            case .article(let article, let body):
                content.models.articles.append(article)
                content.bodies[file.path] = body
            case .entity(let entity, let body):
                content.models.entities.append(entity)
                content.bodies[file.path] = body
            case .place(let place, let body):
                content.models.places.append(place)
                content.bodies[file.path] = body
            case .timeline(let events): content.models.timelineEvents += events
            case .page(let page, let body):
                content.models.pages.append(page)
                content.bodies[file.path] = body
            case .none:
                if diagnostics.containsErrors { content.models.unreadableIDs[file.kind, default: []].insert(file.id) }
            }
            content.diagnostics += diagnostics
        }
        return content
    }

    private static func parseOne(_ file: SourceFile) -> (ParsedFile, [Diagnostic]) {
        switch file.kind {
        case .article:
            let (article, diagnostics) = parseArticle(file)
            return (article.map { ParsedFile.article($0.model, body: $0.body) } ?? .none, diagnostics)
        case .entity:
            let (entity, diagnostics) = parseEntity(file)
            return (entity.map { ParsedFile.entity($0.model, body: $0.body) } ?? .none, diagnostics)
        case .place:
            let (place, diagnostics) = parsePlace(file)
            return (place.map { ParsedFile.place($0.model, body: $0.body) } ?? .none, diagnostics)
        case .timeline:
            let (events, diagnostics) = parseTimeline(file)
            return (.timeline(events), diagnostics)
        case .page:
            let (page, diagnostics) = parsePage(file)
            return (page.map { ParsedFile.page($0.model, body: $0.body) } ?? .none, diagnostics)
        }
    }

    // MARK: - One file each

    /// A Markdown file's model, and its body (which the model does not hold).
    typealias WithBody<Model> = (model: Model, body: String)

    static func parseArticle(_ file: SourceFile) -> (WithBody<Article>?, [Diagnostic]) {
        decodeFrontMatter(ArticleFrontMatter.self, file: file, knownKeys: ArticleFrontMatter.knownKeys) {
            matter, block, node, decoder in
            var diagnostics: [Diagnostic] = []
            let fields = node.mapping
            diagnostics += decoder.unknownKeys(in: fields?.writtenField("source"), known: SourceField.knownKeys, what: "'source'")
            diagnostics += decoder.unknownKeys(in: fields?.writtenField("image"), known: ImageField.knownKeys, what: "'image'")
            for item in fields?.writtenField("sources")?.sequence ?? [] {
                diagnostics += decoder.unknownKeys(in: item, known: SourceField.knownKeys, what: "a source")
            }
            for item in fields?.writtenField("corrections")?.sequence ?? [] {
                diagnostics += decoder.unknownKeys(in: item, known: CorrectionField.knownKeys, what: "a correction")
            }
            if let events = fields?.writtenField("events")?.sequence {
                for event in events { diagnostics += eventUnknownKeys(event, decoder: decoder) }
            }
            var events: [EventRecord] = []
            for event in matter.events ?? [] {
                let (record, problems) = eventRecord(event, articleID: file.id)
                diagnostics += problems
                if let record { events.append(record) }
            }
            if let single = matter.source, matter.sources != nil {
                diagnostics.append(
                    .error(
                        "this article has both 'source' and 'sources'; move this source into the 'sources' list",
                        at: single.location))
            }
            var sources: [ArticleSource] = []
            if let list = matter.sources {
                for (number, field) in list.enumerated() {
                    if let source = articleSource(field, named: "item \(number + 1) of 'sources'", diagnostics: &diagnostics) {
                        sources.append(source)
                    }
                }
            } else if let field = matter.source, let source = articleSource(field, named: "'source'", diagnostics: &diagnostics) {
                sources = [source]
            }
            if let updated = matter.updated, let date = matter.date, updated.date < date.date,
                !updated.date.contains(date.date)
            {
                diagnostics.append(
                    .warning(
                        "'updated' (\(updated.date)) is before the article's 'date' (\(date.date)); check both dates",
                        at: updated.location))
            }
            let corrections = (matter.corrections ?? []).compactMap { field -> Correction? in
                guard let date = field.date, let text = field.text?.text.nonEmpty else { return nil }
                return Correction(date: date.date, text: text)
            }
            if let title = matter.title, title.text.isEmpty {
                diagnostics.append(.error("'title' is empty; every article needs a title", at: title.location))
            }
            guard let title = matter.title, let date = matter.date, !title.text.isEmpty else { return (nil, diagnostics) }
            var article = Article(
                id: file.id, path: file.path, title: title.text, date: date.date,
                summary: matter.summary?.text.trimmed.nonEmpty, authors: cleaned(matter.authors).map(\.value),
                sources: sources, updated: matter.updated?.date, corrections: corrections, image: matter.image?.image,
                extra: matter.extra,
                entityReferences: references(matter.entities), placeReferences: references(matter.places),
                tags: trimmed(matter.tags),
                events: events, isDraft: matter.draft?.value ?? false, bodyFirstLine: block.bodyFirstLine)
            article.redirectFrom = cleaned(matter.redirectFrom)
            article.dateLocation = date.location
            if let language = matter.language {
                if let problem = LanguageTag.problem(with: language.text) {
                    diagnostics.append(.error(problem, at: language.location))
                } else {
                    article.language = LanguageTag.canonical(language.text)
                }
            }
            return (article, diagnostics)
        }
    }

    /// A source as the model keeps it; `nil` (and a problem) for one with neither a name nor a URL,
    /// and problems for URLs that are not safe to link.
    private static func articleSource(
        _ field: SourceField, named name: String, diagnostics: inout [Diagnostic]
    ) -> ArticleSource? {
        for (key, url) in [("url", field.url), ("archive_url", field.archiveURL)] {
            if let url, let problem = LinkSafety.problem(withURL: url.value) {
                diagnostics.append(.error("'\(key)' in \(name): \(problem)", at: url.location))
            }
        }
        let source = ArticleSource(
            name: field.name?.trimmed.nonEmpty, url: field.url?.text.nonEmpty, title: field.title?.trimmed.nonEmpty,
            date: field.date?.date, archiveURL: field.archiveURL?.text.nonEmpty)
        guard source.name != nil || source.url != nil else {
            diagnostics.append(
                .error(
                    "this source has neither a 'name' nor a 'url'; give at least one (name: Reuters, url: https://…)",
                    at: field.location))
            return nil
        }
        return source
    }

    static func parseEntity(_ file: SourceFile) -> (WithBody<Entity>?, [Diagnostic]) {
        decodeFrontMatter(EntityFrontMatter.self, file: file, knownKeys: EntityFrontMatter.knownKeys) {
            matter, block, node, decoder in
            var diagnostics = decoder.unknownKeys(
                in: node.mapping?.writtenField("image"), known: ImageField.knownKeys, what: "'image'")
            let type = kind(EntityType.self, from: matter.type, noun: "entity", diagnostics: &diagnostics)
            guard let name = matter.name else { return (nil, diagnostics) }
            guard !name.text.isEmpty else {
                return (nil, diagnostics + [.error("'name' is empty; every entity needs a name", at: name.location)])
            }
            var entity = Entity(
                id: file.id, path: file.path, name: name.text, type: type ?? .other,
                locatedAliases: cleaned(matter.aliases), role: matter.role?.trimmed.nonEmpty,
                relatedReferences: references(matter.related), image: matter.image?.image, nameLocation: name.location,
                bodyFirstLine: block.bodyFirstLine)
            entity.redirectFrom = cleaned(matter.redirectFrom)
            return (entity, diagnostics)
        }
    }

    static func parsePlace(_ file: SourceFile) -> (WithBody<Place>?, [Diagnostic]) {
        decodeFrontMatter(PlaceFrontMatter.self, file: file, knownKeys: PlaceFrontMatter.knownKeys) {
            matter, block, node, decoder in
            var diagnostics = decoder.unknownKeys(
                in: node.mapping?.writtenField("image"), known: ImageField.knownKeys, what: "'image'")
            let type = kind(PlaceType.self, from: matter.type, noun: "place", diagnostics: &diagnostics)
            var coordinates: Coordinates?
            if let field = matter.coordinates {
                switch Self.coordinates(field.value) {
                case .success(let value): coordinates = value
                case .failure(let problem): diagnostics.append(.error(problem.message, at: field.location))
                }
            }
            guard let name = matter.name else { return (nil, diagnostics) }
            guard !name.text.isEmpty else {
                return (nil, diagnostics + [.error("'name' is empty; every place needs a name", at: name.location)])
            }
            let parent = matter.in
            var place = Place(
                id: file.id, path: file.path, name: name.text, type: type ?? .other,
                locatedAliases: cleaned(matter.aliases), parentReference: parent, coordinates: coordinates,
                image: matter.image?.image, nameLocation: name.location, bodyFirstLine: block.bodyFirstLine)
            place.redirectFrom = cleaned(matter.redirectFrom)
            return (place, diagnostics)
        }
    }

    static func parsePage(_ file: SourceFile) -> (WithBody<Page>?, [Diagnostic]) {
        decodeFrontMatter(PageFrontMatter.self, file: file, knownKeys: PageFrontMatter.knownKeys) { matter, block, _, _ in
            guard let title = matter.title else { return (nil, []) }
            guard !title.text.isEmpty else {
                return (nil, [.error("'title' is empty; every page needs a title", at: title.location)])
            }
            var page = Page(
                id: file.id, path: file.path, title: title.text, summary: matter.summary?.text.trimmed.nonEmpty,
                menu: matter.menu?.value, bodyFirstLine: block.bodyFirstLine)
            page.redirectFrom = cleaned(matter.redirectFrom)
            return (page, [])
        }
    }

    static func parseTimeline(_ file: SourceFile) -> ([EventRecord], [Diagnostic]) {
        let decoder = FrontMatterDecoder(path: file.path, lineOffset: 0)
        let start = SourceLocation(path: file.path, line: 1, column: 1)
        let node: Node
        switch decoder.compose(file.text) {
        case .failure(let diagnostic): return ([], [diagnostic])
        case .success(nil):
            return ([], [.warning("this timeline file is empty; write a list of events ('- date: …')", at: start)])
        case .success(let composed?): node = composed
        }
        guard let items = node.sequence else {
            return (
                [],
                [
                    .error(
                        "a timeline file must be a list of events, each starting with '- date: …'", at: decoder.location(of: node)
                    )
                ]
            )
        }
        var events: [EventRecord] = []
        var diagnostics: [Diagnostic] = []
        for item in items {
            diagnostics += eventUnknownKeys(item, decoder: decoder)
            let (decoded, problems) = decoder.read(
                EventFrontMatter.self, from: item, missingFieldsAt: decoder.location(of: item))
            diagnostics += problems
            guard let decoded else { continue }
            let (record, recordProblems) = eventRecord(decoded, articleID: nil)
            diagnostics += recordProblems
            if let record { events.append(record) }
        }
        return (events, diagnostics)
    }

    // MARK: - Helpers

    /// Splits, composes and decodes a Markdown file's front matter, then hands it to `build`; the
    /// model `build` makes comes back with the file's body.
    static func decodeFrontMatter<Matter: FrontMatterReadable, Model>(
        _ type: Matter.Type, file: SourceFile, knownKeys: [String],
        build: (Matter, FrontMatterBlock, Node, FrontMatterDecoder) throws -> (Model?, [Diagnostic])
    ) -> (WithBody<Model>?, [Diagnostic]) {
        let block: FrontMatterBlock
        switch FrontMatterSplitter.split(file.text, path: file.path, kind: file.kind) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let value): block = value
        }
        let decoder = FrontMatterDecoder(path: file.path, lineOffset: block.yamlFirstLine - 1)
        let opening = SourceLocation(path: file.path, line: 1, column: 1)
        let node: Node
        switch decoder.compose(block.yaml) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let composed): node = composed ?? Node.mapping(Node.Mapping([]))
        }
        guard node.mapping != nil else {
            return (
                nil, [.error("the front matter must be a set of fields ('title: …'), one a line", at: decoder.location(of: node))]
            )
        }
        let warnings = decoder.unknownKeys(in: node, known: knownKeys, what: "the front matter")
        let (decoded, problems) = decoder.read(type, from: node, missingFieldsAt: opening)
        guard let matter = decoded else { return (nil, warnings + problems) }
        guard let (model, diagnostics) = try? build(matter, block, node, decoder) else { return (nil, warnings + problems) }
        return (model.map { ($0, block.body) }, warnings + problems + diagnostics)
    }

    /// Warnings for the unknown fields of an event written as `node`, of its sources and of its
    /// `fatalities`.
    private static func eventUnknownKeys(_ node: Node, decoder: FrontMatterDecoder) -> [Diagnostic] {
        var diagnostics = decoder.unknownKeys(in: node, known: EventFrontMatter.knownKeys, what: "an event")
        let fields = node.mapping
        if let fatalities = fields?.writtenField("fatalities"), fatalities.mapping != nil {
            diagnostics += decoder.unknownKeys(in: fatalities, known: FatalitiesField.knownKeys, what: "'fatalities'")
        }
        for item in fields?.writtenField("sources")?.sequence ?? [] where item.mapping != nil {
            diagnostics += decoder.unknownKeys(in: item, known: SourceField.knownKeys, what: "a source")
        }
        return diagnostics
    }

    /// The longest `category`, in characters: a label, not a sentence.
    static let maximumCategoryLength = 100
    /// The longest event `id`, in characters.
    static let maximumEventIDLength = 100

    /// The event as a record, with every problem of its fields; `nil` when a required field is
    /// missing (already reported) or a problem stops it.
    private static func eventRecord(_ event: EventFrontMatter, articleID: String?) -> (EventRecord?, [Diagnostic]) {
        guard let title = event.title, let date = event.date else { return (nil, []) }
        var diagnostics: [Diagnostic] = []
        if let end = event.end, end.date < date.date, !end.date.contains(date.date) {
            diagnostics.append(
                .error(
                    "this event ends (\(end.date)) before it starts (\(date.date)); check 'end' and 'date'",
                    at: end.location))
        }
        if title.text.isEmpty {
            diagnostics.append(.error("the event has an empty 'title'; say in a line what happened", at: title.location))
        }
        var id: Located<String>?
        if let written = event.id {
            if let problem = EventAnchors.problem(withID: written.text) {
                diagnostics.append(.error(problem, at: written.location))
            } else {
                id = Located(written.text, at: written.location)
            }
        }
        var category: String?
        if let field = event.category, let text = field.text.nonEmpty {
            if FieldLimits.exceeds(text, maximumCategoryLength) {
                diagnostics.append(
                    .error(
                        "'category' is \(text.count) characters long; it is a short label (clash, shelling, talks), at most \(maximumCategoryLength) characters: say more in 'description'",
                        at: field.location))
            } else {
                category = text
            }
        }
        let fatalities = event.fatalities.flatMap { fatalitiesValue($0, diagnostics: &diagnostics) }
        var articles: [Reference] = []
        var external: [ArticleSource] = []
        for (number, item) in (event.sources?.items ?? []).enumerated() {
            switch item {
            case .article(let reference): articles.append(reference)
            case .external(let field):
                if let source = articleSource(field, named: "item \(number + 1) of 'sources'", diagnostics: &diagnostics) {
                    external.append(source)
                }
            }
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        var record = EventRecord(
            title: title.text, date: date.date, end: event.end?.date,
            entityReferences: references(event.entities), placeReferences: references(event.places),
            sourceReferences: articles, articleID: articleID, location: event.location)
        record.id = id
        record.description = event.description?.value.trimmed.nonEmpty
        record.externalSources = external
        record.fatalities = fatalities
        record.category = category
        return (record, diagnostics)
    }

    /// `fatalities` checked: whole numbers from 0 to `Fatalities.limit`, `low ≤ best ≤ high`, at
    /// least one of them; `nil` (and problems) otherwise.
    private static func fatalitiesValue(_ field: FatalitiesField, diagnostics: inout [Diagnostic]) -> Fatalities? {
        var wrong = false
        for (name, value) in [("best", field.best), ("low", field.low), ("high", field.high)] {
            guard let value, !(0...Fatalities.limit).contains(value.value) else { continue }
            let what = field.low == nil && field.high == nil ? "'fatalities'" : "'\(name)' in 'fatalities'"
            diagnostics.append(
                .error(
                    "\(what) is \(value.value); a number of people killed is a whole number from 0 to \(Fatalities.limit)",
                    at: value.location))
            wrong = true
        }
        guard !wrong else { return nil }
        let value = Fatalities(best: field.best?.value, low: field.low?.value, high: field.high?.value)
        guard value.best != nil || value.low != nil || value.high != nil else {
            diagnostics.append(
                .error(
                    "'fatalities' gives no number; write {best: 12, low: 10, high: 15} (any of the three), or just a number",
                    at: field.location))
            return nil
        }
        let ordered = [value.low, value.best, value.high].compactMap { $0 }
        if ordered != ordered.sorted() {
            let written = [("low", value.low), ("best", value.best), ("high", value.high)].compactMap { name, number in
                number.map { "\(name) \($0)" }
            }
            diagnostics.append(
                .error(
                    "'fatalities' is out of order (\(written.joined(separator: ", "))): the low estimate comes first, then the best, then the high (low ≤ best ≤ high)",
                    at: field.location))
            return nil
        }
        return value
    }

    private static func kind<T: RawRepresentable & CaseIterable>(
        _ type: T.Type, from field: Located<String>?, noun: String, diagnostics: inout [Diagnostic]
    ) -> T? where T.RawValue == String {
        guard let field else { return nil }
        let written = field.text.lowercased()
        if let value = T(rawValue: written) { return value }
        if written == "organisation" { return T(rawValue: "organization") }
        let names = T.allCases.map(\.rawValue)
        var message = "unknown \(noun) type '\(field.text)'; expected one of \(names.joined(separator: ", "))"
        if let suggestion = Suggestions.name(for: written, among: names) {
            message += "; did you mean '\(suggestion)'?"
        }
        diagnostics.append(.warning(message + " (shown as 'other' for now)", at: field.location))
        return nil
    }

    private enum CoordinateProblem: Error {
        case invalid(String)
        var message: String { if case .invalid(let text) = self { return text }; return "" }
    }

    private static func coordinates(_ values: [Double]) -> Result<Coordinates, CoordinateProblem> {
        guard values.count == 2 else {
            return .failure(.invalid("'coordinates' should be two numbers, [latitude, longitude], such as [39.8153, 46.7519]"))
        }
        guard (-90...90).contains(values[0]), (-180...180).contains(values[1]) else {
            return .failure(
                .invalid(
                    "'coordinates' [\(values[0]), \(values[1])] are out of range; latitude comes first (-90 to 90), then longitude (-180 to 180)"
                ))
        }
        return .success(Coordinates(latitude: values[0], longitude: values[1]))
    }

    /// The references of `list`, empty ones kept: the graph reports them where they are written.
    private static func references(_ list: ReferenceList?) -> [Reference] {
        list?.items ?? []
    }

    /// The non-empty items, trimmed, with where each was written.
    static func cleaned(_ list: ReferenceList?) -> [Located<String>] {
        trimmed(list).filter { !$0.value.isEmpty }
    }

    /// Every item trimmed, empty ones kept: the graph reports those that make no name.
    private static func trimmed(_ list: ReferenceList?) -> [Located<String>] {
        (list?.items ?? []).map { Located($0.text, at: $0.location) }
    }
}

extension String {
    /// The string, or `nil` when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
