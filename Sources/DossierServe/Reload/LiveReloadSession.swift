/// One tab's live-reload socket after the upgrade. A writer sends what the broadcaster queues
/// (builds, pongs, the closing frame), each write within the idle timeout; a reader takes the
/// tab's frames within the limits: messages (fragments added up) of at most
/// `webSocketMessageBytes`, whose contents are ignored, pings answered through the same bounded
/// queue, and on any violation a close frame (1009 or 1002) and the end of the connection.
struct LiveReloadSession {
    let broadcaster: ReloadBroadcaster
    let limits: ServerLimits

    /// Which side of the session ended first.
    private enum Side { case reader, writer }

    /// Runs until the tab closes, breaks the rules, stops reading, or the server stops; the caller
    /// closes the socket.
    func run(_ reader: ConnectionReader) async {
        let (id, outgoing, send) = await broadcaster.connect()
        let socket = reader.socket
        let (limit, timeout) = (limits.webSocketMessageBytes, limits.idleTimeout)
        await withTaskGroup(of: Side.self) { group in
            group.addTask {
                for await message in outgoing {
                    do {
                        try await withTimeLimit(timeout) { try await socket.write(message.frame) }
                    } catch {
                        return .writer
                    }
                    if case .close = message { return .writer }
                }
                return .writer
            }
            group.addTask { [broadcaster] in
                var reader = reader
                if let code = await Self.readFrames(from: &reader, limit: limit, send: send) { send.yield(.close(code)) }
                await broadcaster.disconnect(id)
                return .reader
            }
            // Once the writer is done nothing more can be sent: stop reading. Once the reader is
            // done, let the writer send the closing frame (its writes are time-limited).
            if await group.next() == .writer { group.cancelAll() }
            await group.waitForAll()
        }
        await broadcaster.disconnect(id)
    }

    /// Reads frames until the tab closes (returns 1000), breaks a limit (1009) or the protocol
    /// (1002), or the connection ends (`nil`: nothing to answer).
    private static func readFrames(
        from reader: inout ConnectionReader, limit: Int, send: AsyncStream<WebSocketOutgoing>.Continuation
    ) async -> UInt16? {
        var openMessage: Int?
        while true {
            let frame: WebSocketFrame
            do {
                frame = try await reader.readFrame(maxPayload: limit)
            } catch let violation as WebSocketFrame.Violation {
                return violation.code
            } catch {
                return nil
            }
            switch frame.opcode {
            case 0x1, 0x2:
                guard openMessage == nil else { return WebSocketFrame.Violation.protocolError("").code }
                openMessage = frame.fin ? nil : frame.payload.count
            case 0x0:
                guard let sofar = openMessage else { return WebSocketFrame.Violation.protocolError("").code }
                let total = sofar + frame.payload.count
                guard total <= limit else { return WebSocketFrame.Violation.tooBig(limit).code }
                openMessage = frame.fin ? nil : total
            case 0x9: send.yield(.pong(frame.payload))
            case 0x8: return 1000
            default: break
            }
        }
    }
}
