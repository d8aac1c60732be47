import Foundation

/// What the preview sends a tab over its live-reload socket (RFC 6455 frames, unmasked, unfragmented).
enum WebSocketOutgoing: Sendable, Equatable {
    /// A text message, such as `build <token>`.
    case text(String)
    /// The answer to a ping, with its payload.
    case pong([UInt8])
    /// The closing handshake, with a status code (1000 normal, 1001 going away, 1002 protocol
    /// error, 1009 message too big).
    case close(UInt16)

    /// The frame's bytes.
    var frame: Data {
        switch self {
        case .text(let text): Self.frame(opcode: 0x1, payload: Array(text.utf8))
        case .pong(let payload): Self.frame(opcode: 0xA, payload: payload)
        case .close(let code): Self.frame(opcode: 0x8, payload: [UInt8(code >> 8), UInt8(code & 0xFF)])
        }
    }

    private static func frame(opcode: UInt8, payload: [UInt8]) -> Data {
        var bytes: [UInt8] = [0x80 | opcode]
        switch payload.count {
        case ..<126: bytes.append(UInt8(payload.count))
        case ...0xFFFF: bytes += [126, UInt8(payload.count >> 8), UInt8(payload.count & 0xFF)]
        default: bytes += [127] + (0..<8).reversed().map { UInt8((payload.count >> ($0 * 8)) & 0xFF) }
        }
        return Data(bytes + payload)
    }
}
