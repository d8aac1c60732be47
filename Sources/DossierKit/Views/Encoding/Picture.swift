/// A picture Dossier draws (an activity strip, a locator map, the timeline overview): the values it
/// is drawn from, as stored properties, and how templates get it.
protocol Picture: Encodable, Sendable {
    /// What templates see of the picture on a page rendered in `context` (drawn from the stored
    /// properties alone).
    func templateData(in context: TemplateData.Context) -> Any
}

/// A picture in a view: templates get it drawn, the fingerprint gets the digest of what it is
/// drawn from (its stored properties, encoded), so the two cannot disagree.
struct Drawn<Drawing: Picture>: TemplateRepresentable, Sendable {
    let picture: Drawing

    init(_ picture: Drawing) {
        self.picture = picture
    }

    func templateData(in context: TemplateData.Context) -> Any { picture.templateData(in: context) }

    var viewDigest: ContentHash { ViewDigest.of(picture) }
}
