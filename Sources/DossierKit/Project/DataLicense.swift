/// The licence under which the dossier's content and data may be reused (`license:` in
/// `site.yml`): in `data/datapackage.json` and `data/dossier.json`.
struct DataLicense: Sendable, Hashable {
    /// An SPDX identifier (`CC-BY-4.0`), when given.
    var name: String?
    /// The licence's text on the web.
    var url: String?
    /// Its name for people ("Creative Commons Attribution 4.0").
    var title: String?

    /// The licences most used for open data, by SPDX identifier: their address and title, filled
    /// in when `license:` gives only the identifier.
    static let known: [String: (url: String, title: String)] = [
        "CC-BY-4.0": ("https://creativecommons.org/licenses/by/4.0/", "Creative Commons Attribution 4.0"),
        "CC-BY-SA-4.0": (
            "https://creativecommons.org/licenses/by-sa/4.0/", "Creative Commons Attribution-ShareAlike 4.0"
        ),
        "CC-BY-NC-4.0": (
            "https://creativecommons.org/licenses/by-nc/4.0/", "Creative Commons Attribution-NonCommercial 4.0"
        ),
        "CC0-1.0": ("https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0 Universal"),
        "ODbL-1.0": ("https://opendatacommons.org/licenses/odbl/1-0/", "Open Data Commons Open Database License 1.0"),
        "ODC-By-1.0": ("https://opendatacommons.org/licenses/by/1-0/", "Open Data Commons Attribution License 1.0"),
        "PDDL-1.0": (
            "https://opendatacommons.org/licenses/pddl/1-0/", "Open Data Commons Public Domain Dedication and License 1.0"
        ),
    ]

    /// The longest identifier accepted.
    static let nameLimit = 100
}

/// `license:` as written: an SPDX identifier (`CC-BY-4.0`), an address, or `{name, url, title}`.
struct LicenseField: Sendable, Hashable {
    var name: Located<String>?
    var url: Located<String>?
    var title: Located<String>?
    var location: SourceLocation

    enum Field: String, CaseIterable {
        case name, url, title
    }

    static let knownKeys = Field.allCases.map(\.rawValue)

    /// The licence, with a problem for each part that is wrong (then `nil`).
    func license(diagnostics: inout [Diagnostic]) -> DataLicense? {
        var wrong = false
        var license = DataLicense()
        if let name, let text = name.text.nonEmpty {
            let isIdentifier = text.utf8.allSatisfy { byte in
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+")
            }
            if !isIdentifier || text.count > DataLicense.nameLimit {
                diagnostics.append(
                    .error(
                        "'license' should be an SPDX licence identifier (CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0, ODbL-1.0), not '\(text)'; for another licence write {name: …, url: https://…, title: …}",
                        at: name.location))
                wrong = true
            } else {
                license.name = text
            }
        }
        if let url, let text = url.text.nonEmpty {
            let lowered = text.lowercased()
            if let problem = LinkSafety.problem(withURL: text) {
                diagnostics.append(.error("'url' of 'license': \(problem)", at: url.location))
                wrong = true
            } else if !(lowered.hasPrefix("https://") || lowered.hasPrefix("http://")) {
                diagnostics.append(
                    .error(
                        "'url' of 'license' should be the licence's full web address (https://…), not '\(text)'",
                        at: url.location))
                wrong = true
            } else {
                license.url = text
            }
        }
        license.title = title?.text.nonEmpty
        if !wrong, license.name == nil, license.url == nil {
            diagnostics.append(
                .error(
                    "'license' names no licence; write an SPDX identifier (license: CC-BY-4.0), or {name: …, url: https://…}",
                    at: location))
            wrong = true
        }
        guard !wrong else { return nil }
        if let name = license.name, let known = DataLicense.known[name] {
            license.url = license.url ?? known.url
            license.title = license.title ?? known.title
        }
        return license
    }
}

extension LicenseField: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        location = value.location
        if case .scalar = value.node {
            let single = try Located<String>(from: value)
            if single.value.contains("://") { url = single } else { name = single }
            return
        }
        let fields = try value.fields(keyedBy: Field.self)
        name = fields.optional(.name)
        url = fields.optional(.url)
        title = fields.optional(.title)
    }
}
