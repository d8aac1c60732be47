/// One frame from a tab, unmasked, with the limits of RFC 6455 §5 checked as it is read.
struct WebSocketFrame: Sendable {
    /// Whether this frame ends its message.
    let fin: Bool
    /// 0x0 continuation, 0x1 text, 0x2 binary, 0x8 close, 0x9 ping, 0xA pong.
    let opcode: UInt8
    let payload: [UInt8]

    /// Whether this is a control frame (close, ping, pong).
    var isControl: Bool { opcode >= 0x8 }

    /// Why a tab's socket is closed: the status code sent in the close frame, and what was wrong.
    struct Violation: Error, Equatable {
        /// 1002 protocol error or 1009 message too big.
        let code: UInt16
        let reason: String

        static func protocolError(_ reason: String) -> Violation { Violation(code: 1002, reason: reason) }
        static func tooBig(_ limit: Int) -> Violation { Violation(code: 1009, reason: "a message longer than \(limit) bytes") }
    }
}

extension ConnectionReader {
    /// Reads the next frame from a client. The length is checked against `maxPayload` before any
    /// of the payload is read, so a frame announcing gigabytes costs nothing; client frames must
    /// be masked and carry no reserved bits, control frames must be whole and at most 125 bytes.
    mutating func readFrame(maxPayload: Int) async throws -> WebSocketFrame {
        let header = try await read(exactly: 2)
        let fin = header[0] & 0x80 != 0
        let opcode = header[0] & 0x0F
        guard header[0] & 0x70 == 0 else { throw WebSocketFrame.Violation.protocolError("reserved bits set") }
        guard [0x0, 0x1, 0x2, 0x8, 0x9, 0xA].contains(opcode) else {
            throw WebSocketFrame.Violation.protocolError("unknown opcode \(opcode)")
        }
        guard header[1] & 0x80 != 0 else { throw WebSocketFrame.Violation.protocolError("an unmasked client frame") }
        var length = UInt64(header[1] & 0x7F)
        if length == 126 {
            length = try await read(exactly: 2).reduce(0) { $0 << 8 | UInt64($1) }
        } else if length == 127 {
            length = try await read(exactly: 8).reduce(0) { $0 << 8 | UInt64($1) }
        }
        if opcode >= 0x8, !fin || length > 125 {
            throw WebSocketFrame.Violation.protocolError("a fragmented or long control frame")
        }
        guard length <= UInt64(maxPayload) else { throw WebSocketFrame.Violation.tooBig(maxPayload) }
        let mask = try await read(exactly: 4)
        var payload = try await read(exactly: Int(length))
        for index in payload.indices { payload[index] ^= mask[index & 3] }
        return WebSocketFrame(fin: fin, opcode: opcode, payload: payload)
    }
}
