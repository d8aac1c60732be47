/// The fingerprint of a view: a hash of every stored property it encodes (`Encodable`), with each
/// key, so a field that reaches a template reaches the fingerprint without being written twice.
///
/// A value whose template data is made from it (`TemplateRepresentable`: a rendered body, a list of
/// fragments hashed once per build, a picture) gives its own digest instead.
enum ViewDigest {
    /// The digest of `value`.
    static func of<Value: Encodable>(_ value: Value) -> ContentHash {
        let state = DigestState(hash: ContentHash())
        encode(value, into: state)
        return state.hash
    }

    /// Mixes `value` into the hash being built in `state`, without copying it out. No casts to a
    /// protocol: a `TemplateRepresentable` value gives its digest from its own `encode(to:)`.
    fileprivate static func encode<Value: Encodable>(_ value: Value, into state: DigestState) {
        if Value.self == String.self {
            state.hash.combine(value as! String)
            return
        }
        if Value.self == Int.self {
            state.hash.combine(value as! Int)
            return
        }
        try? value.encode(to: DigestEncoder(state: state))  // the encoder never throws
        state.hash.combine(Marker.end)
    }

    /// Mixes `digest` in when `encoder` is making a view's digest.
    static func combine(_ digest: ContentHash, ifDigesting encoder: any Encoder) {
        (encoder as? DigestEncoder)?.state.hash.combine(digest)
    }

    /// Separators, so that values next to each other cannot be read another way.
    enum Marker {
        static let key = 0x4B45_5900
        static let item = 0x4954_4D00
        static let end = 0x454E_4400
        static let null = 0x4E55_4C00
        static let `false` = 0x4641_4C00
        static let `true` = 0x5452_5500
    }
}

/// The hash being built, shared by an encoder's containers.
private final class DigestState {
    var hash: ContentHash

    init(hash: ContentHash) {
        self.hash = hash
    }
}

private struct DigestEncoder: Encoder {
    let state: DigestState
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(state: DigestState) {
        self.state = state
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(DigestKeyedContainer<Key>(state: state))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { DigestUnkeyedContainer(state: state) }
    func singleValueContainer() -> any SingleValueEncodingContainer { DigestSingleContainer(state: state) }
}

private struct DigestKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let state: DigestState
    var codingPath: [any CodingKey] { [] }

    private func key(_ key: Key) {
        state.hash.combine(ViewDigest.Marker.key)
        state.hash.combine(key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) {
        self.key(key)
        state.hash.combine(ViewDigest.Marker.null)
    }
    mutating func encode(_ value: Bool, forKey key: Key) {
        self.key(key)
        state.hash.combine(value ? ViewDigest.Marker.true : ViewDigest.Marker.false)
    }
    mutating func encode(_ value: String, forKey key: Key) {
        self.key(key)
        state.hash.combine(value)
    }
    mutating func encode(_ value: Double, forKey key: Key) {
        self.key(key)
        state.hash.combine(Int(bitPattern: UInt(value.bitPattern)))
    }
    mutating func encode(_ value: Int, forKey key: Key) {
        self.key(key)
        state.hash.combine(value)
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
        self.key(key)
        ViewDigest.encode(value, into: state)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        self.key(key)
        return KeyedEncodingContainer(DigestKeyedContainer<NestedKey>(state: state))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        self.key(key)
        return DigestUnkeyedContainer(state: state)
    }

    mutating func superEncoder() -> any Encoder { DigestEncoder(state: state) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        self.key(key)
        return DigestEncoder(state: state)
    }
}

private struct DigestUnkeyedContainer: UnkeyedEncodingContainer {
    let state: DigestState
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(state: DigestState) {
        self.state = state
    }

    private mutating func item() {
        state.hash.combine(ViewDigest.Marker.item)
        count += 1
    }

    mutating func encodeNil() {
        item()
        state.hash.combine(ViewDigest.Marker.null)
    }
    mutating func encode(_ value: String) {
        item()
        state.hash.combine(value)
    }
    mutating func encode(_ value: Bool) {
        item()
        state.hash.combine(value ? ViewDigest.Marker.true : ViewDigest.Marker.false)
    }
    mutating func encode(_ value: Int) {
        item()
        state.hash.combine(value)
    }
    mutating func encode(_ value: Double) {
        item()
        state.hash.combine(Int(bitPattern: UInt(value.bitPattern)))
    }
    mutating func encode<T: Encodable>(_ value: T) {
        item()
        ViewDigest.encode(value, into: state)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        item()
        return KeyedEncodingContainer(DigestKeyedContainer<NestedKey>(state: state))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        item()
        return DigestUnkeyedContainer(state: state)
    }

    mutating func superEncoder() -> any Encoder {
        item()
        return DigestEncoder(state: state)
    }
}

private struct DigestSingleContainer: SingleValueEncodingContainer {
    let state: DigestState
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { state.hash.combine(ViewDigest.Marker.null) }
    mutating func encode(_ value: Bool) { state.hash.combine(value ? ViewDigest.Marker.true : ViewDigest.Marker.false) }
    mutating func encode(_ value: String) { state.hash.combine(value) }
    mutating func encode(_ value: Double) { state.hash.combine(Int(bitPattern: UInt(value.bitPattern))) }
    mutating func encode(_ value: Int) { state.hash.combine(value) }
    mutating func encode<T: Encodable>(_ value: T) { ViewDigest.encode(value, into: state) }
}
