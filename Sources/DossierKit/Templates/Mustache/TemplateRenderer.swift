/// Renders parsed templates against dictionary contexts (`[String: Any]` holding strings, numbers,
/// booleans, lists and dictionaries). Pure and thread-safe: every render has its own state.
struct TemplateRenderer: Sendable {
    /// The deepest nesting of partials and parents while rendering: the place tree needs one level
    /// per level of places (at most `PlaceHierarchy.maximumDepth`).
    static let maximumDepth = 200

    /// Every template by name, for partials and parents.
    let templates: [String: [TemplateNode]]
    /// The texts `{{t.key}}` and `{{t.key(count)}}` read, in the site's language.
    var translations: Translations? = nil
    /// Where a render that went too deep is recorded.
    let problems = RenderProblems()

    /// The output of the template `name` for `context`.
    func render(_ name: String, context: Any) -> String {
        guard let nodes = templates[name] else { return "" }
        var output = ""
        var stack: [Any] = [context]
        var including = [name]
        render(nodes, stack: &stack, blocks: [:], including: &including, into: &output)
        return output
    }

    private func render(
        _ nodes: [TemplateNode], stack: inout [Any], blocks: [String: [TemplateNode]], including: inout [String],
        into output: inout String
    ) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .variable(let name, let escaped):
                guard let value = resolve(name, stack) else { continue }
                let text = Self.text(of: value)
                if escaped { HTMLEscaping.append(text, to: &output) } else { output += text }
            case .section(let name, let children):
                guard let value = resolve(name, stack) else { continue }
                renderSection(value, children, stack: &stack, blocks: blocks, including: &including, into: &output)
            case .invertedSection(let name, let children):
                if Self.isFalsy(resolve(name, stack)) {
                    render(children, stack: &stack, blocks: blocks, including: &including, into: &output)
                }
            case .partial(let name):
                guard let partial = templates[name], enter(name, &including) else { continue }
                render(partial, stack: &stack, blocks: blocks, including: &including, into: &output)
                including.removeLast()
            case .parent(let name, let overrides):
                guard let parent = templates[name], enter(name, &including) else { continue }
                let merged = overrides.merging(blocks) { _, outer in outer }
                render(parent, stack: &stack, blocks: merged, including: &including, into: &output)
                including.removeLast()
            case .block(let name, let defaultNodes):
                render(blocks[name] ?? defaultNodes, stack: &stack, blocks: blocks, including: &including, into: &output)
            }
        }
    }

    private func renderSection(
        _ value: Any, _ children: [TemplateNode], stack: inout [Any], blocks: [String: [TemplateNode]],
        including: inout [String], into output: inout String
    ) {
        switch value {
        case let flag as Bool:
            if flag { render(children, stack: &stack, blocks: blocks, including: &including, into: &output) }
        case let list as [[String: Any]]:
            for item in list { renderPushed(item, children, stack: &stack, blocks: blocks, including: &including, into: &output) }
        case let list as [String]:
            for item in list { renderPushed(item, children, stack: &stack, blocks: blocks, including: &including, into: &output) }
        case let list as [Any]:
            for item in list { renderPushed(item, children, stack: &stack, blocks: blocks, including: &including, into: &output) }
        default:
            if !Self.isFalsy(value) {
                renderPushed(value, children, stack: &stack, blocks: blocks, including: &including, into: &output)
            }
        }
    }

    private func renderPushed(
        _ value: Any, _ children: [TemplateNode], stack: inout [Any], blocks: [String: [TemplateNode]],
        including: inout [String], into output: inout String
    ) {
        stack.append(value)
        render(children, stack: &stack, blocks: blocks, including: &including, into: &output)
        stack.removeLast()
    }

    /// Whether `name` may be rendered inside the templates `including`; records the problem when
    /// that would go past `maximumDepth`.
    private func enter(_ name: String, _ including: inout [String]) -> Bool {
        including.append(name)
        guard including.count > Self.maximumDepth else { return true }
        problems.recordTooDeep(including)
        including.removeLast()
        return false
    }

    // MARK: - Values

    /// The value `name` refers to: the first object on the stack (innermost first) that has the
    /// first part of the name, then the rest of the path; only the current object for `.name`.
    private func resolve(_ name: TemplateName, _ stack: [Any]) -> Any? {
        var value: Any?
        if let translations, name.path.count == 2, name.path[0] == "t", !name.currentOnly, name.transforms.isEmpty {
            return translations.text(name.path[1])
        }
        if name.isCurrent {
            value = stack.last
        } else if name.currentOnly {
            value = Self.member(name.path[0], of: stack[stack.count - 1])
        } else {
            for object in stack.reversed() {
                if let found = Self.member(name.path[0], of: object) {
                    value = found
                    break
                }
            }
        }
        var index = 1
        while index < name.path.count, let current = value {
            value = Self.member(name.path[index], of: current)
            index += 1
        }
        for transform in name.transforms {
            if transform.hasPrefix("t."), let translations {
                value = Self.translate(String(transform.dropFirst(2)), value, translations)
            } else {
                value = TemplateTransforms.apply(transform, to: value)
            }
        }
        return value
    }

    /// The text `key` for `value`: a number is its count (`{{t.articles_count(count)}}`), a set of
    /// keys its arguments (`{{t.events_in_year(.)}}` fills `{year}` and `{count}` from the object).
    private static func translate(_ key: String, _ value: Any?, _ translations: Translations) -> String {
        switch value {
        case let count as Int:
            return translations.text(key, count: count)
        case let object as [String: Any]:
            var arguments: [String: String] = [:]
            var numbers: [String: Int] = [:]
            for (name, value) in object {
                switch value {
                case let number as Int: numbers[name] = number
                case let text as String: arguments[name] = text
                default: continue
                }
            }
            return translations.text(key, arguments, numbers: numbers)
        case let text as String:
            return translations.text(key, ["value": text])
        default:
            return translations.text(key)
        }
    }

    private static func member(_ key: String, of object: Any) -> Any? {
        (object as? [String: Any])?[key]
    }

    /// How a value prints: text as is, numbers in decimal, nothing for lists and dictionaries.
    static func text(of value: Any) -> String {
        switch value {
        case let text as String: text
        case let number as Int: String(number)
        case let number as Double: String(number)
        case let flag as Bool: flag ? "true" : "false"
        case let text as Substring: String(text)
        default: ""
        }
    }

    /// Missing, `false`, an empty list or string, and zero render inverted sections.
    static func isFalsy(_ value: Any?) -> Bool {
        switch value {
        case nil: true
        case let flag as Bool: !flag
        case let text as String: text.isEmpty
        case let number as Int: number == 0
        case let list as [[String: Any]]: list.isEmpty
        case let list as [String]: list.isEmpty
        case let list as [Any]: list.isEmpty
        default: false
        }
    }
}

