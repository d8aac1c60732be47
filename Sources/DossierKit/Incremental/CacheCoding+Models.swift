/// How the persistent cache writes and reads back what the front-matter and Markdown stages make:
/// each file's parse (`ParsedFile` and its problems) and each body's `RenderedMarkdown`. Every
/// field is written, in declaration order; a value that its type would refuse (an impossible
/// date, an unknown entity type) makes the cache malformed.
///
/// Locations inside a file's models name that file almost always: such a path is written as one
/// tag byte instead of again.
extension CacheEncoder {
    mutating func location(_ location: SourceLocation, in file: String) {
        if location.path == file {
            byte(0)
        } else {
            byte(1)
            string(location.path)
        }
        int(location.line)
        int(location.column)
    }

    mutating func located(_ value: Located<String>, in file: String) {
        string(value.value)
        location(value.location, in: file)
    }

    mutating func references(_ values: [Located<String>], in file: String) {
        array(values) { $0.located($1, in: file) }
    }

    mutating func date(_ date: PartialDate) {
        unsigned(UInt64(date.year))
        unsigned(UInt64(date.month ?? 0))
        unsigned(UInt64(date.day ?? 0))
    }

    mutating func event(_ event: EventRecord, in file: String) {
        string(event.title)
        date(event.date)
        optional(event.end) { $0.date($1) }
        references(event.entityReferences, in: file)
        references(event.placeReferences, in: file)
        references(event.sourceReferences, in: file)
        optional(event.articleID) { $0.string($1) }
        location(event.location, in: file)
        optional(event.id) { $0.located($1, in: file) }
        optional(event.description) { $0.string($1) }
        array(event.externalSources) { $0.source($1) }
        optional(event.fatalities) { encoder, fatalities in
            for number in [fatalities.best, fatalities.low, fatalities.high] {
                encoder.optional(number) { $0.unsigned(UInt64($1)) }
            }
        }
        optional(event.category) { $0.string($1) }
    }

    mutating func source(_ source: ArticleSource) {
        optional(source.name) { $0.string($1) }
        optional(source.url) { $0.string($1) }
        optional(source.title) { $0.string($1) }
        optional(source.date) { $0.date($1) }
        optional(source.archiveURL) { $0.string($1) }
    }

    mutating func diagnostic(_ diagnostic: Diagnostic, in file: String) {
        byte(diagnostic.severity == .error ? 0 : 1)
        string(diagnostic.message)
        optional(diagnostic.location) { $0.location($1, in: file) }
    }

    mutating func parsed(_ parsed: ParsedFile, in file: String) {
        switch parsed {
        case .article(let article, let body):
            byte(0)
            string(article.id)
            string(article.title)
            date(article.date)
            optional(article.summary) { $0.string($1) }
            array(article.authors) { $0.string($1) }
            array(article.sources) { $0.source($1) }
            optional(article.updated) { $0.date($1) }
            array(article.corrections) { encoder, correction in
                encoder.date(correction.date)
                encoder.string(correction.text)
            }
            optional(article.image) { $0.image($1, in: file) }
            optional(article.extra) { $0.extra($1) }
            references(article.entityReferences, in: file)
            references(article.placeReferences, in: file)
            references(article.tags, in: file)
            array(article.events) { $0.event($1, in: file) }
            bool(article.isDraft)
            int(article.bodyFirstLine)
            references(article.redirectFrom, in: file)
            optional(article.dateLocation) { $0.location($1, in: file) }
            optional(article.language) { $0.string($1) }
            string(body)
        case .entity(let entity, let body):
            byte(1)
            string(entity.id)
            string(entity.name)
            string(entity.type.rawValue)
            references(entity.locatedAliases, in: file)
            optional(entity.role) { $0.string($1) }
            references(entity.relatedReferences, in: file)
            optional(entity.image) { $0.image($1, in: file) }
            optional(entity.nameLocation) { $0.location($1, in: file) }
            int(entity.bodyFirstLine)
            references(entity.redirectFrom, in: file)
            string(body)
        case .place(let place, let body):
            byte(2)
            string(place.id)
            string(place.name)
            string(place.type.rawValue)
            references(place.locatedAliases, in: file)
            optional(place.parentReference) { $0.located($1, in: file) }
            optional(place.coordinates) { encoder, coordinates in
                encoder.double(coordinates.latitude)
                encoder.double(coordinates.longitude)
            }
            optional(place.image) { $0.image($1, in: file) }
            optional(place.nameLocation) { $0.location($1, in: file) }
            int(place.bodyFirstLine)
            references(place.redirectFrom, in: file)
            string(body)
        case .timeline(let events):
            byte(3)
            array(events) { $0.event($1, in: file) }
        case .none:
            byte(4)
        case .page(let page, let body):
            byte(5)
            string(page.id)
            string(page.title)
            optional(page.summary) { $0.string($1) }
            optional(page.menu) { $0.int($1) }
            int(page.bodyFirstLine)
            references(page.redirectFrom, in: file)
            string(body)
        }
    }

