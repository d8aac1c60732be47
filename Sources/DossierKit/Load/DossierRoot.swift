import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The dossier folder as the system knows it, and the rule for what of it may be read: a path
/// whose symbolic links all resolve inside the dossier folder, to no hidden file or folder. Nothing
/// outside (`/proc`, `/etc`, a home folder) is ever opened, so nothing of it can be published or
/// echoed in a message.
struct DossierRoot: Sendable {
    /// The real path of the dossier folder (symbolic links resolved).
    let realPath: String

    /// The dossier folder at `root`.
    init(_ root: URL) {
        let path = root.standardizedFileURL.path
        if let real = realpath(path, nil) {
            realPath = String(cString: real)
            free(real)
        } else {
            realPath = path
        }
    }

    /// The real path and mode (`S_IFDIR`, `S_IFREG`, …) of `relative` (a path relative to the
    /// dossier folder, such as `content/articles` or `site.yml`), following symbolic links that stay
    /// inside; `nil` when nothing is there; an error at the first component that leaves the dossier.
    func resolve(_ relative: String) -> Result<(path: String, mode: mode_t)?, Diagnostic> {
        var real = realPath
        var shown = ""
        for component in relative.split(separator: "/") {
            shown = shown.isEmpty ? String(component) : shown + "/" + component
            let candidate = real + "/" + component
            var status = stat()
            guard lstat(candidate, &status) == 0 else {
                let code = errno
                if code == ENOENT || code == ENOTDIR { return .success(nil) }
                return .failure(
                    .error(
                        "this path cannot be read (\(Self.describe(code))); check its permissions",
                        at: SourceLocation(path: shown)))
            }
            guard status.st_mode & S_IFMT == S_IFLNK else {
                real = candidate
                continue
            }
            switch followLink(candidate, listedAs: shown) {
            case .success(let target): real = target
            case .failure(let problem): return .failure(problem)
            }
        }
        var status = stat()
        guard lstat(real, &status) == 0 else { return .success(nil) }
        return .success((real, status.st_mode))
    }

    /// The file at `relative` (`site.yml`) as an `InputFile` to read, following symbolic links that
    /// stay inside; `nil` when nothing is there; an error when a link leaves the dossier.
    func file(at relative: String) -> Result<InputFile?, Diagnostic> {
        resolve(relative).map { found in found.map { InputFile(path: relative, resolvedPath: $0.path) } }
    }

    /// The real path of the symbolic link at `path` (listed as `listed`, relative to the dossier),
    /// when it resolves inside the dossier to no hidden file or folder; otherwise an error at `listed`.
    /// The target is never opened before it is known to be inside; link loops end in an error.
    func followLink(_ path: String, listedAs listed: String) -> Result<String, Diagnostic> {
        let location = SourceLocation(path: listed)
        guard let resolved = realpath(path, nil) else {
            let code = errno
            let message =
                switch code {
                case ENOENT, ENOTDIR: "this is a symbolic link to a path that does not exist; fix the link or remove it"
                case ELOOP: "this is a symbolic link that leads back to itself (a loop of links); remove the link"
                default:
                    "this symbolic link cannot be followed (\(Self.describe(code))); check its permissions or remove the link"
                }
            return .failure(.error(message, at: location))
        }
        let target = String(cString: resolved)
        free(resolved)
        let prefix = realPath.hasSuffix("/") ? realPath : realPath + "/"
        guard target == realPath || target.hasPrefix(prefix) else {
            return .failure(
                .error(
                    "this is a symbolic link to a path outside the dossier; Dossier reads only files inside the dossier folder: copy the file in or remove the link",
                    at: location))
        }
        guard !target.dropFirst(prefix.count).split(separator: "/").contains(where: { $0.hasPrefix(".") }) else {
            return .failure(
                .error(
                    "this is a symbolic link to a hidden file or folder (a name starting with '.', such as .git); Dossier reads no hidden files: copy the file in or remove the link",
                    at: location))
        }
        return .success(target)
    }

    /// `strerror`'s words for `code`, in lower case ("permission denied").
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
