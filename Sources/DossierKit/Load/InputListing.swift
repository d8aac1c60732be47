/// The files found below some folders of the dossier, and the problems met listing them (a folder
/// that cannot be opened, a symbolic link out of the dossier, a FIFO, a limit reached).
struct InputListing: Sendable {
    /// The files that may be read, sorted by path.
    var files: [InputFile] = []
    /// Errors at the paths that were not listed.
    var problems: [Diagnostic] = []
}
