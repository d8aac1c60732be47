/// The files `dossier new PATH` writes: a dossier that builds with `--strict` as it is, with one
/// example of each kind and a comment on every field, to be edited into the real thing.
enum DossierSkeleton {
    /// Every file by path, for a dossier started on `today` (`YYYY-MM-DD`).
    static func files(today: String) -> [(path: String, text: String)] {
        [
            (".gitignore", gitignore),
            ("site.yml", siteYML),
            ("content/articles/first-report.md", article(today: today)),
            ("content/entities/example-organisation.md", entity),
            ("content/places/example-town.md", town),
            ("content/places/example-country.md", country),
            ("content/timeline/events.yml", timeline(today: today)),
            ("content/pages/about.md", about),
            ("content/media/.gitkeep", ""),
        ]
    }

    static let gitignore = """
        # The built site (publish it, don't commit it) and Dossier's state between builds.
        /public/
        /.dossier/

        """

    static let siteYML = """
        # The settings of this dossier. Every key is optional; the commented ones show their default.

        # The site's name, in the header, the page titles and the feeds.
        title: My dossier

        # One sentence: the home page's lead and the description of pages that have none.
        description: Reporting, people, places and dates of one conflict, cross-linked.

        # The language of the content, as a BCP 47 tag (en, ru, hy, az, ka, ar, fr-CA…).
        # language: en

        # The public address once published, for feeds, the sitemap and canonical links
        # (left out without it). An absolute http or https address; a sub-path works.
        # base_url: https://example.org/my-dossier/

        # Articles per page in long lists (the articles index, entity, place and tag pages).
        # paginate_by: 50

        # The licence of the content and of the open data files in data/ (an SPDX identifier,
        # or {name: …, url: https://…, title: …}).
        # license: CC-BY-4.0

        # Keep raw HTML and any link scheme in Markdown, and publish media files a browser runs
        # (.html, .js, SVGs with scripts). Only for content you trust: anyone who can change the
        # content could then run scripts on the site.
        # unsafe_html: false

        """

    static func article(today: String) -> String {
        """
        ---
        # An article: one piece of reporting. The file name (first-report) is its id and its address
        # (articles/first-report/). Fields marked "optional" may be left out.

        # The headline (required).
        title: Our first report

        # The publication date (required): YYYY-MM-DD, or YYYY-MM / YYYY when that is all you know.
        date: \(today)

        # One or two sentences shown under the title and on cards (optional). *Markdown* works.
        summary: What this dossier covers, and how to write its articles.

        # Who wrote it (optional): one name or a list.
        authors: [The editors]

        # Where the facts come from (optional): names, addresses, or {name, url, title, date, archive_url}.
        sources:
          - {name: Example Organisation, url: "https://example.org/"}

        # Who and where it is about (optional): ids, names or aliases of entity and place files.
        # A name no file has gets a page of its own and a warning.
        entities: [Example Organisation]
        places: [Example Town]

        # Topics (optional); each gets a page under tags/.
        tags: [getting started]

        # Dated facts the article reports (optional); they appear on the timeline and on the pages
        # of the entities and places they name.
        events:
          - date: \(today)
            title: The dossier is started
            entities: [example-organisation]
            places: [example-town]

        # draft: true leaves the article out unless you build or serve with --drafts.
        # draft: true
        ---
        The body is Markdown. Link to other files of the dossier by their path, and Dossier
        turns the link into a link to their page: [the organisation](../entities/example-organisation.md),
        [the town](../places/example-town.md), [this dossier](../pages/about.md).

        ## A heading gets an anchor

        Pictures and documents go in `content/media/` and are linked relative to this file
        (`![A map of the town](../media/map.png)`). Tables and footnotes[^1] work as on GitHub.

        [^1]: Like this one.

        """
    }

    static let entity = """
        ---
        # An entity: a person, an organisation, a country or an armed group. Articles and events
        # name it by its id (example-organisation), its name or any alias, in any case.

        # The name shown everywhere (required).
        name: Example Organisation

        # person, organization, country, group (armed group) or other (optional).
        type: organization

        # Other spellings, scripts and abbreviations (optional).
        aliases: [ExOrg, Example Org]

        # One line under the name (optional).
        role: A placeholder organisation; rename this file and its fields

        # Other entities to list first beside this one (optional).
        # related: [another-entity]
        ---
        The profile: who they are and why they matter to this conflict. The page lists every
        article and event that names them.

        """

    static let town = """
        ---
        # A place. Places nest: a town in a region in a country (in:), and a place's page shows
        # what happened in the places inside it.

        # The name shown everywhere (required).
        name: Example Town

        # country, region, city, village, site or other (optional).
        type: city

        # Other and contested names, shown side by side (optional).
        aliases: [Exampleville]

        # The place it lies in (optional): an id, name or alias of another place file.
        in: example-country

        # [latitude, longitude] in degrees (optional): the page shows a locator map.
        coordinates: [40.18, 44.51]
        ---
        What the place is and what happened there.

        """

    static let country = """
        ---
        # A country: the place Example Town lies in.
        name: Example Country
        type: country
        ---

        """

    static func timeline(today: String) -> String {
        """
        # Stand-alone events: a YAML list, one item per event. Each needs a date and a title.
        - date: \(today)
          # end: a later date, for something that lasted (optional)
          title: Example Organisation opens an office in Example Town
          # its own id, a slug unique in the dossier: its anchor, to link to it (optional)
          id: example-office-opens
          # what happened, in Markdown (optional)
          description: The office is the organisation's first in the region.
          # a short label of its kind (optional)
          category: opening
          # how many people were killed (optional): a number, or {best: 12, low: 10, high: 15}
          # fatalities: 0
          # who and where (optional): ids, names or aliases
          entities: [Example Organisation]
          places: [Example Town]
          # the articles that report it, by id, and sources outside the dossier (optional)
          sources:
            - first-report
            # - {name: Example News, url: "https://example.org/news/office", date: \(today)}

        """
    }

    static let about = """
        ---
        # A stand-alone page (About, Methodology, Corrections), at about/.
        title: About this dossier

        # One sentence under the title (optional).
        summary: Who keeps this dossier, and how.

        # Its place in the navigation, after the sections (optional; lower first).
        menu: 1
        ---
        Who we are, how we verify what we publish, and how to reach us with a correction.

        """
}
