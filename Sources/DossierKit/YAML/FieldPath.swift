/// Where a value sits in the front matter, to name it in messages: `'date'`, `item 2 of 'events'`,
/// `'date' in item 2 of 'events'`.
///
/// Only the last three steps are kept (a field, the list item holding it, the field holding that
/// list): no message names more, and values are read by the thousand, so the path is never copied
/// into a growing array.
struct FieldPath: Sendable {
    /// One step down: into a field of a set of fields, or into an item of a list.
    enum Step: Sendable {
        case field(String)
        case item(Int)
    }

    private var last: Step?
    private var parent: Step?
    private var grandparent: Step?

    /// The top of the front matter.
    init() {}

    /// Whether this is the top of the front matter.
    var isTop: Bool { last == nil }

    /// The path one step further down.
    func appending(_ step: Step) -> FieldPath {
        var path = FieldPath()
        path.last = step
        path.parent = last
        path.grandparent = parent
        return path
    }

    /// The value as named in a message: `'date'`, `'date' in item 2 of 'events'`, `item 1 of 'tags'`,
    /// or `the front matter` for the top.
    var fieldName: String {
        switch last {
        case .item(let index)?: "item \(index + 1) of '\(Self.listName(parent))'"
        case .field(let name)?: "'\(name)'" + Self.owner(parent, grandparent)
        case nil: "the front matter"
        }
    }

    /// What holds a field at this path, as the end of a message: ` in 'source'`,
    /// ` in item 2 of 'events'`, or nothing at the top.
    var owner: String {
        Self.owner(last, parent)
    }

    /// ` in 'x'` or ` in item n of 'x'` for a set of fields at `step`, inside `parent`.
    private static func owner(_ step: Step?, _ parent: Step?) -> String {
        switch step {
        case .item(let index)?: " in item \(index + 1) of '\(listName(parent))'"
        case .field(let name)?: " in '\(name)'"
        case nil: ""
        }
    }

    /// The name of a list, from the step that leads to it: the field that holds it.
    private static func listName(_ step: Step?) -> String {
        if case .field(let name)? = step { return name }
        return "the list"
    }
}
