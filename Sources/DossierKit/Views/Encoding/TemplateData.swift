import Foundation
import Synchronization

/// Turns a view (any `Encodable` value) into what templates read: dictionaries, lists, strings,
/// numbers and booleans (see docs/theming.md). A property `dateIso` becomes the key `date_iso`: an
/// underscore before each capital, which is lowered. A value that is `nil` leaves its key out.
///
/// Links (`SiteLink`), fragment lists (`FragmentList`), rendered HTML and drawn pictures say how
/// they appear to a template themselves (`TemplateRepresentable`); everything else is encoded as
/// its stored properties, the same ones `ViewDigest` hashes for the page's fingerprint.
enum TemplateData {
    /// What a page is rendered for.
    struct Context: Sendable {
        /// The way from the page back to the site root (`../../`), or the site's address on pages
        /// served at any path (the 404 page).
        let root: String
        /// Renders fragment lists; `nil` where a view has none.
        let fragments: (any FragmentSource)?
        /// Notes every key encoded (`dossier check`); `nil` in builds.
        var keys: TemplateKeyRecorder? = nil
        /// The language pictures write their texts in; English when `nil`.
        var language: SiteLanguage? = nil
    }

    /// The template data of `value`.
    static func of<Value: Encodable>(_ value: Value, in context: Context) -> Any {
        // Plain values by their type alone (a pointer comparison, no cast to a protocol).
        if Value.self == String.self { return value as! String }
        if Value.self == Int.self { return value as! Int }
        if Value.self == Bool.self { return value as! Bool }
        let encoder = TemplateDataEncoder(context: context)
        // The encoder never throws, and views' encodings only throw what it throws.
        try? value.encode(to: encoder)
        return encoder.result
    }

    /// `name` as a template key: `dateIso` → `date_iso` (worked out once per name).
    static func key(_ name: String) -> String {
        guard name.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return name }
        if let known = keys.withLock({ $0[name] }) { return known }
        let key = snakeCased(name)
        keys.withLock { $0[name] = key }
        return key
    }

    /// The keys worked out so far: a few hundred names, the views' properties.
    private static let keys = Mutex<[String: String]>([:])

    private static func snakeCased(_ name: String) -> String {
        var key = ""
        for character in name {
            if character.isUppercase, character.isASCII {
                key.append("_")
                key.append(contentsOf: character.lowercased())
            } else {
                key.append(character)
            }
        }
        return key
    }
}

/// A value whose template data is not its stored properties but made from them: a link, which
/// depends on the page's depth, rendered HTML, a list of fragments, a picture drawn from its
/// numbers. Its fingerprint is `viewDigest`, a digest of what `templateData` is made from, which
/// must read nothing else.
protocol TemplateRepresentable: Encodable {
    /// What templates see of the value on a page rendered in `context`.
    func templateData(in context: TemplateData.Context) -> Any
    /// A hash of everything `templateData` is made from.
    var viewDigest: ContentHash { get }
}

extension TemplateRepresentable {
    /// Its template data for templates, its digest for fingerprints.
    func encode(to encoder: any Encoder) throws {
        if let templates = encoder as? TemplateDataEncoder {
            templates.single = templateData(in: templates.context)
        } else {
            ViewDigest.combine(viewDigest, ifDigesting: encoder)
        }
    }
}

/// A value whose keys templates read beside those of the view that holds it, not under its own
/// key (the fingerprint still has it under its key).
struct Inline<Wrapped: Encodable & Sendable>: Encodable, Sendable {
    let wrapped: Wrapped

    init(_ wrapped: Wrapped) {
        self.wrapped = wrapped
    }

    func encode(to encoder: any Encoder) throws {
        guard let templates = encoder as? TemplateDataEncoder else { return try wrapped.encode(to: encoder) }
        templates.single = InlineKeys(values: TemplateData.of(wrapped, in: templates.context) as? [String: Any] ?? [:])
    }
}

/// The keys of an `Inline` value, for the container that holds it to take as its own.
private struct InlineKeys {
    let values: [String: Any]
}

/// The encoder behind `TemplateData.of`: each container writes into a box that the encoder
/// turns into its result.
final class TemplateDataEncoder: Encoder {
    /// What the page is rendered for.
    let context: TemplateData.Context
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private var keyed: KeyedBox?
    private var unkeyed: UnkeyedBox?
    /// The value of a single-value encoding.
    fileprivate(set) var single: Any?

