/// Located values and reference lists read from front matter.
extension Located: FrontMatterReadable where Value: FrontMatterReadable {
    /// The value, and where it starts.
    init(from value: FrontMatterValue) throws(Diagnostic) {
        self.init(try Value(from: value), at: value.location)
    }
}

extension ReferenceList: FrontMatterReadable {
    /// A list of references, or a single one.
    init(from value: FrontMatterValue) throws(Diagnostic) {
        if case .sequence = value.node {
            items = try [Reference](from: value)
        } else {
            items = [try Reference(from: value)]
        }
    }
}
