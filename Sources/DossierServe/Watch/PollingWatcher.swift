import Foundation

/// Watches a dossier by comparing snapshots of its files (size, inode, modification time) at a
/// fixed interval: slower than inotify but works everywhere, including network and container mounts.
final class PollingWatcher: FileEventSource, @unchecked Sendable {
    // `snapshot` is touched only on `queue`.
    private let root: URL
    private let queue = DispatchQueue(label: "dossier.serve.polling")
    private let timer: DispatchSourceTimer
    private let interval: Duration
    private let onChange: @Sendable (String) -> Void
    private var snapshot: [String: FileStatus]

    /// Records the files as they are now; `start()` begins comparing.
    init(root: URL, interval: Duration, onChange: @escaping @Sendable (String) -> Void) {
        self.root = root.standardizedFileURL
        self.interval = interval
        self.onChange = onChange
        self.timer = DispatchSource.makeTimerSource(queue: queue)
        self.snapshot = Self.snapshot(of: self.root)
    }

    func start() {
        timer.schedule(deadline: .now() + interval.dispatchInterval, repeating: interval.dispatchInterval)
        timer.setEventHandler { [self] in compare() }
        timer.resume()
    }

    func stop() {
        timer.cancel()
    }

    private func compare() {
        let now = Self.snapshot(of: root)
        for path in Set(now.keys).union(snapshot.keys) where now[path] != snapshot[path] {
            onChange(path)
        }
        snapshot = now
    }

    /// `site.yml` and every file of the watched trees, by path relative to `root`.
    static func snapshot(of root: URL) -> [String: FileStatus] {
        var files: [String: FileStatus] = [:]
        files["site.yml"] = FileStatus(path: root.path + "/site.yml")
        for folder in WatchedPaths.folders(under: root) {
            files[folder] = FileStatus(path: root.path + "/" + folder).map { folder in
                var status = folder
                status.modifiedNanoseconds = 0
                return status
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path + "/" + folder)) ?? []
            for name in names where WatchedPaths.isRelevant(name: name) {
                let path = folder + "/" + name
                if let status = FileStatus(path: root.path + "/" + path), !status.isDirectory { files[path] = status }
            }
        }
        return files
    }
}
