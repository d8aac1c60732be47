/// A locator map (`map`: `svg_html`, `summary`), drawn by `LocatorMap.svg` from the dots and grid
/// it holds.
struct LocatorMapView: Picture {
    struct Dot: Encodable, Sendable {
        let x: Double
        let y: Double
        let mentions: Int
        let name: String
        let url: SiteLink
        /// Whether the dot is a highlighted place.
        let isCurrent: Bool
    }

    struct GridLine: Encodable, Sendable {
        let position: Double
        let label: String
    }

    let id: String
    let title: String
    let height: Double
    let parallels: [GridLine]
    let meridians: [GridLine]
    let peakMentions: Int
    /// The dots, in the order they are chosen (highlighted first).
    let dots: [Dot]
    /// Whether one place is highlighted (it is then the page's own).
    let marksOnePage: Bool
    let summary: String

    func templateData(in context: TemplateData.Context) -> Any {
        let data: [String: Any] = ["svg_html": LocatorMap.svg(self, root: context.root), "summary": summary]
        return data
    }
}
