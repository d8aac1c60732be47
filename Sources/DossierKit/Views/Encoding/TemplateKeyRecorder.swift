import Synchronization

/// Every key the views of one build gave their templates, with a value or without one (an optional
/// left out): what `dossier check` compares the names a theme reads against, to tell a typo in a
/// template (`{{.titel}}`) from a key that some page leaves empty.
final class TemplateKeyRecorder: Sendable {
    private let names = Mutex<Set<String>>([])

    /// Notes that a view has the key `name`.
    func record(_ name: String) {
        _ = names.withLock { $0.insert(name) }
    }

    /// The keys noted so far.
    var keys: Set<String> { names.withLock { $0 } }
}
