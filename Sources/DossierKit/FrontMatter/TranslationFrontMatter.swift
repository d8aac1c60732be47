/// The front matter of a translation, as written: the texts of the original's kind (see
/// `TranslationFrontMatter.textKeys`).
struct TranslationFrontMatter: Sendable {
    var title: Located<String>?
    var name: Located<String>?
    var summary: Paragraph?
    var draft: FlagField?
    var aliases: ReferenceList?
    var role: String?

    private enum Field: String, CaseIterable {
        case title, name, summary, draft, aliases, role
    }

    /// The fields a translation of `kind` gives: those written in words.
    static func textKeys(of kind: ContentKind) -> [String] {
        switch kind {
        case .article, .page: ["title", "summary", "draft"]
        case .entity: ["name", "aliases", "role"]
        case .place: ["name", "aliases"]
        case .timeline: []
        }
    }

    /// The fields the original of `kind` may have: those a translation has not are facts, the same in
    /// every language.
    static func originalKeys(of kind: ContentKind) -> [String] {
        switch kind {
        case .article: ArticleFrontMatter.knownKeys
        case .page: PageFrontMatter.knownKeys
        case .entity: EntityFrontMatter.knownKeys
        case .place: PlaceFrontMatter.knownKeys
        case .timeline: []
        }
    }
}

extension TranslationFrontMatter: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        let fields = try value.fields(keyedBy: Field.self)
        title = fields.optional(.title)
        name = fields.optional(.name)
        summary = fields.optional(.summary)
        draft = fields.optional(.draft)
        aliases = fields.optional(.aliases)
        role = fields.optional(.role)
    }
}
