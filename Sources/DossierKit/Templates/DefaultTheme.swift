import Foundation

/// The theme that ships inside Dossier (a copy of the repository's `templates/`), used by dossiers
/// that have no `templates/` folder of their own.
enum DefaultTheme {
    /// A file of the embedded theme.
    enum EmbeddedFile: Sendable {
        case text(String)
        case base64(String)

        var data: Data {
            switch self {
            case .text(let text): Data(text.utf8)
            case .base64(let encoded): Data(base64Encoded: encoded) ?? Data()
            }
        }
    }

    /// The embedded files by path relative to `templates/`, as bytes.
    static var fileContents: [String: Data] {
        files.mapValues(\.data)
    }
}

extension DefaultTheme {
    /// The built-in theme's templates by name (`partials/event`), as text.
    static var templateTexts: [String: String] {
        Theme.builtIn.templates
    }
}
