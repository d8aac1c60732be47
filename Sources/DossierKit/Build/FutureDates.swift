/// Articles dated after the build day: a typo (2030 for 2003) would put the article first under
/// "Latest reporting" and stretch every activity chart to that year, so each is a warning at its
/// `date:` (`--future` silences them, for a dossier that schedules its articles).
enum FutureDates {
    /// A warning for each article of `graph` whose date starts after `today`.
    static func warnings(_ graph: DossierGraph, today: PartialDate) -> [Diagnostic] {
        let now = (today.year, today.month ?? 0, today.day ?? 0)
        return graph.articles.compactMap { article in
            let date = article.date
            guard (date.year, date.month ?? 0, date.day ?? 0) > now else { return nil }
            return .warning(
                "the date \(date) is after today (\(today)), so the article would be listed first and stretch the activity charts to \(date.year); correct the date, or build with --future if it is meant to be",
                at: article.dateLocation ?? SourceLocation(path: article.path))
        }
    }
}