    mutating func image(_ image: CoverImage, in file: String) {
        string(image.src)
        optional(image.alt) { $0.string($1) }
        optional(image.caption) { $0.string($1) }
        optional(image.credit) { $0.string($1) }
        location(image.location, in: file)
    }

    mutating func extra(_ value: ExtraValue) {
        switch value {
        case .text(let text):
            byte(0)
            string(text)
        case .list(let items):
            byte(1)
            array(items) { $0.extra($1) }
        case .fields(let fields):
            byte(2)
            array(fields) { encoder, field in
                encoder.string(field.name)
                encoder.extra(field.value)
            }
        }
    }

    mutating func rendered(_ rendered: RenderedMarkdown) {
        string(rendered.html)
        string(rendered.firstParagraph)
        array(rendered.unresolvedLinks) { encoder, link in
            encoder.string(link.destination)
            encoder.int(link.line)
            encoder.int(link.column)
        }
        array(rendered.unpublishedLinks) { encoder, link in
            encoder.int(link.line)
            encoder.int(link.column)
        }
        optional(rendered.droppedHTML) { encoder, position in
            encoder.int(position.line)
            encoder.int(position.column)
        }
        array(rendered.imagesWithoutDescription) { encoder, image in
            encoder.int(image.line)
            encoder.int(image.column)
        }
        array(rendered.undefinedFootnotes) { encoder, reference in
            encoder.string(reference.label)
            encoder.int(reference.line)
            encoder.int(reference.column)
        }
        array(rendered.checkedLinks) { encoder, link in
            encoder.string(link.written)
            encoder.string(link.address)
            encoder.int(link.line)
            encoder.int(link.column)
        }
        hash(rendered.digest)
        string(rendered.excerpt)
    }
}

extension CacheDecoder {
    /// The most references, tags, aliases or events in one list (the YAML limits allow fewer).
    static let listLimit = 1_000_000

    mutating func location(in file: String) throws(Malformed) -> SourceLocation {
        let path: String
        switch try byte() {
        case 0: path = file
        case 1: path = try string()
        default: throw Malformed()
        }
        return SourceLocation(path: path, line: try int(), column: try int())
    }

    mutating func located(in file: String) throws(Malformed) -> Located<String> {
        let value = try string()
        return Located(value, at: try location(in: file))
    }

    mutating func references(in file: String) throws(Malformed) -> [Located<String>] {
        try array(atMost: Self.listLimit) { decoder throws(Malformed) in try decoder.located(in: file) }
    }

