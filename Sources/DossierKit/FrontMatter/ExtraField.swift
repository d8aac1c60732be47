import Yams

extension ExtraValue: FrontMatterReadable {
    /// Any value, kept as written: every scalar as its text, lists and sets of fields as they
    /// nest (as deep as YAML may nest at all, see `YAMLBounds`), at most `FieldLimits.maximumItems`
    /// items or fields in each.
    init(from value: FrontMatterValue) throws(Diagnostic) {
        switch value.node {
        case .scalar:
            self = .text(try value.text(maximumLength: FieldLimits.maximumSummaryLength))
        case .sequence:
            var items: [ExtraValue] = []
            for item in try value.items() { items.append(try ExtraValue(from: item)) }
            self = .list(items)
        case .mapping(let mapping):
            guard mapping.count <= FieldLimits.maximumItems else {
                throw value.problem(
                    "this set of fields has \(mapping.count) fields; at most \(FieldLimits.maximumItems) are accepted")
            }
            var fields: [Field] = []
            for (key, node) in mapping {
                guard case .scalar(let scalar) = key, !scalar.string.isEmpty,
                    !FieldLimits.exceeds(scalar.string, FieldLimits.maximumTextLength)
                else {
                    throw value.problem("every field of 'extra' needs a short plain name ('caption: …')")
                }
                guard !fields.contains(where: { $0.name == scalar.string }) else {
                    throw value.problem("the field '\(scalar.string)' is written twice; keep one")
                }
                let child = FrontMatterValue(
                    node: node, path: value.path.appending(.field(scalar.string)), context: value.context,
                    isLocatable: value.isLocatable)
                fields.append(Field(name: scalar.string, value: child.isEmpty ? .text("") : try ExtraValue(from: child)))
            }
            self = .fields(fields)
        case .alias:
            throw value.mismatch(.scalar)
        }
    }
}
