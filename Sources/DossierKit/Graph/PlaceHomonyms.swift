/// Places that share a name (Juárez in Chihuahua and in Nuevo León): each is shown with the name of
/// the nearest place it is in that tells it apart from the others ("Juárez (Nuevo León)") in page
/// titles, cards, lists, breadcrumbs and search results. Ids stay unique; only what is shown
/// changes.
enum PlaceHomonyms {
    /// The most ancestors looked through for a name that tells homonyms apart.
    static let deepest = 32

    /// For each place with a homonym, the position of the ancestor whose name it is shown with.
    static func qualifiers(in graph: DossierGraph) -> [Int: Int] {
        var groups: [String: [Int]] = [:]
        for (number, place) in graph.places.enumerated() where !place.isStub {
            groups[TextFolding.fold(place.name), default: []].append(number)
        }
        var qualifiers: [Int: Int] = [:]
        for members in groups.values where members.count > 1 {
            let chains = members.map { ancestors(of: $0, in: graph) }
            let names = chains.map { Set($0.map { TextFolding.fold(graph.places[$0].name) }) }
            for (position, member) in members.enumerated() {
                // The nearest ancestor whose name no other homonym is in; else the parent.
                let telling = chains[position].first { ancestor in
                    let name = TextFolding.fold(graph.places[ancestor].name)
                    return names.indices.allSatisfy { $0 == position || !names[$0].contains(name) }
                }
                if let shown = telling ?? chains[position].first { qualifiers[member] = shown }
            }
        }
        return qualifiers
    }

    /// The ancestors of the place at `number`, nearest first.
    static func ancestors(of number: Int, in graph: DossierGraph) -> [Int] {
        var chain: [Int] = []
        var cursor = graph.placeLinks[number].parentID
        while let id = cursor, let parent = graph.placeIndex[id], parent != number, !chain.contains(parent),
            chain.count < deepest
        {
            chain.append(parent)
            cursor = graph.placeLinks[parent].parentID
        }
        return chain
    }
}

extension DossierGraph {
    /// Sets each homonym's `qualifier` to its telling ancestor's name, as this graph writes it (an
    /// edition's, once its texts are swapped in).
    mutating func qualifyHomonyms() {
        for (number, ancestor) in placeQualifiers { places[number].qualifier = places[ancestor].name }
    }
}
