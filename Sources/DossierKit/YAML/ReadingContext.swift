/// One front matter (or `site.yml`, or timeline event) being read: how positions are reported, and
/// the problems found so far. A field that cannot be read is recorded here and reading goes on, so
/// every problem in a file is reported at once.
final class ReadingContext {
    /// Turns YAML positions into file positions.
    let decoder: FrontMatterDecoder
    /// Where a problem is reported when it has no position of its own: a required field missing at
    /// the top, or a value that came in through a `<<` merge.
    let fallback: SourceLocation
    /// Every problem recorded, in the order met.
    private(set) var problems: [Diagnostic] = []

    init(decoder: FrontMatterDecoder, fallback: SourceLocation) {
        self.decoder = decoder
        self.fallback = fallback
    }

    /// Records a problem with a field.
    func record(_ problem: Diagnostic) {
        problems.append(problem)
    }
}
