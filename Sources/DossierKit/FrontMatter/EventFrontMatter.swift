/// One dated fact, as written in an article's `events:` or in `content/timeline/*.yml`.
struct EventFrontMatter: Decodable, Sendable {
    var title: Located<String>?
    var date: DateField?
    var end: DateField?
    var entities: ReferenceList?
    var places: ReferenceList?
    var sources: ReferenceList?
    var location: SourceLocation

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case date, end, title, entities, places, sources
    }

    static let knownKeys = CodingKeys.allCases.map(\.rawValue)

    init(from decoder: any Decoder) throws {
        location = decoder.sourceLocation
        let fields = try FieldReader(decoder, keyedBy: CodingKeys.self)
        date = try fields.required(.date)
        end = try fields.optional(.end)
        title = try fields.required(.title)
        entities = try fields.optional(.entities)
        places = try fields.optional(.places)
        sources = try fields.optional(.sources)
    }
}
