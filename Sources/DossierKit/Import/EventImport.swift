import Foundation

/// `dossier import ucdp|acled FILE.csv`: a dataset's events into a dossier (see `ImportPlan`).
///
/// Writes only inside the dossier's `content/` folders (never through a symbolic link), each file
/// whole (written beside and renamed into place). A file that exists is replaced only when it says
/// it was imported and is as the import wrote it; a file someone edited, or wrote, is kept and
/// reported. A dossier folder without `site.yml` gets one, so a new dossier builds at once.
public enum EventImport {
    /// What an import did.
    public struct Report: Sendable {
        public var events = 0
        /// Paths written that were not there, rewritten, and already as the import would write them.
        public var created: [String] = []
        public var updated: [String] = []
        public var unchanged = 0
        /// Files kept as they are: edited since the import (or written by hand), and why.
        public var kept: [(path: String, reason: String)] = []
        /// Rows left out, with their line in the CSV file.
        public var skipped: [String] = []
        public var skippedCount = 0
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Imports `file` (a `dataset` CSV file) into the dossier at `root`; `progress` hears the
    /// fraction of the file read.
    public static func run(
        _ dataset: EventDataset, file: URL, into root: URL, progress: ((Double) -> Void)? = nil
    ) throws(Failure) -> Report {
        let data: Data
        switch RegularFile.read(file.path, limit: CSVTable.byteLimit) {
        case .success(let read): data = read
        case .failure(let problem): throw Failure(description: "\(file.path) \(problem.reason)")
        }
        let table: CSVTable
        do {
            table = try CSVTable(data) { read in progress?(Double(read) / Double(max(1, data.count))) }
        } catch {
            throw Failure(description: "\(file.path):\(error.line): error: \(error.message)")
        }
        let (events, problems) = dataset.events(of: table)
        guard !events.isEmpty else {
            let why = problems.first.map { "\(file.path):\($0.line): error: \($0.message)" }
            throw Failure(description: why ?? "\(file.path): error: the file has no events")
        }
        var report = Report()
        report.events = events.count
        report.skipped = problems.map { "\(file.path):\($0.line): warning: \($0.message); the row is left out" }
        report.skippedCount = table.rows.count - events.count
        try checkFolder(root, "")
        for folder in ["content", "content/places", "content/entities", "content/timeline"] {
            try checkFolder(root.appendingPathComponent(folder), folder)
        }
        let existing = (
            places: Self.existing(in: root.appendingPathComponent("content/places")),
            entities: Self.existing(in: root.appendingPathComponent("content/entities"))
        )
        let plan = ImportPlan(dataset: dataset, events: events, existing: existing)
        var files = plan.files
        if !FileManager.default.fileExists(atPath: root.appendingPathComponent("site.yml").path) {
            files.append(
                .init(
                    path: "site.yml",
                    text: "title: \(JSONText.encode("\(dataset.title) events"))\nlanguage: en\n"
                        + "description: \(JSONText.encode("Events imported from \(dataset.title) with dossier import."))\n"))
        }
        for file in files { try write(file, in: root, &report) }
        return report
    }

    /// The ids of the files under `folder` (one level of sub-folders deep, as `dossier` reads them),
    /// and the marker key of each the import wrote.
    static func existing(in folder: URL) -> ImportPlan.Existing {
        var found = ImportPlan.Existing()
        guard
            let walker = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
                options: [.skipsHiddenFiles])
        else { return found }
        var seen = 0
        for case let url as URL in walker where url.pathExtension == "md" {
            seen += 1
            guard seen <= InputLimits.entries else { break }
            let stem = url.deletingPathExtension().lastPathComponent
            // A translation (`x.ru.md`) has its original's id.
            let id = String(stem.split(separator: ".").first ?? Substring(stem))
            found.takenIDs.insert(id)
            guard case .success(let data) = RegularFile.read(url.path, limit: 4096, prefix: true),
                let marker = ImportPlan.readMarker(String(decoding: data, as: UTF8.self) + "\n")
            else { continue }
            found.idsByKey[marker.key] = id
        }
        return found
    }

    /// Fails unless `url` is a folder (or nothing yet), not a symbolic link.
    private static func checkFolder(_ url: URL, _ name: String) throws(Failure) {
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw Failure(
                description:
                    "\(name.isEmpty ? url.path : name) is \(RegularFile.kind(of: status.st_mode)), not a folder; the import writes only into the dossier's own folders"
            )
        }
    }

    private static func write(_ file: ImportPlan.File, in root: URL, _ report: inout Report) throws(Failure) {
        let url = root.appendingPathComponent(file.path)
        switch RegularFile.read(url.path, limit: InputLimits.contentFileBytes) {
        case .success(let data):
            let text = String(decoding: data, as: UTF8.self)
            if text == file.text {
                report.unchanged += 1
                return
            }
            guard file.path != "site.yml" else { return }
            guard let marker = ImportPlan.readMarker(text) else {
                report.kept.append((file.path, "it was not written by an import"))
                return
            }
            guard marker.unedited else {
                report.kept.append((file.path, "it was edited since it was imported"))
                return
            }
            report.updated.append(file.path)
        case .failure(.missing):
            report.created.append(file.path)
        case .failure(let problem):
            report.kept.append((file.path, "it \(problem.reason)"))
            return
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url, options: .atomic)
        } catch {
            throw Failure(description: "\(file.path): error: cannot be written (\(error.localizedDescription))")
        }
    }
}
