import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The folder a site is written to, with symbolic links resolved, checked before anything is
/// written: never the dossier's own files, never a folder Dossier did not write, never a committed
/// link out of the dossier.
struct OutputDestination: Sendable {
    /// The folder's real path (every symbolic link on the way resolved).
    let path: String
    /// Whether the folder is a mount point (`docker run -v …:/site`): it cannot be swapped, so the
    /// site is updated in it instead.
    let isMountPoint: Bool

    /// The folder that holds the output folder.
    var parent: String { (path as NSString).deletingLastPathComponent }
    /// The output folder's own name.
    var name: String { (path as NSString).lastPathComponent }

    /// Resolves and checks `output` for the dossier at `root`; `isDefault` when the user did not
    /// choose it (`public/` inside the dossier). `state` tells which folders Dossier wrote.
    /// `isPreview` for `StateFolder.previewFolder`, the one folder inside the state folder a site may
    /// be written to, and only at that very path.
    static func resolve(
        _ output: URL, root: URL, isDefault: Bool, isPreview: Bool = false, state: StateFolder
    ) throws(OutputRefusal) -> OutputDestination {
        let given = output.standardizedFileURL.path
        func refuse(_ message: String) -> OutputRefusal {
            OutputRefusal("refusing to write the site to \(given): \(message)")
        }
        var linkStatus = stat()
        if isDefault, lstat(given, &linkStatus) == 0, linkStatus.st_mode & S_IFMT == S_IFLNK {
            throw refuse(
                "it is a symbolic link; a dossier's public/ must be a real folder (a link can lead the site anywhere): delete the link, or choose a folder with --output"
            )
        }
        guard let real = realPathOfDeepestAncestor(given) else {
            throw refuse("its path cannot be resolved; choose another folder with --output")
        }
        guard !real.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw refuse("its path holds a control character; choose another folder with --output")
        }
        guard
            let rootReal = realpath(root.standardizedFileURL.path, nil).map({ pointer in
                defer { free(pointer) }
                return String(cString: pointer)
            })
        else { throw refuse("the dossier folder cannot be resolved") }
        let home = realpath(FileManager.default.homeDirectoryForCurrentUser.path, nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        }
        let owned = ["content", "templates", StateFolder.name].map { rootReal + "/" + $0 }
        let preview = rootReal + "/" + StateFolder.name + "/" + StateFolder.previewName
        if isPreview, real != preview {
            throw refuse(
                "the preview folder must be \(preview) itself, not reached through a link; delete \(StateFolder.name)/ and serve again"
            )
        }
        if !(isPreview && real == preview),
            real == "/" || real == home || real == rootReal || rootReal.hasPrefix(real + "/")
                || owned.contains(where: { real == $0 || real.hasPrefix($0 + "/") })
        {
            throw refuse(
                "it would replace the dossier's own files\(real == given ? "" : " (it leads to \(real))"); choose another folder with --output (the default is public/)"
            )
        }
        if isDefault, !real.hasPrefix(rootReal + "/") {
            throw refuse(
                "a symbolic link on its path leads out of the dossier, to \(real); remove the link, or choose a folder with --output"
            )
        }
        var status = stat()
        if lstat(real, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw refuse("it is \(RegularFile.kind(of: status.st_mode)), not a folder; choose another path with --output")
            }
            if !isWrittenByDossier(real, state: state.site(real)) {
                throw refuse(
                    "it holds files that Dossier did not write (or whose record in \(StateFolder.name)/ is gone); empty or delete it, or choose another folder with --output"
                )
            }
        }
        return OutputDestination(path: real, isMountPoint: isMountPoint(real))
    }

    /// Whether the folder at `path` (real) may be replaced: it is empty, or the state records it as
    /// a folder Dossier wrote, or it carries the marker of an earlier version of Dossier (nothing of
    /// which is trusted: the marker only allows replacing the folder).
    static func isWrittenByDossier(_ path: String, state: SiteState) -> Bool {
        guard let identity = FolderIdentity.of(path), let entries = DirectoryEntries.of(path) else { return false }
        if entries.isEmpty { return true }
        return isRecorded(path, identity: identity, state: state) || FileIdentity.of(path + "/" + legacyMarker) != nil
    }

    /// Whether the state records the folder at `path` (real) as one Dossier wrote.
    static func isRecorded(_ path: String, identity: FolderIdentity? = nil, state: SiteState) -> Bool {
        guard let identity = identity ?? FolderIdentity.of(path), let output = state.output() else { return false }
        return output.path == path && (output.site == identity || output.replaced == identity)
    }

    /// The marker file that versions of Dossier before 0.2 kept (and published) in the output folder.
    static let legacyMarker = ".dossier-output"

    /// `path` with its deepest existing ancestor's symbolic links resolved and the rest appended:
    /// `link-to-content/new` is `…/content/new`, even though `new` does not exist yet.
    static func realPathOfDeepestAncestor(_ path: String) -> String? {
        var existing = path
        var rest: [String] = []
        while true {
            if let pointer = realpath(existing, nil) {
                defer { free(pointer) }
                let real = String(cString: pointer)
                return rest.isEmpty ? real : (real == "/" ? "" : real) + "/" + rest.reversed().joined(separator: "/")
            }
            guard errno == ENOENT, existing != "/", !existing.isEmpty else { return nil }
            rest.append((existing as NSString).lastPathComponent)
            existing = (existing as NSString).deletingLastPathComponent
        }
    }

    /// Whether the folder at `path` is a mount point: on another device than its parent, or listed
    /// as one in `/proc/self/mountinfo` (a bind mount from the same device).
    static func isMountPoint(_ path: String) -> Bool {
        var own = stat()
        var parent = stat()
        guard lstat(path, &own) == 0 else { return false }
        if lstat((path as NSString).deletingLastPathComponent, &parent) == 0, own.st_dev != parent.st_dev { return true }
        guard case .success(let data) = RegularFile.read("/proc/self/mountinfo", limit: 16 * 1024 * 1024) else {
            return false
        }
        // Each line: id parent major:minor root mount-point options…, with spaces and the like as \040.
        for line in data.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: " "), maxSplits: 5)
            guard fields.count > 4 else { continue }
            if unescapeMountPath(fields[4]) == path { return true }
        }
        return false
    }

    /// A mount point as `mountinfo` writes it, with `\ooo` octal escapes decoded.
    private static func unescapeMountPath(_ field: Data.SubSequence) -> String {
        var bytes: [UInt8] = []
        var index = field.startIndex
        while index < field.endIndex {
            if field[index] == UInt8(ascii: "\\"), field.distance(from: index, to: field.endIndex) >= 4,
                let value = UInt8(String(decoding: field[(index + 1)..<(index + 4)], as: UTF8.self), radix: 8)
            {
                bytes.append(value)
                index += 4
            } else {
                bytes.append(field[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
