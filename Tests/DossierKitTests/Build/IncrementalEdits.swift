import Foundation
import Testing

@testable import DossierKit

/// The edits `PageFingerprintTests.everyIncrementalBuildEqualsACleanBuild` applies to the sample
/// dossier, one after the other, each followed by incremental builds compared with a clean build.
///
/// Every key of every front-matter shape and of `site.yml`, and the body of each kind of Markdown
/// file, is exercised by at least one edit (`theEditsExerciseEveryKnownKey` checks it): a field
/// that reaches a page but not its fingerprint shows up here as a stale page.
enum IncrementalEdits {
    /// Which builds an edit is compared in.
    enum Mode: String, CaseIterable, Sendable {
        /// `dossier build`: pages whose fingerprint is unchanged are kept from the previous site, and
        /// files, parses and renderings come from the persistent cache in the state folder.
        case build
        /// `dossier serve`: a `BuildCache` kept between builds, the site updated in place.
        case serve
    }

    /// An incremental build known to differ from a clean build after an edit: the test records it
    /// as a known issue (so it fails when the page is no longer stale), and the run is set right
    /// again before the next edit.
    struct KnownStale: Sendable {
        let modes: Set<Mode>
        let comment: Comment
    }

    /// One edit of the table.
    struct Edit: Sendable {
        /// The keys it exercises, as `shape.key` (`article.source.url`, `timeline.end`, `site.base_url`);
        /// none for the removal of a whole file.
        let keys: [String]
        /// What it does, for messages.
        let label: String
        /// Set when an incremental build is known to leave a stale page after it.
        var knownStale: KnownStale?
        /// False for an edit of what only a theme of one's own shows (`extra:`): the default theme's
        /// site does not change (its fingerprints do; see `ArticleFieldsTests`).
        var isVisible = true
        let apply: @Sendable (TestProject) throws -> Void

        init(
            _ keys: [String], _ label: String, knownStale: KnownStale? = nil, isVisible: Bool = true,
            _ apply: @escaping @Sendable (TestProject) throws -> Void
        ) {
            self.keys = keys
            self.label = label
            self.knownStale = knownStale
            self.isVisible = isVisible
            self.apply = apply
        }

        /// Whether the edit is to `site.yml` only: every page's fingerprint holds the site settings,
        /// so every page is rendered again.
        var rendersEveryPage: Bool { keys.allSatisfy { $0.hasPrefix("site.") } }
    }

    /// Every key an edit must exercise: each front-matter shape's known keys (nested shapes under
    /// their field: `article.source.*`, `article.events.*`; stand-alone events as `timeline.*`),
    /// every `site.yml` key, and the body of articles, entities and places.
    static var everyKnownKey: Set<String> {
        var keys: Set<String> = []
        func add(_ shape: String, _ names: [String]) { keys.formUnion(names.map { "\(shape).\($0)" }) }
        add("article", ArticleFrontMatter.knownKeys + ["body"])
        // The shapes nested in an article, read where `ContentParser` reads them.
        add("article.source", SourceField.knownKeys)
        add("article.sources", SourceField.knownKeys)
        add("article.corrections", CorrectionField.knownKeys)
        add("article.image", ImageField.knownKeys)
        add("article.events", EventFrontMatter.knownKeys)
        add("timeline", EventFrontMatter.knownKeys)
        add("entity", EntityFrontMatter.knownKeys + ["body"])
        add("place", PlaceFrontMatter.knownKeys + ["body"])
        add("page", PageFrontMatter.knownKeys + ["body"])
        add("site", SiteConfig.knownKeys)
        // Translations give texts only, each kind its own.
        for kind in [ContentKind.article, .entity, .place, .page] {
            add("translation.\(kind.rawValue)", TranslationFrontMatter.textKeys(of: kind) + ["body"])
        }
        return keys
    }

    // MARK: - The files edited

