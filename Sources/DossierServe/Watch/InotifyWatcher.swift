#if canImport(Glibc)
    import Foundation
    import Glibc

    /// Watches a dossier with Linux inotify: one watch on the dossier folder (for `site.yml`,
    /// `content/` and `templates/` themselves) and one on every folder below `content/` and
    /// `templates/`, renewed whenever folders appear or move. Events are read on a thread of its own.
    final class InotifyWatcher: FileEventSource, @unchecked Sendable {
        // `folders` is filled in `init`, then touched only by the reading thread.
        private let root: URL
        private let descriptor: Int32
        private let wakeUp: (read: Int32, write: Int32)
        private let stopped = Locked(false)
        private let onChange: @Sendable (String) -> Void
        private var folders: [Int32: String] = [:]

        private static let treeEvents = UInt32(
            IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE)
        private static let rootEvents = UInt32(IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE)

        /// Starts watching `root`, or returns `nil` when inotify is not available (then poll instead).
        init?(root: URL, onChange: @escaping @Sendable (String) -> Void) {
            let descriptor = inotify_init1(Int32(IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            var ends: [Int32] = [0, 0]
            guard pipe(&ends) == 0 else {
                close(descriptor)
                return nil
            }
            self.root = root.standardizedFileURL
            self.descriptor = descriptor
            self.wakeUp = (ends[0], ends[1])
            self.onChange = onChange
            let rootWatch = inotify_add_watch(descriptor, self.root.path, Self.rootEvents | UInt32(IN_ONLYDIR))
            guard rootWatch >= 0 else {
                [descriptor, ends[0], ends[1]].forEach { _ = close($0) }
                return nil
            }
            folders = [rootWatch: ""]
            renewWatches()
        }

        func start() {
            let thread = Thread { [self] in readEvents() }
            thread.name = "dossier.serve.inotify"
            thread.start()
        }

        func stop() {
            let first = stopped.update { stopped in
                defer { stopped = true }
                return !stopped
            }
            guard first else { return }
            var byte: UInt8 = 1
            _ = write(wakeUp.write, &byte, 1)
            close(wakeUp.write)
        }

        /// Waits for events until `stop()`, then closes the descriptors.
        private func readEvents() {
            defer {
                close(descriptor)
                close(wakeUp.read)
            }
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                var waiting = [
                    pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                    pollfd(fd: wakeUp.read, events: Int16(POLLIN), revents: 0),
                ]
                guard poll(&waiting, 2, -1) >= 0 || errno == EINTR else { return }
                if waiting[1].revents != 0 { return }
                guard waiting[0].revents != 0 else { continue }
                let count = read(descriptor, &buffer, buffer.count)
                guard count > 0 else {
                    if count < 0, errno == EINTR { continue }
                    return
                }
                handle(buffer[0..<count])
            }
        }

        /// Parses a buffer of `inotify_event` records and reports the relevant ones.
        private func handle(_ bytes: ArraySlice<UInt8>) {
            var offset = bytes.startIndex
            var needsRenewal = false
            while offset + 16 <= bytes.endIndex {
                let (watch, mask, length) = bytes.withUnsafeBytes { raw in
                    let start = offset - bytes.startIndex
                    return (
                        raw.loadUnaligned(fromByteOffset: start, as: Int32.self),
                        raw.loadUnaligned(fromByteOffset: start + 4, as: UInt32.self),
                        Int(raw.loadUnaligned(fromByteOffset: start + 12, as: UInt32.self))
                    )
                }
                let nameBytes = bytes[(offset + 16)..<min(offset + 16 + length, bytes.endIndex)].prefix { $0 != 0 }
                offset += 16 + length
                needsRenewal = report(watch: watch, mask: mask, name: String(decoding: nameBytes, as: UTF8.self)) || needsRenewal
            }
            if needsRenewal { renewWatches() }
        }

        /// Reports one event; returns whether the set of watched folders may have changed.
        private func report(watch: Int32, mask: UInt32, name: String) -> Bool {
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                onChange("*")
                return true
            }
            if mask & UInt32(IN_IGNORED) != 0 {
                folders.removeValue(forKey: watch)
                return false
            }
            guard let folder = folders[watch], WatchedPaths.isRelevant(name: name) else { return false }
            if folder.isEmpty {
                guard WatchedPaths.topLevel.contains(name) else { return false }
                onChange(name)
                return name != "site.yml"
            }
            onChange(folder + "/" + name)
            return mask & UInt32(IN_ISDIR) != 0
        }

        /// Watches every folder of the trees as they are now and drops the watches of folders gone.
        /// Each folder is watched before it is listed, so a subfolder made meanwhile (`mkdir -p`)
        /// is either listed here or reported by the watch, never missed.
        private func renewWatches() {
            var renewed: [Int32: String] = [:]
            for (watch, folder) in folders where folder.isEmpty { renewed[watch] = folder }
            WatchedPaths.visitFolders(under: root) { folder in
                let watch = inotify_add_watch(descriptor, root.path + "/" + folder, Self.treeEvents | UInt32(IN_ONLYDIR))
                if watch >= 0 { renewed[watch] = folder }
            }
            for watch in folders.keys where renewed[watch] == nil { inotify_rm_watch(descriptor, watch) }
            folders = renewed
        }
    }
#endif
