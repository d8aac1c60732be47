import FlyingSocks

/// The bytes of one connection, read through a buffer: the request head, a body, and after an
/// upgrade the WebSocket frames all come from it, so nothing read past one of them is lost.
/// It holds at most what its caller asked for plus one socket read.
struct ConnectionReader {
    /// How much one read from the socket takes at most.
    static let chunk = 4096

    let socket: AsyncSocket
    private var buffer: [UInt8] = []
    private var start = 0

    init(socket: AsyncSocket) {
        self.socket = socket
    }

    /// The bytes received and not consumed yet.
    var unread: ArraySlice<UInt8> { buffer[start...] }

    /// Reads once more from the socket, appending to `unread`; throws `SocketError.disconnected`
    /// when the peer has closed.
    mutating func fill() async throws {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        buffer += try await socket.read(atMost: Self.chunk)
    }

    /// Drops the first `count` unread bytes.
    mutating func consume(_ count: Int) {
        precondition(count <= buffer.count - start)
        start += count
    }

    /// The next `count` bytes, reading until they are there (callers bound `count`).
    mutating func read(exactly count: Int) async throws -> [UInt8] {
        while buffer.count - start < count { try await fill() }
        let bytes = Array(buffer[start..<start + count])
        consume(count)
        return bytes
    }
}
