import Foundation

/// Opens a URL in the user's browser (`xdg-open` on Linux, `open` on macOS).
enum BrowserOpener {
    /// Opens `url`; returns `false` when no opener could be started.
    static func open(_ url: URL) -> Bool {
        #if os(macOS)
            let candidates = ["/usr/bin/open"]
        #else
            let candidates = ["/usr/bin/xdg-open", "/usr/local/bin/xdg-open"]
        #endif
        guard let tool = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [url.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            return true
        } catch {
            return false
        }
    }
}
