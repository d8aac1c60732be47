/// The front matter of an article, as written. Required fields are optional here: a missing one is
/// recorded as a problem and the article is left out.
struct ArticleFrontMatter: Decodable, Sendable {
    var title: Located<String>?
    var date: DateField?
    var summary: String?
    var source: SourceField?
    var entities: ReferenceList?
    var places: ReferenceList?
    var tags: StringList?
    var events: [EventFrontMatter]?
    var draft: FlagField?

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case title, date, summary, source, entities, places, tags, events, draft
    }

    static let knownKeys = CodingKeys.allCases.map(\.rawValue)

    init(from decoder: any Decoder) throws {
        let fields = try FieldReader(decoder, keyedBy: CodingKeys.self)
        title = try fields.required(.title)
        date = try fields.required(.date)
        summary = try fields.optional(.summary)
        source = try fields.optional(.source)
        entities = try fields.optional(.entities)
        places = try fields.optional(.places)
        tags = try fields.optional(.tags)
        events = try fields.optional(.events)
        draft = try fields.optional(.draft)
    }
}

/// Where an article's facts come from: `{name, url}`, or a single string (a URL or a name).
struct SourceField: Decodable, Sendable, Hashable {
    var name: String?
    var url: Located<String>?

    private enum CodingKeys: String, CodingKey { case name, url }

    static let knownKeys = ["name", "url"]

    init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer().decode(Located<String>.self) {
            let looksLikeURL = single.value.contains("://") || single.value.hasPrefix("mailto:")
            name = looksLikeURL ? nil : single.value
            url = looksLikeURL ? single : nil
            return
        }
        let fields = try FieldReader(decoder, keyedBy: CodingKeys.self)
        name = try fields.optional(.name)
        url = try fields.optional(.url)
    }
}
