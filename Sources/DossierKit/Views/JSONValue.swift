/// A JSON value built by Dossier (JSON-LD): text, numbers, lists and objects. Templates get it as
/// script-safe JSON text (`JSONLDScript`); a view's digest hashes it as it is.
indirect enum JSONValue: Encodable, Sendable {
    case string(String)
    case number(Double)
    case list([JSONValue])
    case object(JSONObject)

    /// The value as `JSONText` writes it: strings, doubles, arrays and dictionaries.
    var plain: Any {
        switch self {
        case .string(let text): text
        case .number(let number): number
        case .list(let list): list.map(\.plain)
        case .object(let object): object.plain
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        switch self {
        case .string(let text):
            try container.encode(0)
            try container.encode(text)
        case .number(let number):
            try container.encode(1)
            try container.encode(number)
        case .list(let list):
            try container.encode(2)
            try container.encode(list)
        case .object(let object):
            try container.encode(3)
            try container.encode(object)
        }
    }
}

/// A JSON object, its members in the order they were set.
struct JSONObject: Encodable, Sendable {
    struct Member: Encodable, Sendable {
        let key: String
        let value: JSONValue
    }

    private(set) var members: [Member] = []

    init(_ members: KeyValuePairs<String, JSONValue> = [:]) {
        self.members = members.map { Member(key: $0.key, value: $0.value) }
    }

    /// Sets `key`; `nil` removes it.
    subscript(key: String) -> JSONValue? {
        get { members.first { $0.key == key }?.value }
        set {
            members.removeAll { $0.key == key }
            if let newValue { members.append(Member(key: key, value: newValue)) }
        }
    }

    /// Sets `key` to `text`, or removes it when `text` is `nil`.
    mutating func set(_ key: String, _ text: String?) {
        self[key] = text.map(JSONValue.string)
    }

    var plain: [String: Any] {
        Dictionary(members.map { ($0.key, $0.value.plain) }, uniquingKeysWith: { _, last in last })
    }
}