    /// Linked to below from another article, an entity and a place, and a timeline event's source.
    private static let call = "content/articles/kerry-lavrov-urgent-call-on-karabakh.md"
    private static let baku = "content/articles/lavrov-in-baku-and-yerevan.md"
    private static let medvedev = "content/articles/medvedev-visits-yerevan-and-baku.md"
    private static let vienna = "content/articles/vienna-summit-aliyev-sargsyan.md"
    private static let timeline = "content/timeline/april-2016.yml"
    private static let discuss = "content/articles/kerry-lavrov-discuss-karabakh-ceasefire.md"
    private static let lavrov = "content/entities/people/sergey-lavrov.md"
    private static let kerry = "content/entities/people/john-kerry.md"
    private static let sargsyan = "content/entities/people/serzh-sargsyan.md"
    private static let france = "content/entities/countries/france.md"
    private static let stepanakert = "content/places/stepanakert.md"
    private static let mardakert = "content/places/mardakert.md"
    private static let talish = "content/places/talish.md"
    private static let lineOfContact = "content/places/line-of-contact.md"
    private static let site = "site.yml"
    private static let viennaRu = "content/articles/vienna-summit-aliyev-sargsyan.ru.md"
    private static let moscowRu = "content/articles/moscow-ceasefire-chiefs-of-general-staff.ru.md"
    private static let lavrovRu = "content/entities/people/sergey-lavrov.ru.md"
    private static let karabakhRu = "content/places/nagorno-karabakh.ru.md"
    private static let aboutRu = "content/pages/about.ru.md"

    /// The first event of `call`, as the sample writes it.
    private static let callEvent = """
          - date: 2016-04-04
            title: Kerry and Lavrov discuss the Karabakh escalation by phone
            entities: [john-kerry, sergey-lavrov]
        """

    // MARK: - The table

    /// The edits, in the order they are applied (each starts from the dossier the previous ones left).
    static let all: [Edit] =
        articleEdits + fileEdits + eventEdits + entityEdits + placeEdits + pageEdits + mediaEdits + translationEdits
        + siteEdits

    private static let about = "content/pages/about.md"
    private static let methodology = "content/pages/methodology.md"

    private static let pageEdits: [Edit] = [
        Edit(["page.title"], "a page's title (the navigation shows it)") {
            try $0.setField("title", to: "About the Dossier", in: about)
        },
        Edit(["page.summary"], "a page's summary changed") {
            try $0.setField("summary", to: "A new lead for the page.", in: methodology)
        },
        Edit(["page.summary"], "a page's summary removed") { try $0.removeField("summary", in: methodology) },
        Edit(["page.menu"], "pages swapped in the navigation") {
            try $0.setField("menu", to: "5", in: about)
        },
        Edit(["page.menu"], "a page taken out of the navigation") { try $0.removeField("menu", in: methodology) },
        Edit(["page.body"], "a page's body, with a link to an article") {
            try $0.append("\nSee [the Vienna summit](../articles/vienna-summit-aliyev-sargsyan.md).\n", to: about)
        },
        Edit(["article.body"], "an article links to a page") {
            try $0.append("\nHow this is sourced: [methodology](../pages/methodology.md).\n", to: vienna)
        },
        Edit(["page.redirect_from"], "a page's old address gets a redirect") {
            try $0.setField("redirect_from", to: "[about-us]", in: about)
        },
        Edit(["article.redirect_from"], "an article's old ids get redirects") {
            try $0.setField("redirect_from", to: "[urgent-call, 2016/04/kerry-lavrov/]", in: call)
        },
        Edit(["article.redirect_from"], "an article's redirect removed") { try $0.removeField("redirect_from", in: call) },
        Edit(["entity.redirect_from"], "an entity's old id gets a redirect") {
            try $0.setField("redirect_from", to: "sergei-lavrov-old", in: lavrov)
        },
        Edit(["place.redirect_from"], "a place's old id gets a redirect") {
            try $0.setField("redirect_from", to: "[khankendi-old]", in: stepanakert)
        },
        Edit([], "a page added") {
            try $0.write("content/pages/contact.md", "---\ntitle: Contact\nmenu: 3\n---\nWrite to the editors.\n")
        },
        Edit([], "a page removed") { try $0.remove("content/pages/contact.md") },
    ]

