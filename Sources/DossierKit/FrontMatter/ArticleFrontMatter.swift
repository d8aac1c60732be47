/// The front matter of an article, as written. Required fields are optional here: a missing one is
/// recorded as a problem and the article is left out.
struct ArticleFrontMatter: Sendable {
    var title: Located<String>?
    var date: DateField?
    var summary: Paragraph?
    var source: SourceField?
    var entities: ReferenceList?
    var places: ReferenceList?
    var tags: ReferenceList?
    var events: [EventFrontMatter]?
    var draft: FlagField?

    private enum Field: String, CaseIterable {
        case title, date, summary, source, entities, places, tags, events, draft
    }

    static let knownKeys = Field.allCases.map(\.rawValue)
}

extension ArticleFrontMatter: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        let fields = try value.fields(keyedBy: Field.self)
        title = fields.required(.title)
        date = fields.required(.date)
        summary = fields.optional(.summary)
        source = fields.optional(.source)
        entities = fields.optional(.entities)
        places = fields.optional(.places)
        tags = fields.optional(.tags)
        events = fields.optional(.events)
        draft = fields.optional(.draft)
    }
}
