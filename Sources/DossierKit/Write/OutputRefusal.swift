/// Why the site must not be written to the output folder it was given: the dossier itself or one of
/// its own folders, `/`, the home folder, a folder of files Dossier did not write, a path through a
/// link out of the dossier. A problem with the command line rather than with the content, so the
/// command line tells it apart by its type (and exits with status 2, a usage error).
public struct OutputRefusal: Error, Sendable, CustomStringConvertible {
    /// What was refused and what to do instead: "refusing to write the site to …: …; choose another
    /// folder with --output".
    public let message: String

    /// Creates a refusal.
    init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
