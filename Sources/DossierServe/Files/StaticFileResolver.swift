import DossierKit
import Foundation

/// Decides what a request path is answered with: a file inside the site folder, a redirect to a
/// folder's slash form, or nothing. Only files whose real path (symbolic links resolved) lies inside
/// a site folder written by Dossier are ever returned.
public struct StaticFileResolver: Sendable {
    /// What a request path resolves to.
    public enum Resolution: Equatable, Sendable {
        /// A regular file inside the site folder, by its real absolute path.
        case file(String)
        /// A folder asked for without its trailing slash: redirect (301) to this URL path.
        case redirect(String)
        /// Nothing to serve (missing, hidden, outside the folder, or not a regular file): 404.
        case notFound
        /// A path that is never valid: 400.
        case rejected(RequestPath.Rejection)
    }

    /// The site folder.
    public let root: URL
    /// The dossier whose site it is: its state says whether Dossier wrote the folder.
    public let projectRoot: URL

    /// Creates a resolver for the site in `root`, built from the dossier at `projectRoot`.
    public init(root: URL, projectRoot: URL) {
        self.root = root.standardizedFileURL
        self.projectRoot = projectRoot.standardizedFileURL
    }

    /// Resolves the raw (percent-encoded) path of a request target, without its query.
    public func resolve(rawPath: String) -> Resolution {
        let path: RequestPath
        do {
            path = try RequestPath(raw: rawPath)
        } catch {
            return .rejected(error)
        }
        return resolve(path)
    }

    /// Resolves a decoded request path. Nothing is served from a folder that Dossier did not write
    /// (one its state does not record): `--output ~/Documents` must not publish documents.
    public func resolve(_ path: RequestPath) -> Resolution {
        guard !path.segments.contains(where: { $0.hasPrefix(".") }) else { return .notFound }
        guard let rootPath = realPath(root.path), SiteWriter.wrote(root, projectRoot: projectRoot) else { return .notFound }
        let candidate = ([root.path] + path.segments).joined(separator: "/")
        guard let target = contained(candidate, in: rootPath), let status = FileStatus(path: target) else { return .notFound }
        if status.isDirectory {
            guard path.isFolder else { return .redirect(path.folderURLPath) }
            guard let index = contained(target + "/index.html", in: rootPath), FileStatus(path: index)?.isRegularFile == true
            else { return .notFound }
            return .file(index)
        }
        guard status.isRegularFile, !path.isFolder else { return .notFound }
        return .file(target)
    }

    /// The real path of `path` when it exists and lies inside `rootPath`.
    private func contained(_ path: String, in rootPath: String) -> String? {
        guard let real = realPath(path), real == rootPath || real.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/")
        else { return nil }
        return real
    }
}
