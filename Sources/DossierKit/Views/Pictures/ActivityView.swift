/// An entity's or place's activity strip (`activity`: `svg_html`, `summary`, `total`), drawn by
/// `ActivityStrip` from the month counts it holds.
struct ActivityView: Picture {
    /// Articles per month of `span`.
    let counts: [Int]
    let span: MonthSpan
    let subject: String
    let id: String
    let total: Int

    /// The strip of `articles` (article indices), or `nil` when the dossier has no dated articles.
    init?(articles: [Int], subject: String, reader: ReaderData, id: String) {
        guard let span = reader.months else { return nil }
        var counts = [Int](repeating: 0, count: span.count)
        for article in articles {
            let bucket = reader.articleMonths[article]
            if counts.indices.contains(bucket) { counts[bucket] += 1 }
        }
        self.counts = counts
        self.span = span
        self.subject = subject
        self.id = id
        total = articles.count
    }

    func templateData(in context: TemplateData.Context) -> Any {
        let language = context.language ?? .english
        let data: [String: Any] = [
            "svg_html": ActivityStrip.svg(counts: counts, span: span, subject: subject, id: id, language: language),
            "summary": ActivityStrip.summary(counts: counts, span: span, language: language),
            "total": total,
        ]
        return data
    }
}
