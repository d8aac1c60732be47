import CYaml

/// Checks the shape of a YAML text before it is composed into nodes: how deep it nests, and how much
/// its aliases (`*name`) add once each is expanded in place of its anchor (`&name`).
///
/// Yams composes recursively (a list nested 100,000 deep overflows the stack) and every reader of
/// the composed nodes sees an alias as a full copy of its anchor: an anchor of 1,000 names used in
/// 1,000 events is a million references, in a 60 KB file. This pass reads libyaml's events (the
/// parser Yams is built on) with a stack of its own, so it is linear in the text and cannot
/// overflow; it stops at the first value past a limit. Syntax errors are left to Yams, which words
/// them.
///
/// Aliases stay usable in moderation: an anchor of a few names shared by a few hundred events is
/// well within the limits.
enum YAMLBounds {
    /// The deepest nesting of lists and sets of fields accepted.
    static let maximumDepth = 64
    /// The most values (lists, sets of fields and single values, nested ones included) all the
    /// aliases of one file may add.
    static let maximumAliasedValues = 10_000
    /// The most bytes of text all the aliases of one file may add.
    static let maximumAliasedBytes = 1_000_000

    /// A limit that the YAML goes past, with the position (1-based, in the YAML) where it does.
    struct Problem: Error, Equatable {
        var message: String
        var line: Int
        var column: Int
    }

    /// The first place where `yaml` goes past a limit, or `nil` when it stays within them (or has
    /// a syntax error, which composing reports).
    static func problem(in yaml: String) -> Problem? {
        var text = yaml
        return text.withUTF8 { bytes in check(bytes) }
    }

    /// What one anchored value expands to.
    private struct Size {
        var values = 0
        var bytes = 0

        static func += (size: inout Size, other: Size) {
            size.values += other.values
            size.bytes += other.bytes
        }
    }

    /// A list or set of fields being read: its anchor, and its size so far with aliases expanded.
    private struct Open {
        var anchor: String?
        var size = Size(values: 1, bytes: 0)
    }

    private static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)

        var anchors: [String: Size] = [:]
        var open: [Open] = []
        var aliased = Size()
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1
            let column = Int(event.start_mark.column) + 1
            var finished: (anchor: String?, size: Size)?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                finished = (name(scalar.anchor), Size(values: 1, bytes: Int(scalar.length)))
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let anchor =
                    event.type == YAML_SEQUENCE_START_EVENT
                    ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                open.append(Open(anchor: name(anchor)))
                if open.count > maximumDepth {
                    return Problem(
                        message:
                            "the values here are nested more than \(maximumDepth) deep (lists inside lists or sets of fields); front matter needs a few levels at most",
                        line: line, column: column)
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let closed = open.popLast() { finished = (closed.anchor, closed.size) }
            case YAML_ALIAS_EVENT:
                guard let anchor = name(event.data.alias.anchor), let size = anchors[anchor] else { break }
                aliased += size
                if aliased.values > maximumAliasedValues || aliased.bytes > maximumAliasedBytes {
                    return Problem(
                        message:
                            "the alias '*\(anchor)' repeats \(size.values) value(s) (\(size.bytes) bytes of text), and with the aliases before it this file would hold more than \(maximumAliasedValues) repeated values or \(maximumAliasedBytes) repeated bytes; write the values out where they are needed, or share smaller anchors",
                        line: line, column: column)
                }
                finished = (nil, size)
            default:
                break
            }
            guard let finished else { continue }
            if let anchor = finished.anchor { anchors[anchor] = finished.size }
            if !open.isEmpty { open[open.count - 1].size += finished.size }
        }
        return nil
    }

    /// An anchor's name, from libyaml's C string.
    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