    private static let articleEdits: [Edit] = [
        Edit(["article.body"], "a link to another article added to a body") {
            try $0.append("\nSee also [the urgent call](kerry-lavrov-urgent-call-on-karabakh.md).\n", to: baku)
        },
        Edit(["article.body"], "a body that starts lower (a blank line before it) with a broken link") {
            try $0.replace("---\nThe presidents of", with: "---\n\nThe presidents of", in: vienna)
            try $0.append("\nA [broken link](no-such-article.md).\n", to: vienna)
        },
        Edit(["article.draft"], "draft: true on an article others link to and a timeline event cites") {
            try $0.setField("draft", to: "true", in: call)
        },
        Edit(["article.draft"], "draft: true changed to false") { try $0.setField("draft", to: "false", in: call) },
        Edit(["article.title"], "an article's title") { try $0.setField("title", to: "A Renamed Article", in: call) },
        Edit(["article.date"], "a date that moves the article to another page of the lists") {
            try $0.setField("date", to: "2015-12-01", in: medvedev)
        },
        Edit(["article.date"], "a date made partial") { try $0.setField("date", to: "2016-04", in: medvedev) },
        Edit(["article.summary"], "a summary changed") { try $0.setField("summary", to: "A new summary.", in: call) },
        Edit(["article.summary"], "a summary removed (the first paragraph is shown instead)") {
            try $0.removeField("summary", in: call)
        },
        Edit(["article.body"], "the first paragraph of an article without a summary (its cards show it)") {
            try $0.replace("---\nThe American and Russian foreign ministers", with: "---\nThe two foreign ministers", in: call)
        },
        Edit(["article.source.name"], "a source's name") {
            try $0.replace("  name: Ministry of Foreign Affairs of the Russian Federation", with: "  name: The Kremlin", in: call)
        },
        Edit(["article.source.url"], "a source's URL") {
            try $0.replace("  url: https://www.mid.ru/en/", with: "  url: https://www.example.org/source", in: call)
        },
        Edit(["article.source.url"], "a source's URL removed") {
            try $0.replace("  url: https://www.example.org/source\n", with: "", in: call)
        },
        Edit(
            ["article.source.title", "article.source.date", "article.source.archive_url"],
            "a source's title, date and archived copy"
        ) {
            try $0.replace(
                "  name: The Kremlin",
                with:
                    "  name: The Kremlin\n  title: Readout of the call\n  date: 2016-04-03\n  archive_url: https://web.archive.org/web/2016/kremlin",
                in: call)
        },
        Edit(["article.source"], "a source written as a single URL") {
            try $0.replace(
                "source:\n  name: Ministry of Foreign Affairs of the Russian Federation\n  url: https://www.mid.ru/en/",
                with: "source: https://www.example.org/a-single-url", in: baku)
        },
        Edit(["article.source"], "a source removed") { try $0.removeField("source", in: baku) },
        Edit(
            [
                "article.sources", "article.sources.name", "article.sources.url", "article.sources.title",
                "article.sources.date", "article.sources.archive_url",
            ], "two sources, one with a title, a date and an archived copy"
        ) {
            try $0.setField(
                "sources",
                to:
                    "[{name: Reuters, url: 'https://www.reuters.com/lavrov-baku', title: Lavrov in Baku, date: 2016-04-07, archive_url: 'https://web.archive.org/web/2016/https://www.reuters.com/lavrov-baku'}, TASS]",
                in: baku)
        },
        Edit(["article.sources.archive_url"], "a source's archived copy removed") {
            try $0.replace(
                ", archive_url: 'https://web.archive.org/web/2016/https://www.reuters.com/lavrov-baku'", with: "", in: baku)
        },
        Edit(["article.sources"], "sources removed") { try $0.removeField("sources", in: baku) },
        Edit(["article.authors"], "authors added") {
            try $0.setField("authors", to: "[Anna Petrova, Levon Ter-Petrosyan]", in: call)
        },
        Edit(["article.authors"], "an author removed") { try $0.setField("authors", to: "Anna Petrova", in: call) },
        Edit(["article.updated"], "an update date added") { try $0.setField("updated", to: "2016-04-20", in: call) },
        Edit(["article.updated"], "the update date removed") { try $0.removeField("updated", in: call) },
        Edit(
            ["article.corrections", "article.corrections.date", "article.corrections.text"], "a correction published"
        ) {
            try $0.setField(
                "corrections", to: "[{date: 2016-04-21, text: 'An earlier version named the wrong *city*.'}]", in: call)
        },
        Edit(["article.extra"], "extra fields for a theme", isVisible: false) {
            try $0.setField("extra", to: "{desk: Caucasus, photo: {credit: Dossier}}", in: call)
        },
        Edit(["article.corrections.text"], "a correction reworded") {
            try $0.replace("named the wrong *city*", with: "gave the wrong date of the call", in: call)
        },
        Edit(["article.entities"], "entities of an article replaced (some added, one unknown: a stub page, most removed)") {
            try $0.setField("entities", to: "[vladimir-putin, france, sergey-lavrov, Someone New]", in: baku)
        },
        Edit(["article.entities"], "entities written as a single value (the stub goes)") {
            try $0.setField("entities", to: "Lavrov", in: baku)
        },
        Edit(["article.places"], "a place added to an article, another removed") {
            try $0.setField("places", to: "[baku, yerevan, talish]", in: baku)
        },
        Edit(["article.places"], "places removed from an article") { try $0.removeField("places", in: baku) },
        Edit(["article.tags"], "a tag changed") { try $0.setField("tags", to: "[diplomacy, brand-new-tag]", in: call) },
        Edit(["article.tags"], "a tag spelt another way (the name its page shows)") {
            try $0.setField("tags", to: "[diplomacy, Brand New Tag]", in: call)
        },
        Edit(["article.tags"], "tags removed") { try $0.removeField("tags", in: call) },
        Edit(
            ["article.events", "article.events.date", "article.events.title", "article.events.places"],
            "an event added to an article"
        ) {
            try $0.replace(
                "events:\n", with: "events:\n  - date: 2016-04-20\n    title: A new event in Moscow\n    places: [moscow]\n",
                in: call)
        },
        Edit(["article.events"], "an event removed from an article") {
            try $0.replace("  - date: 2016-04-20\n    title: A new event in Moscow\n    places: [moscow]\n", with: "", in: call)
        },
    ]

