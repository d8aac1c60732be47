import Yams

/// One value of the front matter being read: its YAML node, where it sits, and how to word a problem
/// with it.
struct FrontMatterValue {
    /// The YAML as composed, without type guessing: every scalar is text until a reader says otherwise.
    let node: Node
    /// The fields and list positions leading to the value, to name it in messages.
    let path: FieldPath
    /// The file, and the problems recorded so far.
    let context: ReadingContext
    /// Whether a problem with the value is reported at the value. A value merged in by `<<` is
    /// reported at the fallback position instead, as it always has been.
    let isLocatable: Bool

    /// Where the value starts in its file.
    var location: SourceLocation { context.decoder.location(of: node) }

    /// Whether the value is left out (`title:`, `~`, `null`, unquoted): such a field reads as absent.
    /// The same test as Yams' `Node.null`, without making an `NSNull`.
    var isEmpty: Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    // MARK: - Reading

    /// The text of a single value, as written; longer than `maximumLength` characters is an error.
    func text(maximumLength: Int = FieldLimits.maximumTextLength) throws(Diagnostic) -> String {
        guard case .scalar(let scalar) = node else { throw mismatch(.scalar) }
        guard !FieldLimits.exceeds(scalar.string, maximumLength) else {
            throw problem(
                "this value is \(scalar.string.count) characters long; at most \(maximumLength) are accepted, so shorten it")
        }
        return scalar.string
    }

    /// A number written plainly (`12`, `-3.5`; not quoted), by YAML's rules for `type`.
    func number<Number: ScalarConstructible>(_ type: Number.Type) throws(Diagnostic) -> Number {
        guard case .scalar(let scalar) = node else { throw mismatch(.scalar) }
        guard let number = Number.construct(from: scalar) else { throw mismatch(.number) }
        return number
    }

    /// The items of a list, in order; more than `FieldLimits.maximumItems` is an error.
    func items() throws(Diagnostic) -> some Sequence<FrontMatterValue> {
        guard case .sequence(let sequence) = node else { throw mismatch(.list) }
        guard sequence.count <= FieldLimits.maximumItems else {
            throw problem(
                "this list has \(sequence.count) items; at most \(FieldLimits.maximumItems) are accepted, so keep the \(FieldLimits.maximumItems) that matter most"
            )
        }
        return sequence.indices.lazy.map { index in
            FrontMatterValue(
                node: sequence[index], path: path.appending(.item(index)), context: context, isLocatable: isLocatable)
        }
    }

    /// A reader for a set of fields, whose keys are the raw values of `Key`.
    func fields<Key: RawRepresentable>(keyedBy _: Key.Type) throws(Diagnostic) -> FieldReader<Key> {
        guard case .mapping(let mapping) = node else { throw mismatch(.setOfFields) }
        return FieldReader(mapping, of: self)
    }

    // MARK: - Problems

    /// "'x' should be …, but it is …".
    func mismatch(_ expected: FieldExpectation) -> Diagnostic {
        .error("\(path.fieldName) should be \(expected.wording(found: node)), but it is \(foundDescription)", at: problemLocation)
    }

    /// "'x': `description`", for a value of the right kind that still cannot be used.
    func problem(_ description: String) -> Diagnostic {
        .error("\(path.fieldName): \(description)", at: problemLocation)
    }

    /// A required field `name` that this set of fields lacks.
    func missingField(_ name: String) -> Diagnostic {
        let at = path.isTop || !isLocatable ? context.fallback : location
        return .error("missing required field '\(name)'\(path.owner); add a line '\(name): …'", at: at)
    }

    /// A required field written without a value (`title:`).
    func emptyRequiredField() -> Diagnostic {
        .error("\(path.fieldName) is empty; it is required, so write its value after the colon", at: problemLocation)
    }

    private var problemLocation: SourceLocation {
        isLocatable ? location : context.fallback
    }

    /// What was found, for "but it is …".
    private var foundDescription: String {
        guard isLocatable else { return "something else" }
        switch node {
        case .mapping: return "a set of fields"
        case .sequence: return "a list"
        case .scalar(let scalar): return "'\(scalar.string)'"
        case .alias: return "something else"
        }
    }
}
