import Foundation

/// The pixel size of an image, read from the first bytes of its file: PNG (`IHDR`), GIF (the
/// logical screen), JPEG (the first start-of-frame marker), WebP (`VP8 `, `VP8L`, `VP8X`) and SVG
/// (the root element's `width` and `height`, else its `viewBox`). Nothing is decoded; a file that
/// is none of these, or whose header is cut short or says 0 or more than `maximumSide` pixels,
/// has no size.
enum ImageHeader {
    /// How many bytes of a file are read to find its size (a JPEG's frame marker may follow large
    /// metadata).
    static let prefixBytes = 512 * 1024
    /// The largest side accepted, in pixels.
    static let maximumSide = 100_000

    /// The file extensions read as images.
    static let extensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "svg"]

    /// The size of the image whose first bytes are `data`.
    static func size(of data: Data) -> ImageSize? {
        let bytes = [UInt8](data.prefix(prefixBytes))
        let size: ImageSize?
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            size = png(bytes)
        } else if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) {
            size = bytes.count >= 10 ? ImageSize(width: little16(bytes, 6), height: little16(bytes, 8)) : nil
        } else if bytes.starts(with: [0xFF, 0xD8]) {
            size = jpeg(bytes)
        } else if bytes.count >= 30, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) {
            size = webp(bytes)
        } else {
            size = svg(bytes)
        }
        guard let size, (1...maximumSide).contains(size.width), (1...maximumSide).contains(size.height) else { return nil }
        return size
    }

    private static func png(_ bytes: [UInt8]) -> ImageSize? {
        guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        return ImageSize(width: big32(bytes, 16), height: big32(bytes, 20))
    }

    /// Walks the markers up to the first start of frame (SOF0–SOF15 but DHT, JPG and DAC).
    private static func jpeg(_ bytes: [UInt8]) -> ImageSize? {
        var index = 2
        while index + 4 <= bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF {
                index += 1
                continue
            }
            // Markers without a length: TEM, RST0–7, SOI, EOI.
            if marker == 0x01 || (0xD0...0xD9).contains(marker) {
                index += 2
                continue
            }
            let length = big16(bytes, index + 2)
            guard length >= 2 else { return nil }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard index + 9 <= bytes.count else { return nil }
                return ImageSize(width: big16(bytes, index + 7), height: big16(bytes, index + 5))
            }
            if marker == 0xDA { return nil }
            index += 2 + length
        }
        return nil
    }

    private static func webp(_ bytes: [UInt8]) -> ImageSize? {
        let chunk = String(decoding: bytes[12..<16], as: UTF8.self)
        switch chunk {
        case "VP8 ":
            // A key frame: start code 9D 01 2A, then 14-bit width and height.
            guard bytes[23] == 0x9D, bytes[24] == 0x01, bytes[25] == 0x2A else { return nil }
            return ImageSize(width: little16(bytes, 26) & 0x3FFF, height: little16(bytes, 28) & 0x3FFF)
        case "VP8L":
            guard bytes[20] == 0x2F else { return nil }
            let bits = UInt32(bytes[21]) | UInt32(bytes[22]) << 8 | UInt32(bytes[23]) << 16 | UInt32(bytes[24]) << 24
            return ImageSize(width: Int(bits & 0x3FFF) + 1, height: Int((bits >> 14) & 0x3FFF) + 1)
        case "VP8X":
            let width = Int(bytes[24]) | Int(bytes[25]) << 8 | Int(bytes[26]) << 16
            let height = Int(bytes[27]) | Int(bytes[28]) << 8 | Int(bytes[29]) << 16
            return ImageSize(width: width + 1, height: height + 1)
        default:
            return nil
        }
    }

    /// The root `<svg …>` element's `width` and `height` (plain numbers or `px`), else its
    /// `viewBox`'s.
    private static func svg(_ bytes: [UInt8]) -> ImageSize? {
        let text = String(decoding: bytes.prefix(64 * 1024), as: UTF8.self)
        guard let start = text.range(of: "<svg"), let end = text[start.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = String(text[start.upperBound..<end])
        func attribute(_ name: String) -> String? {
            for quote in ["\"", "'"] {
                for prefix in [" ", "\n", "\t", "\r"] {
                    guard let range = tag.range(of: prefix + name + "=" + quote) else { continue }
                    guard let close = tag[range.upperBound...].firstIndex(of: Character(quote)) else { return nil }
                    return String(tag[range.upperBound..<close]).trimmingCharacters(in: .whitespaces)
                }
            }
            return nil
        }
        func pixels(_ value: String?) -> Int? {
            guard var value else { return nil }
            if value.hasSuffix("px") { value.removeLast(2) }
            guard let number = Double(value), number.isFinite, number >= 1, number <= Double(maximumSide) else { return nil }
            return Int(number.rounded())
        }
        if let width = pixels(attribute("width")), let height = pixels(attribute("height")) {
            return ImageSize(width: width, height: height)
        }
        let box = (attribute("viewBox") ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        guard box.count == 4, let width = pixels(String(box[2])), let height = pixels(String(box[3])) else { return nil }
        return ImageSize(width: width, height: height)
    }

    private static func big16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) << 8 | Int(bytes[at + 1]) }
    private static func little16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    private static func big32(_ bytes: [UInt8], _ at: Int) -> Int {
        Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
    }
}
