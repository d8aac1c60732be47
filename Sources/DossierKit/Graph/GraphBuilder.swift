/// Resolves parsed content into a `DossierGraph`: references, stubs, the place hierarchy, the timeline
/// and every backlink.
enum GraphBuilder {
    /// The graph of `content`, with every problem found while resolving it.
    static func build(_ content: ContentModels, includeDrafts: Bool) -> (graph: DossierGraph, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let published = unique(content.articles, id: { $0.id }, path: { $0.path }, noun: "article", &diagnostics)
            .filter { includeDrafts || !$0.isDraft }
        // Sorted by position (cheap to move) and by date first (cheap to compare), then gathered:
        // articles are large values, and copying one for a comparison is most of a sort's time.
        let dates = published.map(\.date)
        let articles = published.indices.sorted { a, b in
            dates[a] != dates[b] ? dates[a] > dates[b] : newestFirst(published[a], published[b])
        }.map { published[$0] }
        var entities = unique(content.entities, id: { $0.id }, path: { $0.path }, noun: "entity", &diagnostics)
        var places = unique(content.places, id: { $0.id }, path: { $0.path }, noun: "place", &diagnostics)
        let translations = TranslationIndex(
            content.translations,
            originals: [
                .article: Set(content.articles.map(\.id)), .entity: Set(entities.map(\.id)), .place: Set(places.map(\.id)),
                .page: Set(content.pages.map(\.id)),
            ])
        diagnostics += translations.diagnostics
        // A name in any language is a name to refer to, and a name in use.
        let languages = Set(content.translations.map(\.language)).sorted()
        if !languages.isEmpty {
            for number in entities.indices {
                entities[number].locatedAliases = merged(
                    entities[number].locatedAliases, translations.names(of: .entity, entities[number].id, languages: languages),
                    name: entities[number].name)
            }
            for number in places.indices {
                places[number].locatedAliases = merged(
                    places[number].locatedAliases, translations.names(of: .place, places[number].id, languages: languages),
                    name: places[number].name)
            }
        }
        let pages = unique(content.pages, id: { $0.id }, path: { $0.path }, noun: "page", &diagnostics).filter { page in
            guard SiteURLs.sectionFolders.contains(page.id.lowercased()) else { return true }
            diagnostics.append(
                .error(
                    "the page '\(page.id)' would be written to \(page.id)/, which is the site's own \(page.id)/ folder; rename the file (for example \(page.id)-overview.md)",
                    at: SourceLocation(path: page.path, line: 1, column: 1)))
            return false
        }.sorted { a, b in
            (a.menu ?? .max, a.title.lowercased(), a.id) < (b.menu ?? .max, b.title.lowercased(), b.id)
        }

        let entityNames = NameIndex(entities.map { ($0.id, $0.path, $0.name, $0.nameLocation, $0.locatedAliases) })
        let placeNames = NameIndex(places.map { ($0.id, $0.path, $0.name, $0.nameLocation, $0.locatedAliases) })
        diagnostics += shadowedAliases(entityNames, noun: "entity") + shadowedAliases(placeNames, noun: "place")
        var entityResolver = ReferenceResolver(
            noun: "entity", folder: "entities", index: entityNames, unreadable: content.unreadableIDs[.entity] ?? [])
        var placeResolver = ReferenceResolver(
            noun: "place", folder: "places", index: placeNames, unreadable: content.unreadableIDs[.place] ?? [])
        // Parents first, so that references qualified by an ancestor (`Juárez, Nuevo León`) resolve:
        // those that name one place as written, then the others, which may be qualified.
        var parents: [String: String] = [:]
        for place in places {
            if let reference = place.parentReference, case .found(let parent) = placeNames.match(reference.text) {
                parents[place.id] = parent
            }
        }
        placeResolver.parents = parents
        for place in places where parents[place.id] == nil {
            if let reference = place.parentReference, let parent = placeResolver.resolve(reference) {
                parents[place.id] = parent
            }
        }
        placeResolver.parents = parents

        var graph = DossierGraph()
        graph.translations = translations
        graph.articles = articles
        graph.pages = pages
        graph.pageIndex = Dictionary(pages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        if !includeDrafts { graph.draftArticleIDs = Set(content.articles.filter(\.isDraft).map(\.id)) }
        graph.articleIndex = Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let tagSlugs = TagSlugs(articles)
        diagnostics += tagSlugs.diagnostics
        graph.articleLinks = zip(articles, tagSlugs.byArticle).map { article, slugs in
            ArticleLinks(
                entityIDs: entityResolver.resolveAll(article.entityReferences),
                placeIDs: placeResolver.resolveAll(article.placeReferences),
                tagSlugs: slugs)
        }

        let allRecords = uniqueEventIDs(articles.flatMap(\.events) + content.timelineEvents, &diagnostics)
        let articleIDs = SuggestionIndex(graph.articles.map(\.id))
        // Drafts left out, and articles whose file could not be read (its error says why), are not
        // reported as unknown sources.
        let leftOutIDs = Set(content.articles.filter(\.isDraft).map(\.id)).union(content.unreadableIDs[.article] ?? [])
        let events = allRecords.map { record in
            ResolvedEvent(
                record: record,
                entityIDs: entityResolver.resolveAll(record.entityReferences),
                placeIDs: placeResolver.resolveAll(record.placeReferences),
                sourceArticleIDs: sources(of: record, in: graph, leftOut: leftOutIDs, suggestions: articleIDs, &diagnostics))
        }
        // Sorted like the articles: by position, and by date first.
        let eventDates = events.map(\.record.date)
        graph.events = events.indices.sorted { a, b in
            eventDates[a] != eventDates[b] ? eventDates[a] < eventDates[b] : timelineOrder(events[a], events[b])
        }.map { events[$0] }

        var relatedByEntity: [String: [String]] = [:]
        for entity in entities {
            relatedByEntity[entity.id] = entityResolver.resolveAll(entity.relatedReferences).filter { $0 != entity.id }
        }

        graph.entities =
            (entities
            + stubs(entityResolver.stubs) { id, name in
                Entity(
                    id: id, path: nil, name: name, type: .other, locatedAliases: [], role: nil, relatedReferences: [],
                    bodyFirstLine: 1)
            }).sortedByName(\.name, id: \.id)
        graph.places =
            (places
            + stubs(placeResolver.stubs) { id, name in
                Place(
                    id: id, path: nil, name: name, type: .other, locatedAliases: [], parentReference: nil, coordinates: nil,
                    bodyFirstLine: 1)
            }).sortedByName(\.name, id: \.id)
        graph.entityIndex = Dictionary(uniqueKeysWithValues: graph.entities.enumerated().map { ($1.id, $0) })
        graph.placeIndex = Dictionary(uniqueKeysWithValues: graph.places.enumerated().map { ($1.id, $0) })
        diagnostics += entityResolver.diagnostics + placeResolver.diagnostics

        let placesByID = Dictionary(uniqueKeysWithValues: places.map { ($0.id, $0) })
        let hierarchy = PlaceHierarchy(parents: parents, places: placesByID, diagnostics: &diagnostics)
        BacklinkBuilder.link(&graph, related: relatedByEntity, hierarchy: hierarchy)
        graph.placeQualifiers = PlaceHomonyms.qualifiers(in: graph)
        graph.qualifyHomonyms()
        return (graph, diagnostics)
    }

    // MARK: - Steps

    /// The first file of each id; a second file with the same id is an error naming both.
    private static func unique<T>(
        _ items: [T], id: (T) -> String, path: (T) -> String?, noun: String, _ diagnostics: inout [Diagnostic]
    ) -> [T] {
        var seen: [String: String] = [:]
        var kept: [T] = []
        for item in items {
            let itemPath = path(item) ?? ""
            if let first = seen[id(item)] {
                diagnostics.append(
                    .error(
                        "two \(noun) files have the id '\(id(item))': \(first) and \(itemPath); ids come from file names and must be unique, so rename one",
                        at: SourceLocation(path: itemPath, line: 1, column: 1)))
                continue
            }
            seen[id(item)] = itemPath
            kept.append(item)
        }
        return kept
    }

    /// `records` with each event `id` kept by the first event that writes it (in file and line
    /// order); a later one is an error at its `id`, naming where the first is, and loses its id.
    private static func uniqueEventIDs(_ records: [EventRecord], _ diagnostics: inout [Diagnostic]) -> [EventRecord] {
        let withIDs = records.indices.filter { records[$0].id != nil }
        guard !withIDs.isEmpty else { return records }
        let ordered = withIDs.sorted { a, b in
            let x = records[a].id!.location
            let y = records[b].id!.location
            return (x.path, x.line, x.column) < (y.path, y.line, y.column)
        }
        var records = records
        var first: [String: SourceLocation] = [:]
        for number in ordered {
            let id = records[number].id!
            if let earlier = first[id.value] {
                diagnostics.append(
                    .error(
                        "the event id '\(id.value)' is already taken by the event at \(earlier); event ids are unique in the dossier (each is an anchor and an address), so rename one",
                        at: id.location))
                records[number].id = nil
            } else {
                first[id.value] = id.location
            }
        }
        return records
    }

    /// A warning at each alias that is another file's id: references to it never reach its file.
    private static func shadowedAliases(_ index: NameIndex, noun: String) -> [Diagnostic] {
        index.shadowed.map { shadow in
            let file = shadow.path.map { " (\($0))" } ?? ""
            return .warning(
                "the alias '\(shadow.alias.value)' is the id of another \(noun), '\(shadow.id)'\(file): references to it go to that \(noun), never to '\(shadow.name)'; remove the alias, or refer to '\(shadow.name)' by its id or name",
                at: shadow.alias.location)
        }
    }

    /// The article ids an event cites: the article it is written in, then its `sources:`; an id in
    /// `leftOut` (a draft left out, an article that could not be read) is skipped without a warning.
    private static func sources(
        of record: EventRecord, in graph: DossierGraph, leftOut: Set<String>, suggestions: SuggestionIndex,
        _ diagnostics: inout [Diagnostic]
    ) -> [String] {
        var ids: [String] = record.articleID.map { [$0] } ?? []
        for reference in record.sourceReferences {
            guard !reference.text.isEmpty else {
                diagnostics.append(
                    .warning(
                        "this source is empty and is left out; 'sources' lists article ids (file names in content/articles)",
                        at: reference.location))
                continue
            }
            let id = reference.text.lowercased()
            if graph.articleIndex[id] != nil || graph.articleIndex[TextFolding.slug(reference.text)] != nil {
                let found = graph.articleIndex[id] != nil ? id : TextFolding.slug(reference.text)
                if !ids.contains(found) { ids.append(found) }
            } else if leftOut.contains(id) {
                continue
            } else {
                var message =
                    "unknown source article '\(reference.text)': 'sources' lists article ids (file names in content/articles)"
                if let close = suggestions.closest(to: id) {
                    message += "; did you mean '\(close)'?"
                }
                diagnostics.append(.warning(message, at: reference.location))
            }
        }
        return ids
    }

    /// `aliases` and then `more`, each spelling once (case and diacritics ignored), `name` left out.
    private static func merged(_ aliases: [Located<String>], _ more: [Located<String>], name: String) -> [Located<String>] {
        var seen: Set<String> = [TextFolding.fold(name)]
        return (aliases + more).filter { seen.insert(TextFolding.fold($0.value)).inserted }
    }

    private static func stubs<T>(_ stubs: [String: String], make: (String, String) -> T) -> [T] {
        stubs.keys.sorted().map { make($0, stubs[$0]!) }
    }

    // MARK: - Orders

    static func newestFirst(_ a: Article, _ b: Article) -> Bool {
        if a.date != b.date { return a.date > b.date }
        if a.title != b.title { return a.title < b.title }
        return a.id < b.id
    }

    static func timelineOrder(_ a: ResolvedEvent, _ b: ResolvedEvent) -> Bool {
        if a.record.date != b.record.date { return a.record.date < b.record.date }
        let aEnd = a.record.end ?? a.record.date
        let bEnd = b.record.end ?? b.record.date
        if aEnd != bEnd { return aEnd < bEnd }
        if a.record.title != b.record.title { return a.record.title < b.record.title }
        return a.record.location.description < b.record.location.description
    }

}

extension Array {
    /// The elements sorted by folded name (case and diacritics ignored), then id; each name folded once.
    func sortedByName(_ name: (Element) -> String, id: (Element) -> String) -> [Element] {
        map { (key: TextFolding.fold(name($0)), id: id($0), element: $0) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.id < $1.id }
            .map(\.element)
    }
}
