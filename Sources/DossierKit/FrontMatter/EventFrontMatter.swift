/// One dated fact, as written in an article's `events:` or in `content/timeline/*.yml`.
struct EventFrontMatter: Decodable, Sendable {
    var title: Located<String>
    var date: DateField
    var end: DateField?
    var entities: ReferenceList?
    var places: ReferenceList?
    var sources: ReferenceList?
    var location: SourceLocation

    private enum CodingKeys: String, CodingKey {
        case title, date, end, entities, places, sources
    }

    static let knownKeys = ["title", "date", "end", "entities", "places", "sources"]

    init(from decoder: any Decoder) throws {
        location = decoder.sourceLocation
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(Located<String>.self, forKey: .title)
        date = try container.decode(DateField.self, forKey: .date)
        end = try container.decodeIfPresent(DateField.self, forKey: .end)
        entities = try container.decodeIfPresent(ReferenceList.self, forKey: .entities)
        places = try container.decodeIfPresent(ReferenceList.self, forKey: .places)
        sources = try container.decodeIfPresent(ReferenceList.self, forKey: .sources)
    }
}
