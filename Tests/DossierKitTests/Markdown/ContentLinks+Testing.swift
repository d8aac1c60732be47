@testable import DossierKit

extension ContentLinks {
    /// The link as an article, entity or place page (two folders deep) has it, for tests that name
    /// the ids directly.
    static func rewrite(
        _ destination: String, articles: Set<String>, entities: Set<String>, places: Set<String>, drafts: Set<String> = []
    ) -> LinkRewrite? {
        rewrite(
            destination, ids: IDs(articles: articles, entities: entities, places: places, drafts: drafts),
            root: SiteURLs.bodyRoot)
    }
}
