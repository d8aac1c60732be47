/// Gives rendered headings `id`s from their text, so sections can be linked to (`#ceasefire-terms`).
enum HeadingAnchors {
    /// `html` with the n-th `<hN>` tag given the slug of the n-th title. Leaves `html` unchanged when
    /// the tags and titles do not pair up (raw HTML headings in a site that allows raw HTML).
    static func add(_ titles: [String], to html: String) -> String {
        guard !titles.isEmpty else { return html }
        var used: Set<String> = ["main"]
        let ids = titles.map { title -> String in
            let slug = TextFolding.slug(title)
            let base = slug.isEmpty ? "section" : slug
            var id = base
            var number = 1
            while !used.insert(id).inserted {
                number += 1
                id = "\(base)-\(number)"
            }
            return id
        }
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + ids.count * 24)
        var next = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "h"),
                (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index + 2]), bytes[index + 3] == UInt8(ascii: ">")
            {
                guard next < ids.count else { return html }
                output += bytes[index...(index + 2)]
                output += Array(" id=\"\(ids[next])\">".utf8)
                next += 1
                index += 4
                continue
            }
            output.append(byte)
            index += 1
        }
        guard next == ids.count else { return html }
        return String(decoding: output, as: UTF8.self)
    }
}
