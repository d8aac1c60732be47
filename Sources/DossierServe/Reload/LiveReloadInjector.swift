import DossierKit
import Foundation

/// Adds the live-reload script (and, after a failed build, the error overlay) to an HTML page on
/// its way to the browser. Works on the bytes in memory; nothing is ever written to the site folder.
public enum LiveReloadInjector {
    /// The WebSocket path the script connects to.
    public static let socketPath = "/__dossier/live-reload"

    /// The attribute that marks the injected script, so tests can tell whether a page carries it.
    public static let marker = "data-dossier-live-reload"

    /// The script for a page served at build `build`: it connects to the server and reloads the
    /// page when the server announces a different build (on connecting, and after every rebuild);
    /// when the connection drops it tries again every second, so a restarted server is picked up.
    public static func script(build: String) -> String {
        """
        <script \(marker)>
        (() => {
          const build = "\(HTMLEscaping.escape(build))";
          function connect() {
            const socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "\(socketPath)");
            socket.onmessage = (event) => { if (event.data !== "build " + build) location.reload(); };
            socket.onclose = () => setTimeout(connect, 1000);
          }
          connect();
        })();
        </script>
        """
    }

    /// `html` with `snippet` inserted before the last `</body>` (or appended when there is none).
    public static func inject(_ snippet: String, into html: Data) -> Data {
        let bytes = [UInt8](html)
        let insertion = Array(snippet.utf8) + [UInt8(ascii: "\n")]
        guard let index = lastBodyClose(in: bytes) else { return Data(bytes + insertion) }
        return Data(bytes[..<index] + insertion + bytes[index...])
    }

    /// The index of the last `</body` in `bytes`, any case.
    private static func lastBodyClose(in bytes: [UInt8]) -> Int? {
        let needle = Array("</body".utf8)
        guard bytes.count >= needle.count else { return nil }
        for start in stride(from: bytes.count - needle.count, through: 0, by: -1) {
            var matches = true
            for offset in 0..<needle.count where lowercased(bytes[start + offset]) != needle[offset] {
                matches = false
                break
            }
            if matches { return start }
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
