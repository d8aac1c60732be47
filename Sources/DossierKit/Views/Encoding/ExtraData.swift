/// An article's `extra:` fields as templates see them: exactly as written (names not changed, every
/// scalar as its text), under `extra`.
struct ExtraData: Encodable, Sendable, TemplateRepresentable {
    let value: ExtraValue

    func templateData(in context: TemplateData.Context) -> Any { Self.data(of: value) }

    var viewDigest: ContentHash {
        var hash = ContentHash()
        Self.combine(value, into: &hash)
        return hash
    }

    private static func data(of value: ExtraValue) -> Any {
        switch value {
        case .text(let text): text
        case .list(let items): items.map(data(of:))
        case .fields(let fields):
            Dictionary(fields.map { ($0.name, data(of: $0.value)) }, uniquingKeysWith: { _, last in last })
        }
    }

    private static func combine(_ value: ExtraValue, into hash: inout ContentHash) {
        switch value {
        case .text(let text):
            hash.combine(0)
            hash.combine(text)
        case .list(let items):
            hash.combine(1)
            hash.combine(items.count)
            for item in items { combine(item, into: &hash) }
        case .fields(let fields):
            hash.combine(2)
            hash.combine(fields.count)
            for field in fields {
                hash.combine(field.name)
                combine(field.value, into: &hash)
            }
        }
    }
}
