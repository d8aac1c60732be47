/// The `in:` chains of places: parents, children and ancestors, with cycles reported and broken.
struct PlaceHierarchy: Sendable {
    private(set) var parent: [String: String] = [:]
    private(set) var children: [String: [String]] = [:]

    /// The most places in one chain of `in:` links, the outermost place included: a village in a
    /// district in a region in a country is four.
    static let maximumDepth = 64

    /// Builds the hierarchy from resolved parent links; every link that closes a loop, or that puts
    /// a place more than `maximumDepth` deep, is dropped and reported. Linear in the number of
    /// places: each link is followed once to find loops and once to measure depths.
    init(parents: [String: String], places: [String: Place], diagnostics: inout [Diagnostic]) {
        func location(of id: String) -> SourceLocation {
            let place = places[id]
            return place?.parentReference?.location ?? SourceLocation(path: place?.path ?? "")
        }
        var accepted = parents
        // Loops, found by walking up from each place once: a walk that meets a place of its own
        // walk has found a loop; one that meets an earlier walk's place has not.
        var walkOf: [String: Int] = [:]
        for (walk, start) in parents.keys.sorted().enumerated() {
            var path: [String] = []
            var cursor: String? = start
            while let id = cursor, walkOf[id] == nil {
                walkOf[id] = walk
                path.append(id)
                cursor = accepted[id]
            }
            guard let met = cursor, walkOf[met] == walk, let first = path.firstIndex(of: met) else { continue }
            let loop = Array(path[first...])
            // The link dropped is that of the loop's last place in name order, as reading the links
            // in that order would find it.
            let id = loop.max()!
            if loop.count == 1 {
                diagnostics.append(
                    .error(
                        "the place '\(id)' is inside itself ('in: \(places[id]?.parentReference?.text ?? id)'); name its parent place instead",
                        at: location(of: id)))
            } else {
                let position = loop.firstIndex(of: id)!
                let chain = loop[position...] + loop[..<position] + [id]
                diagnostics.append(
                    .error(
                        "the places' 'in:' links make a loop: \(chain.map { "'\($0)'" }.joined(separator: " → ")); a place cannot be inside a place it contains",
                        at: location(of: id)))
            }
            accepted[id] = nil
        }
        var children: [String: [String]] = [:]
        for (child, parentID) in accepted { children[parentID, default: []].append(child) }
        for key in children.keys { children[key]?.sort() }
        // Depths, from the outermost places down; a link past the limit is dropped, and the place
        // starts a chain of its own, so each place past the limit is reported once.
        let roots = Set(children.keys).union(accepted.keys).filter { accepted[$0] == nil }.sorted()
        var queue = roots.map { (id: $0, depth: 1) }
        var next = 0
        while next < queue.count {
            let (id, depth) = queue[next]
            next += 1
            for child in children[id] ?? [] {
                guard depth < Self.maximumDepth else {
                    diagnostics.append(
                        .error(
                            "the place '\(child)' is more than \(Self.maximumDepth) places deep in a chain of 'in:' links; link it to a place higher up",
                            at: location(of: child)))
                    accepted[child] = nil
                    queue.append((child, 1))
                    continue
                }
                queue.append((child, depth + 1))
            }
        }
        parent = accepted
        self.children = [:]
        for (child, parentID) in accepted { self.children[parentID, default: []].append(child) }
        for key in self.children.keys { self.children[key]?.sort() }
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
