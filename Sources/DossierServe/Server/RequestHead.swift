import FlyingFox

/// A request's line and headers, parsed strictly (RFC 9112): anything a browser never sends and
/// that two readers could understand differently is refused with `400` rather than guessed at.
struct RequestHead: Sendable {
    let method: HTTPMethod
    let version: HTTPVersion
    /// The request target as sent (`/path?query`), visible ASCII only.
    let target: String
    let headers: HTTPHeaders
    /// The body's length from `Content-Length` (0 without one).
    let bodyLength: Int

    /// Whether the connection stays open after the answer (RFC 9112 §9.3).
    var keepsAlive: Bool {
        let tokens = (headers[.connection] ?? "").lowercased().split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        return version == .http11 ? !tokens.contains("close") : tokens.contains("keep-alive")
    }

    /// Parses `head`, the lines up to (not including) the empty line.
    static func parse(_ head: [UInt8]) throws(RequestRejection) -> RequestHead {
        var lines = head.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let requestLine = lines.first else { throw RequestRejection(.badRequest, "The request line is missing.") }
        let parts = requestLine.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isTokenByte),
            !parts[1].isEmpty, parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F })
        else {
            throw RequestRejection(.badRequest, "The request line is not 'METHOD /path HTTP/1.1'.")
        }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            let looksLikeHTTP = version.hasPrefix("HTTP/") && version.count == 8
            throw RequestRejection(
                looksLikeHTTP ? .httpVersionNotSupported : .badRequest, "Only HTTP/1.1 and HTTP/1.0 are served.")
        }
        var headers = HTTPHeaders()
        var hosts = 0
        var lengths: [String] = []
        for line in lines.dropFirst() {
            let (name, value) = try field(line)
            switch name.lowercased() {
            case "host": hosts += 1
            case "content-length": lengths.append(value)
            case "transfer-encoding":
                throw RequestRejection(.notImplemented, "Request bodies with Transfer-Encoding are not accepted.")
            default: break
            }
            headers.addValue(value, for: HTTPHeader(name))
        }
        guard hosts <= 1 else { throw RequestRejection(.badRequest, "The request has more than one Host header.") }
        guard hosts == 1 || version != "HTTP/1.1" else {
            throw RequestRejection(.badRequest, "An HTTP/1.1 request needs a Host header.")
        }
        return RequestHead(
            method: HTTPMethod(String(decoding: parts[0], as: UTF8.self)), version: HTTPVersion(version),
            target: String(decoding: parts[1], as: UTF8.self), headers: headers, bodyLength: try bodyLength(lengths))
    }

    /// One `name: value` line; no space before the colon, no folded lines, no control characters.
    private static func field(_ line: ArraySlice<UInt8>) throws(RequestRejection) -> (String, String) {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
            line[..<colon].allSatisfy(isTokenByte)
        else {
            throw RequestRejection(.badRequest, "A header line is not 'Name: value'.")
        }
        var value = line[(colon + 1)...]
        while let first = value.first, first == 0x20 || first == 0x09 { value = value.dropFirst() }
        while let last = value.last, last == 0x20 || last == 0x09 { value = value.dropLast() }
        guard value.allSatisfy({ $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }) else {
            throw RequestRejection(.badRequest, "A header value holds a control character.")
        }
        return (String(decoding: line[..<colon], as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    /// The body length all `Content-Length` headers agree on.
    private static func bodyLength(_ values: [String]) throws(RequestRejection) -> Int {
        guard let first = values.first else { return 0 }
        guard values.allSatisfy({ $0 == first }), first.count <= 18, !first.isEmpty, first.allSatisfy(\.isASCIIDigit),
            let length = Int(first)
        else {
            throw RequestRejection(.badRequest, "The Content-Length header is not one number.")
        }
        return length
    }

    /// Whether `byte` may be part of a method or header name (RFC 9110 §5.6.2 `tchar`).
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"):
            true
        default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
