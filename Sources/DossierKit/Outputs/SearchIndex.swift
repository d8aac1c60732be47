import Foundation

/// The quick-find index: one small script per kind (`search/articles.js`, `entities.js`,
/// `places.js`, `pages.js`, `tags.js`, `events.js`) that assigns its rows to `window.DOSSIER_SEARCH`, so pages
/// load it with a `<script>` tag, which browsers allow from `file://` where `fetch` is blocked.
///
/// Rows are arrays with short fields; trailing empty fields are left out. The last field of a row,
/// `keys`, holds the match forms the browser cannot work out itself: the Latin transliterations of
/// names in other scripts (`Лавров` → `lavrov`) and folded forms such as `ə` → `e`, joined by `|`.
/// The browser folds names and aliases (lower case, no diacritics) and the query the same way.
///
/// An `id` that the browser can work out from the name is written as `""`: when the name is ASCII
/// and `id` is `simpleSlug(name)` (which `assets/dossier.js` computes the same way). At 10,000
/// articles that saves about a third of `articles.js`.
///
/// - `articles`: `[id, title, date, keys]`, newest first
/// - `entities`: `[id, name, type, role, aliases, keys]`, most mentioned first; aliases joined by `|`
/// - `places`: `[id, name, type, parent name, aliases, keys]`, most mentioned first
/// - `pages`: `[id, title, summary, keys]`, in navigation order
/// - `tags`: `[slug, name, count, keys]`, most used first
/// - `events`: `[title, date, keys, page]`, in timeline order (`page`, from 2, the page of its month
///   it is on, for a year shown a month at a time; `timelineMonths` lists those years);
///   `timelineSplit` says whether the timeline
///   has one page per year (each event links to its month on the timeline)
enum SearchIndex {
    /// The index script of `kind`.
    static func script(of kind: String, graph: DossierGraph, splitsTimeline: Bool) -> Data {
        var script = "(window.DOSSIER_SEARCH=window.DOSSIER_SEARCH||{})."
        script += "\(kind)=\(Markup.scriptSafeJSON(rows(of: kind, in: graph)));\n"
        if kind == "events" {
            script += "window.DOSSIER_SEARCH.timelineSplit=\(splitsTimeline);\n"
            let monthly = splitsTimeline ? TimelineYear.all(in: graph).filter(\.splitsIntoMonths).map(\.year) : []
            if !monthly.isEmpty {
                script += "window.DOSSIER_SEARCH.timelineMonths=[\(monthly.map(String.init).joined(separator: ","))];\n"
            }
        }
        return Data(script.utf8)
    }

    /// The rows of one kind.
    static func rows(of kind: String, in graph: DossierGraph) -> [[Any]] {
        switch kind {
        case "articles":
            return graph.articles.map { row([compact($0.id, $0.title), $0.title, $0.date.description, keys([$0.title])]) }
        case "entities":
            return byMentions(graph.entities.indices, graph.entityLinks.map(\.articles.count)).map { number in
                let entity = graph.entities[number]
                return row([
                    compact(entity.id, entity.name), entity.name, entity.type.rawValue, entity.role ?? "",
                    entity.aliases.joined(separator: "|"),
                    keys([entity.name] + entity.aliases),
                ])
            }
        case "places":
            return byMentions(graph.places.indices, graph.placeLinks.map(\.articles.count)).map { number in
                let place = graph.places[number]
                let parent = graph.placeLinks[number].parentID.flatMap { graph.place($0)?.name } ?? ""
                return row([
                    compact(place.id, place.name), place.name, place.type.rawValue, parent, place.aliases.joined(separator: "|"),
                    keys([place.name] + place.aliases),
                ])
            }
        case "pages":
            return graph.pages.map { row([$0.id, $0.title, $0.summary ?? "", keys([$0.title])]) }
        case "tags":
            return byMentions(graph.tags.indices, graph.tags.map(\.articles.count)).map { number in
                let tag = graph.tags[number]
                return row([tag.slug, tag.name, tag.articles.count, keys([tag.name])])
            }
        default:
            var pages = [Int](repeating: 1, count: graph.events.count)
            for year in TimelineYear.all(in: graph) where year.splitsIntoMonths {
                for month in year.months where month.pageCount > 1 {
                    for number in month.events {
                        pages[number] = (number - month.events.lowerBound) / TimelineMonth.eventsPerPage + 1
                    }
                }
            }
            return graph.events.indices.map { number in
                let event = graph.events[number]
                return row([
                    event.record.title, event.record.date.description, keys([event.record.title]),
                    pages[number] > 1 ? pages[number] : "",
                ])
            }
        }
    }

    /// The forms of `names` the browser cannot derive by folding: for each name that is not plain
    /// ASCII, its fold (`Xankəndi` → `xankendi`) and its Latin transliteration (`Лавров` → `lavrov`),
    /// each once and only where it differs from the name in lower case.
    static func keys(_ names: [String]) -> String {
        var forms: [String] = []
        for name in names where !name.unicodeScalars.allSatisfy(\.isASCII) {
            let lowered = name.lowercased()
            for form in [TextFolding.fold(name), TextFolding.latin(name)] where form != lowered && !forms.contains(form) {
                forms.append(form)
            }
        }
        return forms.joined(separator: "|")
    }

    /// `id`, or `""` when the browser can derive it from `name` with `simpleSlug`.
    static func compact(_ id: String, _ name: String) -> String {
        name.unicodeScalars.allSatisfy(\.isASCII) && simpleSlug(name) == id ? "" : id
    }

    /// The slug rule of the search script, for ASCII names: lower case, apostrophes dropped, every
    /// run of other characters than `a-z` and `0-9` made one `-`, none at either end.
    static func simpleSlug(_ name: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in name.lowercased().unicodeScalars where scalar != "'" {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug
    }

    /// `indices` ordered by `counts`, highest first, ties in their original order.
    private static func byMentions(_ indices: Range<Int>, _ counts: [Int]) -> [Int] {
        indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
    }

    /// `fields` without trailing empty strings.
    private static func row(_ fields: [Any]) -> [Any] {
        var fields = fields
        while let last = fields.last as? String, last.isEmpty { fields.removeLast() }
        return fields
    }
}