    /// Whole files added and removed (each names the keys it writes).
    private static let fileEdits: [Edit] = [
        Edit(
            [
                "article.title", "article.date", "article.entities", "article.places", "article.tags", "article.events",
                "article.events.date", "article.events.title", "article.events.places", "article.body",
            ],
            "a new article with an event, an unknown entity and a link"
        ) {
            try $0.write(
                "content/articles/new-report.md",
                """
                ---
                title: A New Report
                date: 2016-06-01
                entities: [armenia, Someone New]
                places: [talish]
                tags: [ceasefire]
                events:
                  - date: 2016-05-30
                    title: Something happened in Talish
                    places: [talish]
                ---
                The report's text, which links to [Lavrov](../entities/sergey-lavrov.md).
                """)
        },
        Edit(["entity.name", "entity.type", "entity.body"], "a profile written for a stub") {
            try $0.write("content/entities/someone-new.md", "---\nname: Someone New\ntype: person\n---\nWho they are.\n")
        },
        Edit([], "a profile removed (a stub again)") { try $0.remove("content/entities/someone-new.md") },
        Edit([], "a place removed that an article names (a stub)") { try $0.remove("content/places/tartar.md") },
        Edit([], "an article removed that a timeline event cites") {
            try $0.remove("content/articles/talish-and-lele-tepe-toll-of-four-days.md")
        },
        Edit(["timeline.date", "timeline.title", "timeline.places"], "a timeline file added") {
            try $0.write(
                "content/timeline/later.yml", "- date: 2016-09\n  title: A timeline file of its own\n  places: [vienna]\n")
        },
    ]

