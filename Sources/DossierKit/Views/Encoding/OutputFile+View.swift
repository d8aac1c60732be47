import Foundation

extension OutputFile.Prepared {
    /// A file made from `view` by `make`: its fingerprint is the view's digest.
    static func made<View: Encodable>(from view: View, _ make: @escaping () throws(DossierError) -> Data) -> Self {
        Self(fingerprint: ViewDigest.of(view), make: make)
    }
}