    mutating func date() throws(Malformed) -> PartialDate {
        let year = try count(atMost: 9999)
        let month = try count(atMost: 12)
        let day = try count(atMost: 31)
        guard month > 0 || day == 0,
            let date = PartialDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day)
        else { throw Malformed() }
        return date
    }

    mutating func event(in file: String) throws(Malformed) -> EventRecord {
        let title = try string()
        let date = try date()
        let end = try optional { decoder throws(Malformed) in try decoder.date() }
        let entities = try references(in: file)
        let places = try references(in: file)
        let sources = try references(in: file)
        let articleID = try optional { decoder throws(Malformed) in try decoder.string() }
        var record = EventRecord(
            title: title, date: date, end: end, entityReferences: entities, placeReferences: places,
            sourceReferences: sources, articleID: articleID, location: try location(in: file))
        record.id = try optional { decoder throws(Malformed) in try decoder.located(in: file) }
        record.description = try optionalString()
        record.externalSources = try array(atMost: Self.listLimit) { decoder throws(Malformed) in try decoder.source() }
        record.fatalities = try optional { decoder throws(Malformed) in
            let numbers = try (0..<3).map { _ throws(Malformed) in
                try decoder.optional { decoder throws(Malformed) in try decoder.count(atMost: Fatalities.limit) }
            }
            return Fatalities(best: numbers[0], low: numbers[1], high: numbers[2])
        }
        record.category = try optionalString()
        return record
    }

    mutating func source() throws(Malformed) -> ArticleSource {
        ArticleSource(
            name: try optionalString(), url: try optionalString(), title: try optionalString(),
            date: try optional { decoder throws(Malformed) in try decoder.date() }, archiveURL: try optionalString())
    }

    mutating func events(in file: String) throws(Malformed) -> [EventRecord] {
        try array(atMost: Self.listLimit) { decoder throws(Malformed) in try decoder.event(in: file) }
    }

    mutating func diagnostic(in file: String) throws(Malformed) -> Diagnostic {
        let severity: Diagnostic.Severity
        switch try byte() {
        case 0: severity = .error
        case 1: severity = .warning
        default: throw Malformed()
        }
        let message = try string()
        return Diagnostic(severity, message, at: try optional { decoder throws(Malformed) in try decoder.location(in: file) })
    }

    mutating func optionalString() throws(Malformed) -> String? {
        try optional { decoder throws(Malformed) in try decoder.string() }
    }

    private mutating func kind<T: RawRepresentable>(_ type: T.Type) throws(Malformed) -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Malformed() }
        return value
    }

    mutating func parsed(in file: String) throws(Malformed) -> ParsedFile {
        switch try byte() {
        case 0:
            let id = try string()
            let title = try string()
            let date = try date()
            let summary = try optionalString()
            let authors = try array(atMost: Self.listLimit) { decoder throws(Malformed) in try decoder.string() }
            let sources = try array(atMost: Self.listLimit) { decoder throws(Malformed) in try decoder.source() }
            let updated = try optional { decoder throws(Malformed) in try decoder.date() }
            let corrections = try array(atMost: Self.listLimit) { decoder throws(Malformed) in
                Correction(date: try decoder.date(), text: try decoder.string())
            }
            let image = try optional { decoder throws(Malformed) in try decoder.image(in: file) }
            let extra = try optional { decoder throws(Malformed) in try decoder.extra(depth: 0) }
            let entities = try references(in: file)
            let places = try references(in: file)
            let tags = try references(in: file)
            let events = try events(in: file)
            let isDraft = try bool()
            let firstLine = try int()
            var article = Article(
                id: id, path: file, title: title, date: date, summary: summary, authors: authors, sources: sources,
                updated: updated, corrections: corrections, image: image, extra: extra, entityReferences: entities,
                placeReferences: places, tags: tags, events: events, isDraft: isDraft, bodyFirstLine: firstLine)
            article.redirectFrom = try references(in: file)
            article.dateLocation = try optional { decoder throws(Malformed) in try decoder.location(in: file) }
            article.language = try optionalString()
            return .article(article, body: try string())
        case 1:
            let id = try string()
            let name = try string()
            let type = try kind(EntityType.self)
            let aliases = try references(in: file)
            let role = try optionalString()
            let related = try references(in: file)
            let image = try optional { decoder throws(Malformed) in try decoder.image(in: file) }
            let nameLocation = try optional { decoder throws(Malformed) in try decoder.location(in: file) }
            var entity = Entity(
                id: id, path: file, name: name, type: type, locatedAliases: aliases, role: role, relatedReferences: related,
                image: image, nameLocation: nameLocation, bodyFirstLine: try int())
            entity.redirectFrom = try references(in: file)
            return .entity(entity, body: try string())
        case 2:
            let id = try string()
            let name = try string()
            let type = try kind(PlaceType.self)
            let aliases = try references(in: file)
            let parent = try optional { decoder throws(Malformed) in try decoder.located(in: file) }
            let coordinates = try optional { decoder throws(Malformed) in
                Coordinates(latitude: try decoder.double(), longitude: try decoder.double())
            }
            let image = try optional { decoder throws(Malformed) in try decoder.image(in: file) }
            let nameLocation = try optional { decoder throws(Malformed) in try decoder.location(in: file) }
            var place = Place(
                id: id, path: file, name: name, type: type, locatedAliases: aliases, parentReference: parent,
                coordinates: coordinates, image: image, nameLocation: nameLocation, bodyFirstLine: try int())
            place.redirectFrom = try references(in: file)
            return .place(place, body: try string())
        case 3: return .timeline(try events(in: file))
        case 4: return .none
        case 5:
            var page = Page(
                id: try string(), path: file, title: try string(), summary: try optionalString(),
                menu: try optional { decoder throws(Malformed) in try decoder.int() }, bodyFirstLine: try int())
            page.redirectFrom = try references(in: file)
            return .page(page, body: try string())
        default: throw Malformed()
        }
    }

    mutating func image(in file: String) throws(Malformed) -> CoverImage {
        CoverImage(
            src: try string(), alt: try optionalString(), caption: try optionalString(), credit: try optionalString(),
            location: try location(in: file))
    }

    /// An `extra:` value, nested at most as deep as YAML may nest at all.
    mutating func extra(depth: Int) throws(Malformed) -> ExtraValue {
        guard depth < YAMLBounds.maximumDepth else { throw Malformed() }
        switch try byte() {
        case 0: return .text(try string())
        case 1:
            return .list(try array(atMost: Self.listLimit) { decoder throws(Malformed) in try decoder.extra(depth: depth + 1) })
        case 2:
            return .fields(
                try array(atMost: Self.listLimit) { decoder throws(Malformed) in
                    ExtraValue.Field(name: try decoder.string(), value: try decoder.extra(depth: depth + 1))
                })
        default: throw Malformed()
        }
    }

    mutating func rendered() throws(Malformed) -> RenderedMarkdown {
        let html = try string()
        let firstParagraph = try string()
        let unresolved = try array(atMost: Self.listLimit) { decoder throws(Malformed) in
            (destination: try decoder.string(), line: try decoder.int(), column: try decoder.int())
        }
        let unpublished = try array(atMost: Self.listLimit) { decoder throws(Malformed) in
            (line: try decoder.int(), column: try decoder.int())
        }
        let droppedHTML = try optional { decoder throws(Malformed) in
            (line: try decoder.int(), column: try decoder.int())
        }
        let images = try array(atMost: Self.listLimit) { decoder throws(Malformed) in
            (line: try decoder.int(), column: try decoder.int())
        }
        let footnotes = try array(atMost: Self.listLimit) { decoder throws(Malformed) in
            (label: try decoder.string(), line: try decoder.int(), column: try decoder.int())
        }
        let checked = try array(atMost: Self.listLimit) { decoder throws(Malformed) in
            (written: try decoder.string(), address: try decoder.string(), line: try decoder.int(), column: try decoder.int())
        }
        let digest = try hash()
        return RenderedMarkdown(
            html: html, firstParagraph: firstParagraph, unresolvedLinks: unresolved, unpublishedLinks: unpublished,
            droppedHTML: droppedHTML, imagesWithoutDescription: images, undefinedFootnotes: footnotes, checkedLinks: checked,
            digest: digest,
            excerpt: try string())
    }
}
