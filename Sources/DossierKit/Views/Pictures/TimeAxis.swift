/// The horizontal axis of a picture of time (`ActivityStrip`, `TimelineOverview`): time runs left
/// to right, or right to left on a page in a language written so. Positions are worked out left to
/// right and mirrored here; the pictures are `direction="ltr"`, so that `text-anchor` means the same
/// in both.
struct TimeAxis {
    /// The picture's width.
    let width: Double
    let rightToLeft: Bool

    /// Where a shape `width` wide starting at `x` (from the start of time) is drawn.
    func x(_ x: Double, width shape: Double = 0) -> Double {
        rightToLeft ? width - x - shape : x
    }

    /// A label `text` that starts at `x` and reads away from the start of time.
    func label(_ text: Int, at x: Double, y: Double) -> String {
        let anchor = rightToLeft ? " text-anchor=\"end\"" : ""
        return "<text x=\"\(Markup.number(self.x(x)))\" y=\"\(Markup.number(y))\"\(anchor)>\(text)</text>"
    }
}
