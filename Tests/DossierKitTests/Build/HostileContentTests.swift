import Foundation
import Testing

@testable import DossierKit

/// Content from people the publisher does not fully trust must never put executable code on a page.
@Suite struct HostileContentTests {
    static let payload = "\"><script>alert(1)</script><img src=x onerror=alert(1)>"

    private func hostileDossier() -> [String: String] {
        let p = Self.payload
        let q = "'\(p.replacingOccurrences(of: "'", with: "''"))'"
        return [
            "site.yml": "title: \(q)\ndescription: \(q)\nlanguage: en\n",
            "content/articles/a.md": """
            ---
            title: \(q)
            date: 2016-04-02
            summary: \(q)
            source: {name: \(q), url: "https://example.org/?q=\\"><script>alert(1)</script>"}
            entities: [\(q), "javascript:alert(1)"]
            places: [\(q)]
            tags: [\(q)]
            events:
              - date: 2016-04-02
                title: \(q)
                entities: [\(q)]
                places: [\(q)]
            ---
            \(p)

            [click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
            [vb](vbscript:msgbox) <a href="javascript:alert(1)">raw</a> ![i](javascript:alert(1))

            <script>alert(1)</script>

            ## \(p)
            """,
            "content/entities/e.md": "---\nname: \(q)\naliases: [\(q)]\nrole: \(q)\ntype: person\n---\n\(p)\n",
            "content/places/p.md": "---\nname: \(q)\naliases: [\(q)]\ntype: city\ncoordinates: [1, 2]\n---\n\(p)\n",
            "content/timeline/t.yml": "- date: 2016\n  title: \(q)\n",
        ]
    }

    @Test func noFieldCanInjectScriptOrEventHandlers() throws {
        let project = try TestProject(hostileDossier())
        try project.build()
        let files = project.outputFiles().filter { $0.key.hasSuffix(".html") }
        #expect(files.count > 10)
        for (path, data) in files {
            let html = String(decoding: data, as: UTF8.self).lowercased()
            #expect(!html.contains("<script>alert"), "\(path)")
            #expect(!html.contains("<img src=x"), "\(path)")
            let handlers = Self.attributeNames(in: html).filter { $0.hasPrefix("on") }
            #expect(handlers.isEmpty, "\(path): event handler attributes \(handlers)")
            for attribute in ["href=\"javascript:", "src=\"javascript:", "href=\"vbscript:", "href=\"data:text/html"] {
                #expect(!html.contains(attribute), "\(path): \(attribute)")
            }
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || !html.contains("alert(1)"), "\(path)")
        }
    }

    /// The names of every attribute of every tag in `html`, reading quoted values as values.
    static func attributeNames(in html: String) -> [String] {
        var names: [String] = []
        let bytes = Array(html.utf8)
        var index = 0
        func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte == 45 || byte == 58
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count, isNameByte(bytes[index + 1]) else {
                index += 1
                continue
            }
            index += 1
            while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
            while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\""), let end = bytes[(index + 1)...].firstIndex(of: byte) {
                    index = end + 1
                } else if byte == UInt8(ascii: "'"), let end = bytes[(index + 1)...].firstIndex(of: byte) {
                    index = end + 1
                } else if isNameByte(byte) {
                    let start = index
                    while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
                    names.append(String(decoding: bytes[start..<index], as: UTF8.self))
                } else {
                    index += 1
                }
            }
        }
        return names
    }
}
