/// A JSON value built by Dossier (JSON-LD): text, numbers, lists and objects. Templates get it as
/// script-safe JSON text (`JSONLDScript`); a view's digest hashes its tree (`combine(into:)`).
indirect enum JSONValue: Sendable {
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

    /// Mixes the value into `hash`: its kind, then its contents (a walk of the tree, cheaper than
    /// encoding it; every case is covered, as the switch must be exhaustive).
    func combine(into hash: inout ContentHash) {
        switch self {
        case .string(let text):
            hash.combine(0)
            hash.combine(text)
        case .number(let number):
            hash.combine(1)
            hash.combine(Int(bitPattern: UInt(number.bitPattern)))
        case .list(let list):
            hash.combine(2)
            hash.combine(list.count)
            for item in list { item.combine(into: &hash) }
        case .object(let object):
            hash.combine(3)
            object.combine(into: &hash)
        }
    }
}

/// A JSON object, its members in the order they were set.
struct JSONObject: Sendable {
    struct Member: Sendable {
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

    func combine(into hash: inout ContentHash) {
        hash.combine(members.count)
        for member in members {
            hash.combine(member.key)
            member.value.combine(into: &hash)
        }
    }

    var plain: [String: Any] {
        Dictionary(members.map { ($0.key, $0.value.plain) }, uniquingKeysWith: { _, last in last })
    }
}
