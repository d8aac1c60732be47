/// One dated fact, as written in an article's `events:` or in `content/timeline/*.yml`.
struct EventFrontMatter: Sendable {
    var id: Located<String>?
    var title: Located<String>?
    var date: DateField?
    var end: DateField?
    var description: Located<String>?
    var category: Located<String>?
    var fatalities: FatalitiesField?
    var entities: ReferenceList?
    var places: ReferenceList?
    var sources: EventSourceList?
    var location: SourceLocation

    private enum Field: String, CaseIterable {
        case id, date, end, title, description, category, fatalities, entities, places, sources
    }

    static let knownKeys = Field.allCases.map(\.rawValue)
}

extension EventFrontMatter: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        location = value.location
        let fields = try value.fields(keyedBy: Field.self)
        id = fields.optional(.id)
        date = fields.required(.date)
        end = fields.optional(.end)
        title = fields.required(.title)
        description = fields.optional(.description)
        category = fields.optional(.category)
        fatalities = fields.optional(.fatalities)
        entities = fields.optional(.entities)
        places = fields.optional(.places)
        sources = fields.optional(.sources)
    }
}

/// An event's `sources:`: article ids (`kerry-lavrov-urgent-call`), and sources outside the dossier,
/// written as an article's are (`{name, url, date}`, or a plain URL); a list, or one item.
struct EventSourceList: Sendable, Hashable {
    enum Item: Sendable, Hashable {
        /// An article of the dossier, by id.
        case article(Reference)
        /// A source outside the dossier.
        case external(SourceField)
    }

    var items: [Item]
}

extension EventSourceList: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        if case .sequence = value.node {
            items = []
            for item in try value.items() { items.append(try Self.item(item)) }
        } else {
            items = [try Self.item(value)]
        }
    }

    private static func item(_ value: FrontMatterValue) throws(Diagnostic) -> Item {
        if case .mapping = value.node { return .external(try SourceField(from: value)) }
        let text = try Reference(from: value)
        let looksLikeURL = text.value.contains("://") || text.value.hasPrefix("mailto:")
        return looksLikeURL ? .external(try SourceField(from: value)) : .article(text)
    }
}

/// `fatalities:` as written: one number (`12`), or `{best, low, high}`; checked by the parser.
struct FatalitiesField: Sendable, Hashable {
    var best: Located<Int>?
    var low: Located<Int>?
    var high: Located<Int>?
    var location: SourceLocation

    private enum Field: String, CaseIterable {
        case best, low, high
    }

    static let knownKeys = Field.allCases.map(\.rawValue)
}

extension FatalitiesField: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        location = value.location
        let fix =
            "write a whole number of people killed (fatalities: 12), or an estimate (fatalities: {best: 12, low: 10, high: 15})"
        switch value.node {
        case .scalar(let scalar):
            guard let number = Int(scalar.string.trimmed) else {
                throw value.problem("'\(scalar.string)' is not a whole number; \(fix)")
            }
            best = Located(number, at: value.location)
        case .mapping:
            let fields = try value.fields(keyedBy: Field.self)
            best = fields.optional(.best)
            low = fields.optional(.low)
            high = fields.optional(.high)
        default:
            throw value.problem("this is a list; \(fix)")
        }
    }
}
