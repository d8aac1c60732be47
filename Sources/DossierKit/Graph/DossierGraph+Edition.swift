extension DossierGraph {
    /// This graph as the edition in `language` shows it: the same articles, entities, places and
    /// pages at the same positions (every link and backlink holds), with the texts of their
    /// translations into `language` where a translation is ready, each marked with the language of
    /// its text (`language`) where it is not that of the edition. Translated items name their
    /// translation's file as their `path`, so that their bodies are the translation's.
    func edition(_ language: String, defaultLanguage: String) -> DossierGraph {
        let marksAny =
            !translations.byKey.isEmpty || articles.contains { $0.language != nil } || language != defaultLanguage
        guard marksAny else { return self }
        var graph = self
        let written = Dictionary(articles.map { ($0.id, $0.language) }, uniquingKeysWith: { first, _ in first })
        /// The language of an original's text when it is shown untranslated: `nil` when it is the edition's.
        func shown(_ written: String?) -> String? {
            let text = written ?? defaultLanguage
            return text.lowercased() == language.lowercased() ? nil : text
        }
        // Events are not translated: a title is in its article's language.
        for number in graph.events.indices {
            graph.events[number].language = shown(graph.events[number].record.articleID.flatMap { written[$0] ?? nil })
        }
        for number in graph.articles.indices {
            let article = graph.articles[number]
            guard let translation = translations.translation(of: .article, article.id, into: language) else {
                graph.articles[number].language = shown(article.language)
                continue
            }
            graph.articles[number].title = translation.title
            graph.articles[number].summary = translation.summary
            graph.articles[number].path = translation.path
            graph.articles[number].bodyFirstLine = translation.bodyFirstLine
            graph.articles[number].language = nil
        }
        for number in graph.entities.indices where !graph.entities[number].isStub {
            let translation = translations.translation(of: .entity, graph.entities[number].id, into: language)
            Self.show(translation, on: &graph.entities[number], untranslated: shown(nil))
            if let role = translation?.role { graph.entities[number].role = role }
        }
        for number in graph.places.indices where !graph.places[number].isStub {
            let translation = translations.translation(of: .place, graph.places[number].id, into: language)
            Self.show(translation, on: &graph.places[number], untranslated: shown(nil))
        }
        for number in graph.pages.indices {
            let page = graph.pages[number]
            guard let translation = translations.translation(of: .page, page.id, into: language) else {
                graph.pages[number].language = shown(nil)
                continue
            }
            graph.pages[number].title = translation.title
            graph.pages[number].summary = translation.summary
            graph.pages[number].path = translation.path
            graph.pages[number].bodyFirstLine = translation.bodyFirstLine
        }
        graph.qualifyHomonyms()
        return graph
    }

    /// `subject` (an entity or place) with the name, other names and profile of `translation`, or,
    /// without one, marked as shown in the language `untranslated`.
    private static func show<Subject: NamedSubject>(
        _ translation: Translation?, on subject: inout Subject, untranslated: String?
    ) {
        guard let translation else {
            subject.language = untranslated
            return
        }
        subject.locatedAliases = names(
            of: subject.name, subject.nameLocation, subject.locatedAliases, but: translation.title)
        subject.name = translation.title
        subject.path = translation.path
        subject.bodyFirstLine = translation.bodyFirstLine
    }

    /// The other names of something called `name` (with `aliases`, every language's) where it is
    /// called `shown`: the original name first, each spelling once, `shown` left out.
    private static func names(
        of name: String, _ location: SourceLocation?, _ aliases: [Located<String>], but shown: String
    ) -> [Located<String>] {
        var seen: Set<String> = [TextFolding.fold(shown)]
        let original = Located(name, at: location ?? SourceLocation(path: ""))
        return ([original] + aliases).filter { seen.insert(TextFolding.fold($0.value)).inserted }
    }
}

/// What an edition swaps in an entity or a place for its translation's.
protocol NamedSubject {
    var name: String { get set }
    var locatedAliases: [Located<String>] { get set }
    var nameLocation: SourceLocation? { get }
    var path: String? { get set }
    var bodyFirstLine: Int { get set }
    var language: String? { get set }
}

extension Entity: NamedSubject {}
extension Place: NamedSubject {}
