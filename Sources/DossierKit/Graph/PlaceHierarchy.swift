/// The `in:` chains of places: parents, children and ancestors, with cycles reported and broken.
struct PlaceHierarchy: Sendable {
    private(set) var parent: [String: String] = [:]
    private(set) var children: [String: [String]] = [:]

    /// Builds the hierarchy from resolved parent links; every link that closes a loop is dropped and
    /// reported with the places involved.
    init(parents: [String: String], places: [String: Place], diagnostics: inout [Diagnostic]) {
        var accepted: [String: String] = [:]
        for id in parents.keys.sorted() {
            guard let parentID = parents[id] else { continue }
            let place = places[id]
            let location = place?.parentReference?.location ?? SourceLocation(path: place?.path ?? "")
            if parentID == id {
                diagnostics.append(
                    .error(
                        "the place '\(id)' is inside itself ('in: \(place?.parentReference?.text ?? id)'); name its parent place instead",
                        at: location))
                continue
            }
            var chain = [id, parentID]
            var cursor = parentID
            var loops = false
            while let next = accepted[cursor] {
                if next == id { loops = true; break }
                chain.append(next)
                cursor = next
            }
            if loops {
                let path = (chain + [id]).map { "'\($0)'" }.joined(separator: " → ")
                diagnostics.append(
                    .error(
                        "the places' 'in:' links make a loop: \(path); a place cannot be inside a place it contains", at: location
                    ))
                continue
            }
            accepted[id] = parentID
        }
        parent = accepted
        for (child, parentID) in accepted { children[parentID, default: []].append(child) }
        for key in children.keys { children[key]?.sort() }
    }

    /// `id` and every place that contains it, innermost first.
    func selfAndAncestors(of id: String) -> [String] {
        var chain = [id]
        var cursor = id
        while let next = parent[cursor] {
            chain.append(next)
            cursor = next
        }
        return chain
    }

    /// The places that contain `id`, outermost first.
    func ancestors(of id: String) -> [String] {
        Array(selfAndAncestors(of: id).dropFirst().reversed())
    }
}
