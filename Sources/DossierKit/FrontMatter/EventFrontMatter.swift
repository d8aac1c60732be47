/// One dated fact, as written in an article's `events:` or in `content/timeline/*.yml`.
struct EventFrontMatter: Sendable {
    var title: Located<String>?
    var date: DateField?
    var end: DateField?
    var entities: ReferenceList?
    var places: ReferenceList?
    var sources: ReferenceList?
    var location: SourceLocation

    private enum Field: String, CaseIterable {
        case date, end, title, entities, places, sources
    }

    static let knownKeys = Field.allCases.map(\.rawValue)
}

extension EventFrontMatter: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        location = value.location
        let fields = try value.fields(keyedBy: Field.self)
        date = fields.required(.date)
        end = fields.optional(.end)
        title = fields.required(.title)
        entities = fields.optional(.entities)
        places = fields.optional(.places)
        sources = fields.optional(.sources)
    }
}
