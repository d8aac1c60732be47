import Yams

/// A type read directly from a front matter value.
///
/// A problem that stops the value itself from being read is thrown; problems with its fields are
/// recorded by `FieldReader`, and reading goes on.
protocol FrontMatterReadable {
    /// Reads `value`.
    init(from value: FrontMatterValue) throws(Diagnostic)
}

extension String: FrontMatterReadable {
    /// A single value's text, as written.
    init(from value: FrontMatterValue) throws(Diagnostic) {
        self = try value.text()
    }
}

extension Int: FrontMatterReadable {
    /// A whole number written plainly.
    init(from value: FrontMatterValue) throws(Diagnostic) {
        self = try value.number(Int.self)
    }
}

extension Double: FrontMatterReadable {
    /// A number written plainly.
    init(from value: FrontMatterValue) throws(Diagnostic) {
        self = try value.number(Double.self)
    }
}

extension Array: FrontMatterReadable where Element: FrontMatterReadable {
    /// A list; the first item that cannot be read stops the list.
    init(from value: FrontMatterValue) throws(Diagnostic) {
        self = []
        for item in try value.items() {
            append(try Element(from: item))
        }
    }
}
