/// Gives rendered headings `id`s from their text, so sections can be linked to (`#ceasefire-terms`).
enum HeadingAnchors {
    /// `html` with the n-th `<hN>` tag given the slug of the n-th title, none of them one of `reserved`
    /// (the `id`s of footnotes). Leaves `html` unchanged when the tags and titles do not pair up (raw
    /// HTML headings in a site that allows raw HTML).
    static func add(_ titles: [String], to html: String, reserved: Set<String> = []) -> String {
        guard !titles.isEmpty else { return html }
        var used = reserved.union(["main"])
        // The next suffix to try for each base, so the n-th repeat of a heading is found at once
        // rather than after trying `-2` … `-n` (40,000 equal headings took 91 s that way).
        var nextNumber: [String: Int] = [:]
        let ids = titles.map { title -> String in
            let slug = TextFolding.slug(title)
            let base = slug.isEmpty ? "section" : slug
            if used.insert(base).inserted { return base }
            var number = nextNumber[base, default: 2]
            while !used.insert("\(base)-\(number)").inserted { number += 1 }
            nextNumber[base] = number + 1
            return "\(base)-\(number)"
        }
        var html = html
        var output: [UInt8] = []
        var next = 0
        let paired = html.withUTF8 { bytes -> Bool in
            output.reserveCapacity(bytes.count + ids.count * 24)
            var copied = 0
            var index = 0
            while let open = nextOpening(in: bytes, from: index) {
                guard next < ids.count else { return false }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<(open + 3)]))
                output += Array(" id=\"\(ids[next])\">".utf8)
                next += 1
                index = open + 4
                copied = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
            return true
        }
        guard paired else { return html }
        guard next == ids.count else { return html }
        return String(decoding: output, as: UTF8.self)
    }

    /// The position of the next `<h1>` … `<h6>` tag at or after `start`.
    private static func nextOpening(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index + 3 < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "h"),
                (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index + 2]), bytes[index + 3] == UInt8(ascii: ">")
            {
                return index
            }
            index += 1
        }
        return nil
    }
}