    private static let eventEdits: [Edit] = [
        Edit(["article.events.date"], "an article's event moved") {
            try $0.replace(callEvent, with: callEvent.replacingOccurrences(of: "2016-04-04", with: "2016-04-01"), in: call)
        },
        Edit(["article.events.end"], "an end set on an article's event") {
            try $0.replace("  - date: 2016-04-01\n", with: "  - date: 2016-04-01\n    end: 2016-04-06\n", in: call)
        },
        Edit(["article.events.end"], "an article's event's end removed") {
            try $0.replace("    end: 2016-04-06\n", with: "", in: call)
        },
        Edit(["article.events.title"], "an article's event's title") {
            try $0.replace(
                "    title: Kerry and Lavrov discuss the Karabakh escalation by phone",
                with: "    title: Kerry and Lavrov speak by phone", in: call)
        },
        Edit(["article.events.entities"], "an entity added to an article's event") {
            try $0.replace(
                "    entities: [john-kerry, sergey-lavrov]\n",
                with: "    entities: [john-kerry, sergey-lavrov, vladimir-putin]\n",
                in: call)
        },
        Edit(["article.events.places"], "a place set on an article's event") {
            try $0.replace(
                "    title: Kerry and Lavrov speak by phone\n",
                with: "    title: Kerry and Lavrov speak by phone\n    places: [moscow]\n",
                in: call)
        },
        Edit(["article.events.sources"], "another article cited by an article's event") {
            try $0.replace(
                "    places: [moscow]\n", with: "    places: [moscow]\n    sources: [lavrov-in-baku-and-yerevan]\n",
                in: call)
        },
        Edit(["timeline.date", "timeline.title", "timeline.entities"], "a timeline event added") {
            try $0.append("\n- date: 2016-07\n  title: A later stand-alone event\n  entities: [osce]\n", to: timeline)
        },
        Edit(["timeline.date"], "a timeline event moved") {
            try $0.replace(
                "  date: 2016-04-10\n  category: diplomacy\n  title: Second Kerry",
                with: "  date: 2016-04-11\n  category: diplomacy\n  title: Second Kerry", in: timeline)
        },
        Edit(["timeline.end"], "an end set on a timeline event") {
            try $0.replace(
                "  date: 2016-04-11\n  category: diplomacy\n  title: Second Kerry",
                with: "  date: 2016-04-11\n  end: 2016-04-12\n  category: diplomacy\n  title: Second Kerry", in: timeline)
        },
        Edit(["timeline.end"], "a timeline event's end removed") {
            try $0.replace("  end: 2016-04-08\n", with: "", in: timeline)
        },
        Edit(["timeline.title"], "a timeline event's title") {
            try $0.replace(
                "  title: Germany holds the rotating OSCE chairmanship",
                with: "  title: Germany chairs the OSCE", in: timeline)
        },
        Edit(["timeline.entities"], "an entity added to a timeline event") {
            try $0.replace(
                "  title: Germany chairs the OSCE\n  entities: [osce]\n",
                with: "  title: Germany chairs the OSCE\n  entities: [osce, andrzej-kasprzyk]\n", in: timeline)
        },
        Edit(["timeline.places"], "a place added to a timeline event") {
            try $0.replace("  places: [germany]\n", with: "  places: [germany, munich]\n", in: timeline)
        },
        Edit(["timeline.sources"], "a timeline event's source changed") {
            try $0.replace(
                "  sources: [kerry-lavrov-urgent-call-on-karabakh]\n",
                with: "  sources: [moscow-ceasefire-chiefs-of-general-staff]\n",
                in: timeline)
        },
        Edit(["timeline.sources"], "a timeline event's sources removed") {
            try $0.replace("  sources: [moscow-ceasefire-chiefs-of-general-staff]\n", with: "", in: timeline)
        },
        Edit(["timeline.sources"], "an outside source added to a timeline event") {
            try $0.replace(
                "    - talish-and-lele-tepe-toll-of-four-days\n",
                with:
                    "    - talish-and-lele-tepe-toll-of-four-days\n    - {name: Another Agency, url: \"https://example.org/a\"}\n",
                in: timeline)
        },
        Edit(["timeline.id"], "an id given to a timeline event") {
            try $0.replace(
                "- date: 2016\n  title: Germany chairs the OSCE",
                with: "- id: osce-chair\n  date: 2016\n  title: Germany chairs the OSCE",
                in: timeline)
        },
        Edit(["timeline.id"], "the id of an event that a body and a description link to changed") {
            try $0.replace("- id: moscow-ceasefire\n", with: "- id: moscow-truce\n", in: timeline)
        },
        Edit(["timeline.description"], "a timeline event's description") {
            try $0.replace("Reports put the dead at **more than 100", with: "Reports put the dead at **over 100", in: timeline)
        },
        Edit(["timeline.category"], "a timeline event's category") {
            try $0.replace("  category: fighting\n", with: "  category: clashes\n", in: timeline)
        },
        Edit(["timeline.fatalities"], "a timeline event's fatalities made an estimate") {
            try $0.replace("  fatalities: {low: 100}\n", with: "  fatalities: {best: 150, low: 100, high: 200}\n", in: timeline)
        },
        Edit(["timeline.fatalities"], "a timeline event's fatalities removed") {
            try $0.replace("  fatalities: {best: 150, low: 100, high: 200}\n", with: "", in: timeline)
        },
        Edit(["article.events.id"], "an id of an article's event changed") {
            try $0.replace("  - id: co-chairs-yerevan-statement\n", with: "  - id: co-chairs-in-yerevan\n", in: discuss)
        },
        Edit(["article.events.description"], "an article's event's description") {
            try $0.replace("description: The mediators also said", with: "description: The co-chairs also said", in: discuss)
        },
        Edit(["article.events.category"], "an article's event's category") {
            try $0.replace(
                "    category: diplomacy\n    title: Minsk Group", with: "    category: talks\n    title: Minsk Group",
                in: discuss)
        },
        Edit(["article.events.fatalities"], "fatalities given to an article's event") {
            try $0.replace("    places: [yerevan]\n", with: "    places: [yerevan]\n    fatalities: 0\n", in: discuss)
        },
    ]

