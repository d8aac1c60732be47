import FlyingSocks

extension ConnectionReader {
    /// Reads the next request head: the request line and the header lines, up to the empty line,
    /// which is consumed. Empty lines before the request line are skipped (RFC 9112 §2.2); lines
    /// may end in CRLF or LF. Every byte is looked at once, and reading stops as soon as a limit
    /// is passed: `414` when the request line is longer than `limits.requestLineBytes`, `431`
    /// when the head is longer than `limits.headBytes`. Returns `nil` when the peer closed the
    /// connection between requests.
    mutating func readRequestHead(limits: ServerLimits) async throws -> [UInt8]? {
        var scanned = 0
        var lineStart = 0
        var requestStart = 0
        var inRequestLine = true
        while true {
            let bytes = unread
            let base = bytes.startIndex
            while scanned < bytes.count {
                if bytes[base + scanned] == UInt8(ascii: "\n") {
                    var lineEnd = scanned
                    if lineEnd > lineStart, bytes[base + lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                    if lineEnd == lineStart {
                        if inRequestLine {
                            requestStart = scanned + 1
                        } else {
                            let head = Array(bytes[(base + requestStart)..<(base + lineStart)])
                            consume(scanned + 1)
                            return head
                        }
                    }
                    inRequestLine = inRequestLine && lineEnd == lineStart
                    lineStart = scanned + 1
                }
                scanned += 1
                if inRequestLine, scanned - requestStart > limits.requestLineBytes {
                    throw RequestRejection(
                        .uriTooLong, "The request line is longer than \(limits.requestLineBytes) bytes; use a shorter address.")
                }
                if scanned > limits.headBytes {
                    throw RequestRejection(
                        .requestHeaderFieldsTooLarge, "The request head is longer than \(limits.headBytes) bytes.")
                }
            }
            do {
                try await fill()
            } catch SocketError.disconnected where scanned == requestStart {
                return nil
            }
        }
    }
}
