import Yams

/// Turns YAML into typed front matter, with every problem as a diagnostic at its file position.
///
/// The YAML is composed into a node tree, and each type reads its fields straight from the nodes
/// (`FrontMatterReadable`), without `Codable`.
struct FrontMatterDecoder {
    /// The file being decoded, relative to the dossier folder.
    let path: String
    /// Lines in the file before the YAML starts.
    let lineOffset: Int

    /// The YAML parsed into a node tree, or a diagnostic for a syntax error.
    ///
    /// Scalars are not typed by pattern (YAML's "2016-04-11 is a timestamp, no is false" guessing):
    /// every field is read from its text by its own decoder, which is both stricter and much faster.
    ///
    /// The text is checked first for values nested too deep and for aliases that repeat too much
    /// (`YAMLBounds`), which would otherwise crash or fill the memory.
    func compose(_ yaml: String) -> Result<Node?, Diagnostic> {
        if let problem = YAMLBounds.problem(in: yaml) {
            return .failure(.error(problem.message, at: location(line: problem.line, column: problem.column)))
        }
        do {
            // The encoding is given: Yams' default looks it up in the environment on every call.
            return .success(try Yams.compose(yaml: yaml, .basic, .default, .utf8))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, in: yaml))
        } catch {
            return .failure(.error("the YAML could not be read: \(error)", at: location(line: 1, column: 1)))
        }
    }

    /// `node` read as `T`, and a diagnostic for every field that could not be read (naming the field and
    /// what it should hold). The value is `nil` only when the node could not be read at all.
    func read<T: FrontMatterReadable>(
        _ type: T.Type, from node: Node, missingFieldsAt fallback: SourceLocation
    ) -> (T?, [Diagnostic]) {
        let context = ReadingContext(decoder: self, fallback: fallback)
        let root = FrontMatterValue(node: node, path: FieldPath(), context: context, isLocatable: true)
        do throws(Diagnostic) {
            let value = try T(from: root)
            return (value, context.problems)
        } catch {
            context.record(error)
            return (nil, context.problems)
        }
    }

    /// Warnings for keys of `mapping` that are not in `known`, with the closest known key.
    func unknownKeys(in node: Node?, known: [String], what: String) -> [Diagnostic] {
        guard let mapping = node?.mapping else { return [] }
        var diagnostics: [Diagnostic] = []
        for index in mapping.indices {
            let key = mapping[index].key
            guard let name = key.string, !known.contains(name) else { continue }
            var message = "unknown field '\(name)' in \(what); it is ignored"
            if let suggestion = Suggestions.name(for: name, among: known) {
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

    private func diagnostic(for error: YamlError, in yaml: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let syntax = YAMLSyntaxMessage(
                problem: problem, context: context?.text, in: yaml, line: mark.line, column: mark.column)
            return .error(syntax.message, at: location(line: syntax.line, column: syntax.column))
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
}
