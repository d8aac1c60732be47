/// Parses Mustache: variables, sections, inverted sections, partials, comments, template
/// inheritance (`{{<parent}}{{$block}}…{{/block}}{{/parent}}`) and value transforms
/// (`{{^empty(list)}}`). Tags alone on their line ("standalone") take the line with them, as the
/// Mustache specification says.
enum TemplateParser {
    /// The deepest nesting of sections, inverted sections, blocks and parents accepted: a theme
    /// needs a handful, and the tree is built and rendered recursively.
    static let maximumDepth = 100

    /// The nodes of `text`, or the first syntax error with its position.
    static func parse(_ text: String) throws(TemplateSyntaxError) -> [TemplateNode] {
        let tokens = try removeStandaloneLines(scan(text))
        var position = 0
        let nodes = try build(tokens, &position, closing: nil, text: text)
        return nodes
    }

    // MARK: - Scanning

    private enum TagKind: Equatable {
        case variable, unescaped, sectionOpen, invertedOpen, close, partial, parentOpen, blockOpen, comment
        var isStandaloneCapable: Bool { self != .variable && self != .unescaped }
    }

    private enum Token {
        case text(Substring)
        case tag(TagKind, String, offset: String.Index)
    }

    private static func scan(_ text: String) throws(TemplateSyntaxError) -> [Token] {
        var tokens: [Token] = []
        var cursor = text.startIndex
        while let open = text[cursor...].firstRange(ofMarker: "{{") {
            appendText(text[cursor..<open.lowerBound], to: &tokens)
            var contentStart = open.upperBound
            var closer: StaticString = "}}"
            var kind = TagKind.variable
            if contentStart < text.endIndex {
                switch text[contentStart] {
                case "{": kind = .unescaped; closer = "}}}"
                case "&": kind = .unescaped
                case "#": kind = .sectionOpen
                case "^": kind = .invertedOpen
                case "/": kind = .close
                case ">": kind = .partial
                case "<": kind = .parentOpen
                case "$": kind = .blockOpen
                case "!": kind = .comment
                case "=": throw error("changing delimiters ({{= =}}) is not supported", in: text, at: open.lowerBound)
                case "%": throw error("pragmas ({{% }}) are not supported", in: text, at: open.lowerBound)
                default: break
                }
                if kind != .variable { contentStart = text.index(after: contentStart) }
            }
            guard let close = text[contentStart...].firstRange(ofMarker: closer) else {
                throw error("a tag is not closed; expected '\(closer)'", in: text, at: open.lowerBound)
            }
            let content = text[contentStart..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if kind != .comment, content.isEmpty {
                throw error("a tag has no name", in: text, at: open.lowerBound)
            }
            if kind != .comment, content.contains(where: { $0 == "{" || $0 == "}" || $0 == "\n" }) {
                throw error("a tag is not closed; expected '\(closer)'", in: text, at: open.lowerBound)
            }
            tokens.append(.tag(kind, content, offset: open.lowerBound))
            cursor = close.upperBound
        }
        appendText(text[cursor...], to: &tokens)
        return tokens
    }

    /// Appends text split after each line break, so each text token ends a line at most once.
    private static func appendText(_ text: Substring, to tokens: inout [Token]) {
        var rest = text
        while let newline = rest.firstIndex(of: "\n") {
            tokens.append(.text(rest[...newline]))
            rest = rest[rest.index(after: newline)...]
        }
        if !rest.isEmpty { tokens.append(.text(rest)) }
    }

    /// Drops the indentation and line break around tags that stand alone on their line.
    private static func removeStandaloneLines(_ tokens: [Token]) -> [Token] {
        var output: [Token] = []
        var line: [Token] = []
        func flush(atEnd: Bool) {
            let tags = line.compactMap { token -> TagKind? in
                if case .tag(let kind, _, _) = token { return kind }
                return nil
            }
            let textIsBlank = line.allSatisfy { token in
                if case .text(let text) = token { return text.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" } }
                return true
            }
            if tags.count == 1, tags[0].isStandaloneCapable, textIsBlank {
                output += line.filter { if case .tag = $0 { return true } else { return false } }
            } else {
                output += line
            }
            line = []
        }
        for token in tokens {
            line.append(token)
            if case .text(let text) = token, text.last == "\n" { flush(atEnd: false) }
        }
        flush(atEnd: true)
        return output
    }

    // MARK: - Building the tree

    private static func build(
        _ tokens: [Token], _ position: inout Int, closing: (name: String, offset: String.Index)?, text: String,
        depth: Int = 0
    ) throws(TemplateSyntaxError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        while position < tokens.count {
            let token = tokens[position]
            position += 1
            switch token {
            case .text(let value):
                if case .text(let previous)? = nodes.last {
                    nodes[nodes.count - 1] = .text(previous + value)
                } else {
                    nodes.append(.text(String(value)))
                }
            case .tag(let kind, let content, let offset):
                switch kind {
                case .comment: continue
                case .variable: nodes.append(.variable(try name(content, text: text, at: offset), escaped: true))
                case .unescaped: nodes.append(.variable(try name(content, text: text, at: offset), escaped: false))
                case .partial: nodes.append(.partial(content))
                case .sectionOpen, .invertedOpen, .blockOpen, .parentOpen:
                    guard depth < maximumDepth else {
                        throw error(
                            "sections are nested more than \(maximumDepth) deep here; close some before opening more",
                            in: text, at: offset)
                    }
                    let children = try build(tokens, &position, closing: (content, offset), text: text, depth: depth + 1)
                    switch kind {
                    case .sectionOpen: nodes.append(.section(try name(content, text: text, at: offset), children))
                    case .invertedOpen: nodes.append(.invertedSection(try name(content, text: text, at: offset), children))
                    case .blockOpen: nodes.append(.block(content, children))
                    default:
                        var blocks: [String: [TemplateNode]] = [:]
                        for child in children {
                            if case .block(let blockName, let body) = child { blocks[blockName] = body }
                        }
                        nodes.append(.parent(content, blocks: blocks))
                    }
                case .close:
                    guard let closing else {
                        throw error("'{{/\(content)}}' closes a section that was never opened", in: text, at: offset)
                    }
                    guard closing.name == content else {
                        throw error("'{{/\(content)}}' does not match the open section '\(closing.name)'", in: text, at: offset)
                    }
                    return nodes
                }
            }
        }
        if let closing {
            throw error("the section '\(closing.name)' is never closed; add '{{/\(closing.name)}}'", in: text, at: closing.offset)
        }
        return nodes
    }

    /// `equalzero(minusone(.count))` → path `count`, current only, transforms `[minusone, equalzero]`.
    private static func name(_ content: String, text: String, at offset: String.Index) throws(TemplateSyntaxError) -> TemplateName
    {
        var rest = Substring(content)
        var transforms: [String] = []
        while rest.hasSuffix(")"), let open = rest.firstIndex(of: "(") {
            transforms.insert(String(rest[..<open]).trimmingCharacters(in: .whitespaces), at: 0)
            rest = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
        }
        let trimmed = rest.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.contains("(") || trimmed.contains(")") || trimmed.contains(" ") {
            throw error("'\(content)' is not a valid name", in: text, at: offset)
        }
        if trimmed == "." { return TemplateName(path: [], currentOnly: true, transforms: transforms) }
        let currentOnly = trimmed.hasPrefix(".")
        let path = trimmed.split(separator: ".").map(String.init)
        return TemplateName(path: path, currentOnly: currentOnly, transforms: transforms)
    }

    private static func error(_ message: String, in text: String, at offset: String.Index) -> TemplateSyntaxError {
        let before = text[..<offset]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        return TemplateSyntaxError(message: message, line: line, column: text[lineStart..<offset].count + 1)
    }
}

extension StringProtocol {
    /// The first occurrence of the ASCII `marker` (`{{`, `}}`, `}}}`), searched byte by byte from the
    /// start: Foundation's `range(of:)` on a substring copies what follows each time, which made a
    /// template of 200,000 tags on one line take minutes to scan.
    func firstRange(ofMarker marker: StaticString) -> Range<Index>? {
        let pattern = UnsafeBufferPointer(start: marker.utf8Start, count: marker.utf8CodeUnitCount)
        let bytes = utf8
        var index = bytes.startIndex
        while let first = bytes[index...].firstIndex(of: pattern[0]) {
            var end = first
            var matched = 0
            while matched < pattern.count, end < bytes.endIndex, bytes[end] == pattern[matched] {
                matched += 1
                end = bytes.index(after: end)
            }
            if matched == pattern.count { return first..<end }
            index = bytes.index(after: first)
        }
        return nil
    }
}