    fileprivate init(context: TemplateData.Context) {
        self.context = context
    }

    var result: Any {
        if let keyed { return keyed.resolved }
        if let unkeyed { return unkeyed.resolved }
        return single ?? [String: Any]()
    }

    /// Several encodings into one encoder (a page view made of parts) share one dictionary.
    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box = keyed ?? KeyedBox()
        keyed = box
        return KeyedEncodingContainer(KeyedContainer<Key>(box: box, context: context))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box = unkeyed ?? UnkeyedBox()
        unkeyed = box
        return UnkeyedContainer(box: box, context: context)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(encoder: self)
    }
}

fileprivate final class KeyedBox {
    var values: [String: Any] = [:]
    /// Whether a value is a nested container's encoder, to be read when the encoding is done (only
    /// hand-written encodings nest containers; synthesized ones never do).
    var nests = false

    var resolved: [String: Any] {
        guard nests else { return values }
        return values.mapValues { ($0 as? TemplateDataEncoder)?.result ?? $0 }
    }
}

private final class UnkeyedBox {
    var values: [Any] = []
    var nests = false

    var resolved: [Any] {
        guard nests else { return values }
        return values.map { ($0 as? TemplateDataEncoder)?.result ?? $0 }
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: KeyedBox
    let context: TemplateData.Context
    var codingPath: [any CodingKey] { [] }

    private func name(_ key: Key) -> String {
        let name = TemplateData.key(key.stringValue)
        context.keys?.record(name)
        return name
    }

    // An optional left out still has its key, for `TemplateKeyRecorder`.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) {
        if let value { encode(value, forKey: key) } else { _ = name(key) }
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) {
        if let value { encode(value, forKey: key) } else { _ = name(key) }
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) {
        if let value { encode(value, forKey: key) } else { _ = name(key) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) {
        if let value { encode(value, forKey: key) } else { _ = name(key) }
    }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) {
        if let value { encode(value, forKey: key) } else { _ = name(key) }
    }

    mutating func encodeNil(forKey key: Key) {}
    mutating func encode(_ value: Bool, forKey key: Key) { box.values[name(key)] = value }
    mutating func encode(_ value: String, forKey key: Key) { box.values[name(key)] = value }
    mutating func encode(_ value: Double, forKey key: Key) { box.values[name(key)] = value }
    mutating func encode(_ value: Int, forKey key: Key) { box.values[name(key)] = value }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
        let data = TemplateData.of(value, in: context)
        if let inline = data as? InlineKeys {
            box.values.merge(inline.values) { _, new in new }
        } else {
            box.values[name(key)] = data
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested = TemplateDataEncoder(context: context)
        let container = nested.container(keyedBy: keyType)
        box.values[name(key)] = nested
        box.nests = true
        return container
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = TemplateDataEncoder(context: context)
        let container = nested.unkeyedContainer()
        box.values[name(key)] = nested
        box.nests = true
        return container
    }

    mutating func superEncoder() -> any Encoder { TemplateDataEncoder(context: context) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { TemplateDataEncoder(context: context) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let box: UnkeyedBox
    let context: TemplateData.Context
    var codingPath: [any CodingKey] { [] }
    var count: Int { box.values.count }

    mutating func encodeNil() {}
    mutating func encode(_ value: String) { box.values.append(value) }
    mutating func encode(_ value: Bool) { box.values.append(value) }
    mutating func encode(_ value: Int) { box.values.append(value) }
    mutating func encode(_ value: Double) { box.values.append(value) }
    mutating func encode<T: Encodable>(_ value: T) { box.values.append(TemplateData.of(value, in: context)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = TemplateDataEncoder(context: context)
        let container = nested.container(keyedBy: keyType)
        box.values.append(nested)
        box.nests = true
        return container
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = TemplateDataEncoder(context: context)
        let container = nested.unkeyedContainer()
        box.values.append(nested)
        box.nests = true
        return container
    }

    mutating func superEncoder() -> any Encoder { TemplateDataEncoder(context: context) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: TemplateDataEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() {}
    mutating func encode(_ value: Bool) { encoder.single = value }
    mutating func encode(_ value: String) { encoder.single = value }
    mutating func encode(_ value: Double) { encoder.single = value }
    mutating func encode(_ value: Int) { encoder.single = value }
    mutating func encode<T: Encodable>(_ value: T) { encoder.single = TemplateData.of(value, in: encoder.context) }
}
