/// The front matter of an article, as written. Required fields are optional here: a missing one is
/// recorded as a problem and the article is left out.
struct ArticleFrontMatter: Sendable {
    var redirectFrom: ReferenceList?
    var title: Located<String>?
    var date: DateField?
    var summary: Paragraph?
    var authors: ReferenceList?
    var source: SourceField?
    var sources: [SourceField]?
    var updated: DateField?
    var corrections: [CorrectionField]?
    var extra: ExtraValue?
    var image: ImageField?
    var entities: ReferenceList?
    var places: ReferenceList?
    var tags: ReferenceList?
    var events: [EventFrontMatter]?
    var draft: FlagField?
    var language: Located<String>?

    private enum Field: String, CaseIterable {
        case title, date, summary, authors, source, sources, updated, corrections, extra, entities, places, tags, events
        case image, draft, language
        case redirectFrom = "redirect_from"
    }

    static let knownKeys = Field.allCases.map(\.rawValue)
}

extension ArticleFrontMatter: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        let fields = try value.fields(keyedBy: Field.self)
        redirectFrom = fields.optional(.redirectFrom)
        title = fields.required(.title)
        date = fields.required(.date)
        summary = fields.optional(.summary)
        authors = fields.optional(.authors)
        source = fields.optional(.source)
        sources = fields.optional(.sources)
        updated = fields.optional(.updated)
        corrections = fields.optional(.corrections)
        extra = fields.optional(.extra)
        image = fields.optional(.image)
        entities = fields.optional(.entities)
        places = fields.optional(.places)
        tags = fields.optional(.tags)
        events = fields.optional(.events)
        draft = fields.optional(.draft)
        language = fields.optional(.language)
    }
}

/// One correction: `{date, text}`, both required; the text is Markdown.
struct CorrectionField: Sendable, Hashable {
    var date: DateField?
    var text: Located<String>?

    private enum Field: String, CaseIterable {
        case date, text
    }

    static let knownKeys = Field.allCases.map(\.rawValue)
}

extension CorrectionField: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        let fields = try value.fields(keyedBy: Field.self)
        date = fields.required(.date)
        text = fields.required(.text)
    }
}
