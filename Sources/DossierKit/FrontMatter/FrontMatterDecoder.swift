import Yams

/// Turns YAML into typed front matter, with every problem as a diagnostic at its file position.
struct FrontMatterDecoder {
    /// The file being decoded, relative to the dossier folder.
    let path: String
    /// Lines in the file before the YAML starts.
    let lineOffset: Int

    /// The YAML parsed into a node tree, or a diagnostic for a syntax error.
    ///
    /// Scalars are not typed by pattern (YAML's "2016-04-11 is a timestamp, no is false" guessing):
    /// every field is read from its text by its own decoder, which is both stricter and much faster.
    func compose(_ yaml: String) -> Result<Node?, Diagnostic> {
        do {
            // The encoding is given: Yams' default looks it up in the environment on every call.
            return .success(try Yams.compose(yaml: yaml, .basic, .default, .utf8))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error))
        } catch {
            return .failure(.error("the YAML could not be read: \(error)", at: location(line: 1, column: 1)))
        }
    }

    /// `node` decoded as `T`, and a diagnostic for every field that could not be read (naming the
    /// field and what it should hold). The value is `nil` only when the node could not be read at all.
    func decode<T: Decodable>(_ type: T.Type, from node: Node, missingFieldsAt fallback: SourceLocation) -> (T?, [Diagnostic]) {
        let problems = DecodingProblems()
        var value: T?
        var diagnostics: [Diagnostic] = []
        do {
            value = try YAMLDecoder(encoding: .utf8).decode(
                type, from: node, userInfo: [.dossierPath: path, .dossierLineOffset: lineOffset, .dossierProblems: problems])
        } catch let error as DecodingError {
            problems.record(error)
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error))
        } catch {
            diagnostics.append(.error("this front matter could not be read", at: fallback))
        }
        diagnostics += problems.errors.map { diagnostic(for: $0, in: node, fallback: fallback) }
        return (value, diagnostics)
    }

    /// Warnings for keys of `mapping` that are not in `known`, with the closest known key.
    func unknownKeys(in node: Node?, known: [String], what: String) -> [Diagnostic] {
        guard let mapping = node?.mapping else { return [] }
        var diagnostics: [Diagnostic] = []
        for (key, _) in mapping {
            guard let name = key.string, !known.contains(name) else { continue }
            var message = "unknown field '\(name)' in \(what); it is ignored"
            if let suggestion = Suggestions.closest(to: name.lowercased(), among: known) {
                message += "; did you mean '\(suggestion)'?"
            } else {
                message += " (known fields: \(known.joined(separator: ", ")))"
            }
            diagnostics.append(.warning(message, at: location(of: key)))
        }
        return diagnostics
    }

    /// The file position of `node`.
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path) }
        return location(line: mark.line, column: mark.column)
    }

    /// A YAML line and column as a file position.
    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line + lineOffset, column: column)
    }

    // MARK: - Messages

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "invalid YAML: \(problem)"
            if let context { message += " (\(context.text))" }
            message += Self.yamlHint(for: problem)
            return .error(message, at: location(line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .error(
                "the field \(names) is written twice; keep one of them",
                at: location(line: context.mark.line, column: context.mark.column))
        case .reader(let problem, _, _, _):
            return .error("the YAML could not be read: \(problem)", at: location(line: 1, column: 1))
        default:
            return .error("the YAML could not be read: \(error)", at: location(line: 1, column: 1))
        }
    }

    private static func yamlHint(for problem: String) -> String {
        if problem.contains("mapping values are not allowed") {
            return "; a value that contains ': ' must be put in quotes"
        }
        if problem.contains("found character that cannot start any token") {
            return "; put values that start with '@', '`' or '%' in quotes"
        }
        if problem.contains("did not find expected") {
            return "; check the indentation and that every '[' and quote is closed"
        }
        return ""
    }

    private func diagnostic(for error: DecodingError, in root: Node, fallback: SourceLocation) -> Diagnostic {
        switch error {
        case .keyNotFound(let key, let context):
            let container = node(at: context.codingPath, in: root)
            let at = context.codingPath.isEmpty ? fallback : container.map(location(of:)) ?? fallback
            return .error(
                "missing required field '\(key.stringValue)'\(fieldOwner(context.codingPath)); add a line '\(key.stringValue): …'",
                at: at)
        case .typeMismatch(let type, let context):
            let found = node(at: context.codingPath, in: root)
            return .error(
                "\(fieldName(context.codingPath)) should be \(Self.expectation(for: type, description: context.debugDescription)), but it is \(Self.describe(found))",
                at: found.map(location(of:)) ?? fallback)
        case .valueNotFound(_, let context):
            let found = node(at: context.codingPath, in: root)
            return .error(
                "\(fieldName(context.codingPath)) is empty; give it a value or remove the line",
                at: found.map(location(of:)) ?? fallback)
        case .dataCorrupted(let context):
            let found = node(at: context.codingPath, in: root)
            return .error(
                "\(fieldName(context.codingPath)): \(context.debugDescription)",
                at: found.map(location(of:)) ?? fallback)
        @unknown default:
            return .error("this front matter could not be read", at: fallback)
        }
    }

    private func node(at path: [any CodingKey], in root: Node) -> Node? {
        var current: Node? = root
        for key in path {
            if let index = key.intValue, let sequence = current?.sequence {
                current = index < sequence.count ? sequence[index] : nil
            } else {
                current = current?.mapping?[key.stringValue]
            }
        }
        return current
    }

    private func fieldName(_ path: [any CodingKey]) -> String {
        guard let last = path.last else { return "the front matter" }
        if let index = last.intValue {
            let owner = path.dropLast().last?.stringValue ?? "the list"
            return "item \(index + 1) of '\(owner)'"
        }
        return "'\(last.stringValue)'" + fieldOwner(Array(path.dropLast()))
    }

    private func fieldOwner(_ path: [any CodingKey]) -> String {
        guard let last = path.last else { return "" }
        if let index = last.intValue {
            return " in item \(index + 1) of '\(path.dropLast().last?.stringValue ?? "the list")'"
        }
        return " in '\(last.stringValue)'"
    }

    private static func expectation(for type: Any.Type, description: String) -> String {
        if type == PartialDate.self { return "a date as YYYY, YYYY-MM or YYYY-MM-DD" }
        if type == String.self { return "a single piece of text" }
        if type == Bool.self { return "true or false" }
        if type == Double.self || type == Int.self { return "a number" }
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "a list" }
        if name.hasPrefix("Dictionary") || name.hasPrefix("KeyedDecodingContainer") { return "a set of fields" }
        return description.isEmpty ? "of another kind" : description
    }

    private static func describe(_ node: Node?) -> String {
        switch node {
        case .mapping?: "a set of fields"
        case .sequence?: "a list"
        case .scalar(let scalar)?: "'\(scalar.string)'"
        case .alias?, nil: "something else"
        }
    }
}