    private static let entityEdits: [Edit] = [
        Edit(["entity.body"], "a link to an article added to a profile") {
            try $0.append("\nSee [the urgent call](../articles/kerry-lavrov-urgent-call-on-karabakh.md).\n", to: kerry)
        },
        Edit(["entity.role"], "an entity's role") { try $0.setField("role", to: "A changed role", in: sargsyan) },
        Edit(["entity.role"], "an entity's role removed") { try $0.removeField("role", in: sargsyan) },
        Edit(["entity.type"], "an entity's type") { try $0.setField("type", to: "organisation", in: sargsyan) },
        Edit(["entity.name"], "an entity's name") { try $0.setField("name", to: "Sergei V. Lavrov", in: lavrov) },
        Edit(["entity.aliases"], "an alias another file refers to removed (a stub page)") {
            // `Лавров` is how the Medvedev article names him.
            try $0.setField("aliases", to: "[Sergei Lavrov, Lavrov, Сергей Лавров]", in: lavrov)
        },
        Edit(["entity.aliases"], "the alias added back (the stub goes)") {
            try $0.setField("aliases", to: "[Sergei Lavrov, Lavrov, Сергей Лавров, Лавров]", in: lavrov)
        },
        Edit(["entity.related"], "a related entity removed") {
            try $0.setField("related", to: "[russian-foreign-ministry, russia, vladimir-putin, osce-minsk-group]", in: lavrov)
        },
        Edit(["entity.related"], "a related entity added") {
            try $0.setField("related", to: "[harlem-desir, pierre-andrieu, osce-minsk-group, talish-villagers]", in: france)
        },
    ]

    private static let map = "media/2016/april-2016-places.png"

    private static let mediaEdits: [Edit] = [
        Edit(
            ["article.image", "article.image.src", "article.image.alt", "article.image.caption", "article.image.credit"],
            "a cover image on an article (its page, its cards, og:image, the feed)"
        ) {
            try $0.setField(
                "image",
                to: "{src: \(map), alt: A map of the region, caption: Where the talks were about., credit: 'Map: Dossier'}",
                in: call)
        },
        Edit(["article.image.caption"], "a cover image's caption") {
            try $0.replace("caption: Where the talks were about.", with: "caption: The region the call was about.", in: call)
        },
        Edit(["entity.image"], "a picture on an entity") {
            try $0.setField("image", to: "{src: \(map), alt: A map}", in: lavrov)
        },
        Edit(["place.image"], "a picture on a place, written as its path") {
            try $0.setField("image", to: map, in: stepanakert)
        },
        Edit([], "a media file replaced by a picture of another size") {
            try $0.write("content/" + map, MediaTests.png(width: 640, height: 400))
        },
        Edit(["article.body"], "an image added to a body, linked from content/") {
            try $0.append("\n![A map of the region](/\(map) \"The region. Map: Dossier\")\n", to: baku)
        },
        Edit([], "a media file added, and linked from a body") {
            try $0.write("content/media/notes.txt", "Notes.\n")
            try $0.append("\nThe [notes](../media/notes.txt).\n", to: medvedev)
        },
        Edit([], "a linked media file removed (the link is reported)") { try $0.remove("content/media/notes.txt") },
        Edit(["article.image"], "a cover image removed") { try $0.removeField("image", in: call) },
    ]

