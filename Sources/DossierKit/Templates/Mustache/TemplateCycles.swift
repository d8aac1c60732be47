/// Finds templates that include themselves, through partials (`{{> name}}`) and parents
/// (`{{< name}}`), with nothing in between that could end it: rendering one would never finish.
///
/// Only inclusions outside sections, inverted sections and blocks count: a partial inside
/// `{{#.children}}…{{/.children}}` goes one level down the data each time (the place tree), and
/// ends with it. Inclusions that loop through a section are stopped while rendering
/// (`TemplateRenderer.maximumDepth`).
enum TemplateCycles {
    /// One loop: the templates in order, the first repeated at the end.
    struct Cycle: Equatable {
        var names: [String]
    }

    /// Every loop among `templates`, each once, starting at the first of its templates by name.
    static func find(in templates: [String: [TemplateNode]]) -> [Cycle] {
        let uses = templates.mapValues { unconditionalUses(in: $0) }
        var done: Set<String> = []
        var cycles: [Cycle] = []
        // Depth first, with a stack of its own (a chain of many partials must not overflow the
        // thread's): the templates on the current path, each with the uses still to follow.
        for start in templates.keys.sorted() where !done.contains(start) {
            var path: [(name: String, next: Int)] = [(start, 0)]
            var onPath: Set<String> = [start]
            while let (name, next) = path.last {
                let list = uses[name] ?? []
                guard next < list.count else {
                    path.removeLast()
                    onPath.remove(name)
                    done.insert(name)
                    continue
                }
                path[path.count - 1].next += 1
                let used = list[next]
                guard templates[used] != nil, !done.contains(used) else { continue }
                if onPath.contains(used) {
                    let names = path.map(\.name)
                    cycles.append(Cycle(names: Array(names[names.lastIndex(of: used)!...]) + [used]))
                } else {
                    path.append((used, 0))
                    onPath.insert(used)
                }
            }
        }
        return cycles
    }

    /// The templates `nodes` always renders, in order, each once.
    private static func unconditionalUses(in nodes: [TemplateNode]) -> [String] {
        var names: [String] = []
        for node in nodes {
            switch node {
            case .partial(let name), .parent(let name, _):
                if !names.contains(name) { names.append(name) }
            case .text, .variable, .section, .invertedSection, .block:
                continue
            }
        }
        return names
    }
}
