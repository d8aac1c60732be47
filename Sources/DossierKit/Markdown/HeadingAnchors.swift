/// Gives rendered headings `id`s from their text, so sections can be linked to (`#ceasefire-terms`).
enum HeadingAnchors {
    /// `html` with the n-th `<hN>` tag given the slug of the n-th title. Leaves `html` unchanged when
    /// the tags and titles do not pair up (raw HTML headings in a site that allows raw HTML).
    static func add(_ titles: [String], to html: String) -> String {
        guard !titles.isEmpty else { return html }
        var used: Set<String> = ["main"]
        let ids = titles.map { title -> String in
            let base = TextFolding.slug(title).isEmpty ? "section" : TextFolding.slug(title)
            var id = base
            var number = 1
            while !used.insert(id).inserted {
                number += 1
                id = "\(base)-\(number)"
            }
            return id
        }
        var output = ""
        output.reserveCapacity(html.utf8.count + ids.count * 16)
        var rest = html[...]
        var next = 0
        while let range = rest.range(of: "<h") {
            let afterTag = rest[range.upperBound...]
            guard let level = afterTag.first, ("1"..."6").contains(level),
                afterTag.dropFirst().first == ">"
            else {
                output += rest[..<range.upperBound]
                rest = afterTag
                continue
            }
            guard next < ids.count else { return html }
            output += rest[..<range.upperBound]
            output += "\(level) id=\"\(ids[next])\">"
            next += 1
            rest = afterTag.dropFirst(2)
        }
        guard next == ids.count else { return html }
        output += rest
        return output
    }
}