    private static let placeEdits: [Edit] = [
        Edit(["place.body"], "a link to an article added to a place's profile") {
            try $0.append("\nSee [the urgent call](../articles/kerry-lavrov-urgent-call-on-karabakh.md).\n", to: stepanakert)
        },
        Edit(["place.name"], "a place's name") { try $0.setField("name", to: "Stepanakert (Khankendi)", in: stepanakert) },
        Edit(["place.type"], "a place's type") { try $0.setField("type", to: "village", in: stepanakert) },
        Edit(["place.aliases"], "an alias other files refer to removed (a stub page)") {
            // Two articles name Stepanakert `Khankendi`.
            try $0.setField("aliases", to: "[Xankəndi, Ստեփանակերտ, Степанакерт]", in: stepanakert)
        },
        Edit(["place.aliases"], "the alias added back (the stub goes)") {
            try $0.setField("aliases", to: "[Khankendi, Xankəndi, Ստեփանակերտ, Степанакерт]", in: stepanakert)
        },
        Edit(["place.coordinates"], "a place's coordinates") {
            try $0.setField("coordinates", to: "[39.9, 46.6]", in: stepanakert)
        },
        Edit(["place.coordinates"], "a place's coordinates removed") { try $0.removeField("coordinates", in: stepanakert) },
        Edit(["place.in"], "a place moved to another parent") { try $0.setField("in", to: "azerbaijan", in: mardakert) },
        Edit(["place.in"], "a place's parent removed") { try $0.removeField("in", in: talish) },
    ]

    private static let translationEdits: [Edit] = [
        Edit(["article.language"], "an article says it is written in Russian (its Russian edition marks nothing)") {
            try $0.setField("language", to: "ru", in: baku)
        },
        Edit(["article.language"], "the article's language removed") { try $0.removeField("language", in: baku) },
        Edit(["translation.article.title"], "a translated title") {
            try $0.setField("title", to: "Новый заголовок о встрече в Вене", in: viennaRu)
        },
        Edit(["translation.article.summary"], "a translated summary removed (the translation's first paragraph instead)") {
            try $0.removeField("summary", in: viennaRu)
        },
        Edit(["translation.article.body"], "a translation's body") {
            try $0.append("\nЕщё один абзац перевода.\n", to: viennaRu)
        },
        Edit(["translation.article.draft"], "a translation made a draft (the original shown, no hreflang)") {
            try $0.setField("draft", to: "true", in: viennaRu)
        },
        Edit(["translation.article.draft"], "the translation ready again") { try $0.removeField("draft", in: viennaRu) },
        Edit([], "a translation removed") { try $0.remove(moscowRu) },
        Edit([], "a translation added") {
            try $0.write(moscowRu, "---\ntitle: Перемирие, заключённое в Москве\n---\nКраткий перевод.\n")
        },
        Edit(["translation.entity.name"], "a translated name (a name every edition resolves)") {
            try $0.setField("name", to: "Сергей Викторович Лавров", in: lavrovRu)
        },
        Edit(["translation.entity.aliases"], "translated aliases") {
            try $0.setField("aliases", to: "[С. В. Лавров]", in: lavrovRu)
        },
        Edit(["translation.entity.role"], "a translated role") { try $0.setField("role", to: "Глава МИД России", in: lavrovRu) },
        Edit(["translation.entity.body"], "a translated profile") { try $0.append("\nДополнение к профилю.\n", to: lavrovRu) },
        Edit(["translation.place.name"], "a translated place name") {
            try $0.setField("name", to: "Нагорно-Карабахский регион", in: karabakhRu)
        },
        Edit(["translation.place.aliases"], "translated place aliases") {
            try $0.setField("aliases", to: "[НКР]", in: karabakhRu)
        },
        Edit(["translation.place.body"], "a translated place profile") { try $0.append("\nЕщё абзац.\n", to: karabakhRu) },
        Edit(["translation.page.title"], "a translated page title") {
            try $0.setField("title", to: "Об этом досье", in: aboutRu)
        },
        Edit(["translation.page.summary"], "a translated page summary") {
            try $0.setField("summary", to: "Кратко о проекте.", in: aboutRu)
        },
        Edit(["translation.page.body"], "a translated page body") { try $0.append("\nНовый абзац.\n", to: aboutRu) },
        Edit(["translation.page.draft"], "a translated page made a draft") { try $0.setField("draft", to: "true", in: aboutRu) },
    ]