/// The transforms a name can be wrapped in: `{{^empty(list)}}`, `{{count(list)}}`,
/// `{{#equalzero(minusone(count))}}`, `{{uppercased(name)}}`.
enum TemplateTransforms {
    static func apply(_ transform: String, to value: Any?) -> Any? {
        switch transform {
        case "empty": return TemplateRenderer.isFalsy(value) && !(value is Bool)
        case "count": return count(value)
        case "first": return list(value)?.first
        case "last": return list(value)?.last
        case "reversed": return list(value).map { Array($0.reversed()) }
        case "uppercased": return value.map { TemplateRenderer.text(of: $0).uppercased() }
        case "lowercased": return value.map { TemplateRenderer.text(of: $0).lowercased() }
        case "capitalized": return value.map { TemplateRenderer.text(of: $0).capitalized }
        case "plusone": return (value as? Int).map { $0 + 1 }
        case "minusone": return (value as? Int).map { $0 - 1 }
        case "equalzero": return (value as? Int).map { $0 == 0 }
        case "odd": return (value as? Int).map { $0 % 2 != 0 }
        case "even": return (value as? Int).map { $0 % 2 == 0 }
        default: return nil
        }
    }

    /// The names `apply` knows.
    static let known: Set<String> = [
        "empty", "count", "first", "last", "reversed", "uppercased", "lowercased", "capitalized", "plusone", "minusone",
        "equalzero", "odd", "even",
    ]

    private static func list(_ value: Any?) -> [Any]? {
        switch value {
        case let list as [[String: Any]]: list
        case let list as [String]: list
        case let list as [Any]: list
        default: nil
        }
    }

    private static func count(_ value: Any?) -> Int? {
        if let list = list(value) { return list.count }
        if let text = value as? String { return text.count }
        return nil
    }
}
