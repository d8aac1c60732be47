/// The front matter of an article, as written.
struct ArticleFrontMatter: Decodable, Sendable {
    var title: Located<String>
    var date: DateField
    var summary: String?
    var source: SourceField?
    var entities: ReferenceList?
    var places: ReferenceList?
    var tags: StringList?
    var events: [EventFrontMatter]?
    var draft: FlagField?

    static let knownKeys = ["title", "date", "summary", "source", "entities", "places", "tags", "events", "draft"]
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
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        url = try container.decodeIfPresent(Located<String>.self, forKey: .url)
    }
}