    private static let siteEdits: [Edit] = [
        Edit(["site.title"], "the site's title in English") {
            try $0.replace("  en: \"Nagorno-Karabakh Dossier: April 2016\"", with: "  en: A Renamed Dossier", in: site)
        },
        Edit(["site.title"], "the site's title in Russian") {
            try $0.replace("  ru: \"Досье: Нагорный Карабах, апрель 2016 года\"", with: "  ru: Переименованное досье", in: site)
        },
        Edit(["site.description"], "the site's description") {
            try $0.replace(
                "  en: >-\n    A sample conflict dossier", with: "  en: >-\n    A changed sample conflict dossier",
                in: site)
        },
        Edit(["site.languages"], "a third language (an Armenian edition with no translations)") {
            try $0.setField("languages", to: "[en, ru, hy]", in: site)
        },
        Edit(["site.languages"], "the third language removed") { try $0.setField("languages", to: "[en, ru]", in: site) },
        Edit(["site.language", "site.languages"], "the site in one language, Armenian (the translations left out)") {
            try $0.removeField("languages", in: site)
            try $0.setField("language", to: "hy", in: site)
        },
        Edit(["site.base_url"], "the base URL changed") {
            try $0.setField("base_url", to: "https://example.org/another/", in: site)
        },
        Edit(["site.base_url"], "the base URL removed (no feeds or sitemap)") { try $0.removeField("base_url", in: site) },
        Edit(["site.base_url"], "the base URL added") {
            try $0.setField("base_url", to: "https://example.org/dossier/", in: site)
        },
        Edit(["site.license"], "a licence for the data") { try $0.setField("license", to: "CC-BY-4.0", in: site) },
        Edit(["site.license"], "the licence changed") {
            try $0.setField("license", to: "{name: ODbL-1.0, title: The Open Database License}", in: site)
        },
        Edit(["article.body"], "raw HTML in a body (dropped)") {
            try $0.append("\n<p class=\"raw\">Raw HTML.</p>\n", to: vienna)
        },
        Edit(["site.unsafe_html"], "unsafe_html: true (raw HTML kept)") { try $0.setField("unsafe_html", to: "true", in: site) },
        Edit(["site.unsafe_html"], "unsafe_html removed") { try $0.removeField("unsafe_html", in: site) },
        Edit(["site.paginate_by"], "paginate_by changed") { try $0.setField("paginate_by", to: "2", in: site) },
        Edit(["site.paginate_by"], "paginate_by removed (the default, 50)") { try $0.removeField("paginate_by", in: site) },
        Edit(["site.description"], "the site's description removed") {
            try $0.replace(
                "  en: >-\n    A changed sample conflict dossier on the April 2016 escalation around Nagorno-Karabakh\n    (the \"Four-Day War\", 2–5 April 2016) and the diplomacy that followed, from the\n    Moscow ceasefire to the Vienna summit of 16 May 2016.\n",
                with: "", in: site)
        },
    ]
}

/// A content file's text changed by an edit; a change that finds nothing to change is an error,
/// so that a table edit never quietly does nothing.
struct EditNotApplied: Error, CustomStringConvertible {
    let description: String
}

extension TestProject {
    func text(of path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// `old` (which must be in the file) replaced by `new`, the first time it occurs.
    func replace(_ old: String, with new: String, in path: String) throws {
        let text = try text(of: path)
        guard let range = text.range(of: old) else {
            throw EditNotApplied(description: "\(path) has no \(String(reflecting: old))")
        }
        try write(path, text.replacingCharacters(in: range, with: new))
    }

    /// The top-level line `key: …` set to `key: value`: replaced, or added after the opening
    /// `---` of a Markdown file (at the end of `site.yml`).
    func setField(_ key: String, to value: String, in path: String) throws {
        var lines = try text(of: path).components(separatedBy: "\n")
        if let index = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) {
            lines[index] = "\(key): \(value)"
        } else if path.hasSuffix(".md") {
            lines.insert("\(key): \(value)", at: 1)
        } else {
            lines.append("\(key): \(value)")
        }
        try write(path, lines.joined(separator: "\n"))
    }

    /// The top-level line `key: …` (which must be there) removed.
    func removeField(_ key: String, in path: String) throws {
        var lines = try text(of: path).components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) else {
            throw EditNotApplied(description: "\(path) has no line '\(key): …'")
        }
        lines.remove(at: index)
        try write(path, lines.joined(separator: "\n"))
    }

    func append(_ addition: String, to path: String) throws {
        try write(path, try text(of: path) + addition)
    }
}
