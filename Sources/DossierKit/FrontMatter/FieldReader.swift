import Foundation

/// The problems met while decoding one file, kept so that decoding goes on to the next field and one
/// build reports every problem in the file, not just the first.
final class DecodingProblems: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [DecodingError] = []

    /// Every problem recorded, in the order met.
    var errors: [DecodingError] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    func record(_ error: DecodingError) {
        lock.lock()
        recorded.append(error)
        lock.unlock()
    }
}

extension CodingUserInfoKey {
    /// Where field decoders record their problems (a `DecodingProblems`).
    static let dossierProblems = CodingUserInfoKey(rawValue: "dossier.problems")!
}

/// Reads the fields of one YAML mapping; a field that cannot be read is recorded as a problem and
/// read as absent, so the rest of the mapping is still checked.
struct FieldReader<Key: CodingKey> {
    private let container: KeyedDecodingContainer<Key>
    private let problems: DecodingProblems?
    private let codingPath: [any CodingKey]

    init(_ decoder: any Decoder, keyedBy type: Key.Type) throws {
        container = try decoder.container(keyedBy: type)
        problems = decoder.userInfo[.dossierProblems] as? DecodingProblems
        codingPath = decoder.codingPath
    }

    /// A field that must be present; its absence is recorded (or thrown, without a problem list).
    func required<T: Decodable>(_ key: Key) throws -> T? {
        guard container.contains(key) else {
            let error = DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: ""))
            guard let problems else { throw error }
            problems.record(error)
            return nil
        }
        return try optional(key)
    }

    /// A field that may be absent or empty.
    func optional<T: Decodable>(_ key: Key) throws -> T? {
        do {
            return try container.decodeIfPresent(T.self, forKey: key)
        } catch let error as DecodingError {
            guard let problems else { throw error }
            problems.record(error)
            return nil
        }
    }
}
