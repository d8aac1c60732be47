import Yams

/// Reads the fields of one set of fields (a YAML mapping), by the raw values of `Key`. A field that
/// cannot be read is recorded as a problem and read as absent, so the rest is still checked.
struct FieldReader<Key: RawRepresentable> where Key.RawValue == String {
    /// The set of fields itself.
    private let owner: FrontMatterValue
    /// The fields that can be looked up by name; the last one of a name wins.
    private let fields: [Field]

    /// A field that can be looked up by name.
    private struct Field {
        var name: String
        var value: Node
        /// Whether the field came in through a `<<` merge rather than being written here.
        var isMerged: Bool
    }

    init(_ mapping: Node.Mapping, of owner: FrontMatterValue) {
        self.owner = owner
        fields = Self.fields(of: mapping)
    }

    /// A field that must be present; its absence is recorded. An empty value reads as absent.
    func required<Value: FrontMatterReadable>(_ key: Key) -> Value? {
        guard let value = value(key) else {
            owner.context.record(owner.missingField(key.rawValue))
            return nil
        }
        guard !value.isEmpty else {
            owner.context.record(value.emptyRequiredField())
            return nil
        }
        return optional(key)
    }

    /// A field that may be absent or empty.
    func optional<Value: FrontMatterReadable>(_ key: Key) -> Value? {
        guard let value = value(key), !value.isEmpty else { return nil }
        do throws(Diagnostic) {
            return try Value(from: value)
        } catch {
            owner.context.record(error)
            return nil
        }
    }

    /// The value of `key` as written (the last, when it is written twice), read by the caller.
    func value(_ key: Key) -> FrontMatterValue? {
        guard let index = fields.lastIndex(where: { $0.name == key.rawValue }) else { return nil }
        let field = fields[index]
        return FrontMatterValue(
            node: field.value, path: owner.path.appending(.field(field.name)), context: owner.context,
            isLocatable: owner.isLocatable && !field.isMerged)
    }

    /// The fields of `mapping` that can be named, with those merged in by a key tagged `!!merge` first,
    /// so the fields written here win, as in Yams' own merging.
    private static func fields(of mapping: Node.Mapping) -> [Field] {
        var merged: [Field] = []
        var own: [Field] = []
        own.reserveCapacity(mapping.count)
        for index in mapping.indices {
            let (key, value) = mapping[index]
            switch key.keyRole {
            case .field(let name): own.append(Field(name: name, value: value, isMerged: false))
            case .merge: merged += mergedFields(from: value)
            case .other: break
            }
        }
        return merged.isEmpty ? own : merged + own
    }

    /// The fields a `<<` key brings in: those of a mapping, or of each mapping in a list, the first winning.
    private static func mergedFields(from value: Node) -> [Field] {
        let sources: [Node.Mapping] =
            switch value {
            case .mapping(let mapping): [mapping]
            case .sequence(let sequence): sequence.compactMap(\.mapping).reversed()
            default: []
            }
        var fields: [Field] = []
        for source in sources {
            fields += Self.fields(of: source).map { Field(name: $0.name, value: $0.value, isMerged: true) }
        }
        return fields
    }
}

extension Node.Mapping {
    /// The value of the field `name` as written in this mapping (not merged in by `<<`); the last one
    /// when written twice. The same as Yams' `mapping[name]` once the mapping has been read, without
    /// making a key node to compare with.
    func writtenField(_ name: String) -> Node? {
        for index in indices.reversed() {
            let (key, value) = self[index]
            if case .field(name) = key.keyRole { return value }
        }
        return nil
    }
}

/// What a mapping key does.
private enum KeyRole {
    /// Names a field.
    case field(String)
    /// Merges in the fields of another mapping (`!!merge <<: {…}`).
    case merge
    /// Nothing that can be looked up: a number (`!!int 1`), a list or a set of fields.
    case other
}

extension Node {
    /// What this node does as a mapping key. The YAML is composed without type guessing
    /// (`Resolver.basic`), so a key without a tag, plain or quoted, is text; only a tag written on the
    /// key changes that. A key tagged `!!value` counts as text, as Yams makes it when merging.
    fileprivate var keyRole: KeyRole {
        guard case .scalar(let scalar) = self else {
            return tag.rawValue == Yams.Tag.Name.merge.rawValue ? .merge : .other
        }
        switch scalar.tag.rawValue {
        case "", "!", Yams.Tag.Name.str.rawValue, Yams.Tag.Name.value.rawValue: return .field(scalar.string)
        case Yams.Tag.Name.merge.rawValue: return .merge
        default: return .other
        }
    }
}
