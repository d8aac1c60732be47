import Foundation
import Testing

/// The `dossier` executable itself, run as a user runs it: from a folder, with arguments, reading
/// its exit status, standard output and standard error.
@Suite struct DossierBinaryTests {
    /// What one run of the binary did.
    struct Run {
        let status: Int32
        let output: String
        let errors: String

        var errorLines: [String] { errors.split(separator: "\n").map(String.init) }
        var outputLines: [String] { output.split(separator: "\n").map(String.init) }
    }

    /// The built `dossier`, beside the test bundle in the build folder.
    static let binary: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("dossier")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/dossier")
    }()

    /// Runs `dossier` with `arguments` in the folder `directory`.
    func dossier(_ arguments: [String], in directory: URL) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }

    /// A new empty folder.
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-binary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func write(_ text: String, to path: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String, in root: URL) -> String {
        (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    @Test func aNewDossierBuildsStrictAndChecksClean() throws {
        let parent = try folder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let made = try dossier(["new", "karabakh"], in: parent)
        #expect(made.status == 0, "\(made.errors)")
        let root = parent.appendingPathComponent("karabakh")
        for path in [
            "site.yml", ".gitignore", "content/articles/first-report.md", "content/entities/example-organisation.md",
            "content/places/example-town.md", "content/timeline/events.yml", "content/pages/about.md",
        ] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path), "\(path)")
        }
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("content/media").path))
        #expect(read(".gitignore", in: root).contains("/public/") && read(".gitignore", in: root).contains("/.dossier/"))
        #expect(read("site.yml", in: root).contains("# base_url:"), "every setting is there, commented")

        let built = try dossier(["build", "--strict"], in: root)
        #expect(built.status == 0, "\(built.errors)")
        #expect(built.errorLines.last?.hasPrefix("Built ") == true, "\(built.errors)")
        #expect(
            FileManager.default.fileExists(atPath: root.appendingPathComponent("public/articles/first-report/index.html").path))
        let checked = try dossier(["check", "--strict"], in: root)
        #expect(checked.status == 0, "\(checked.errors)")
        #expect(checked.errorLines == ["No problems found."])

        let again = try dossier(["new", "karabakh"], in: parent)
        #expect(again.status == 1, "a dossier is never started over an existing one")
        #expect(again.errors.contains("already has files in it"))
    }

    @Test func newFilesAreDatedTodayAndNeverOverwritten() throws {
        let parent = try folder()
        defer { try? FileManager.default.removeItem(at: parent) }
        _ = try dossier(["new", "d"], in: parent)
        let root = parent.appendingPathComponent("d")
        let articles = root.appendingPathComponent("content/articles")
        let made = try dossier(["new", "article", "Ceasefire talks in Moscow"], in: articles)
        #expect(made.status == 0, "\(made.errors)")
        #expect(made.outputLines == ["ceasefire-talks-in-moscow.md"], "the path, from the folder it was run in")
        let text = read("content/articles/ceasefire-talks-in-moscow.md", in: root)
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        #expect(text.contains("title: \"Ceasefire talks in Moscow\"\ndate: \(formatter.string(from: Date()))\n"), "\(text)")
        let twice = try dossier(["new", "article", "Ceasefire talks in Moscow"], in: root)
        #expect(twice.status == 1)
        #expect(
            twice.errorLines == [
                "error: content/articles/ceasefire-talks-in-moscow.md already exists in '\(root.path)', and Dossier never overwrites a file; move it away or choose another title"
            ])
        for kind in ["entity", "place", "page"] {
            let run = try dossier(["new", kind, "Сергей Лавров"], in: root)
            #expect(run.status == 0, "\(kind): \(run.errors)")
        }
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("content/entities/sergey-lavrov.md").path))
        let strict = try dossier(["build", "--strict"], in: root)
        #expect(strict.status == 0, "the new files build as they are: \(strict.errors)")
        let wrong = try dossier(["new", "artcle", "Title"], in: root)
        #expect(wrong.status == 2)
        #expect(wrong.errors.contains("'artcle' is not a kind of file; write one of article, entity, place, page"))
    }

    static let brokenArticle = """
        ---
        title: Talks
        date: 2016-04-11
        entities: [John Kerry]
        ---
        See [the terms](#terms) and [the summit](/articles/vienna/).

        ## Ceasefire terms
        """

    @Test func checkPrintsGitHubAnnotationsAndJSON() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write("title: T\n", to: "site.yml", in: root)
        try write(Self.brokenArticle, to: "content/articles/talks.md", in: root)
        try write("---\ntitle: Bad\ndate: 2016-13-01\n---\nBody.\n", to: "content/articles/bad.md", in: root)
        let github = try dossier(["check", "--format", "github"], in: root)
        #expect(github.status == 1)
        #expect(
            github.outputLines == [
                "::error file=content/articles/bad.md,line=3,col=7::'date': '2016-13-01' is not a real date: there is no month 13; expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
                "::warning file=content/articles/talks.md,line=4,col=12::unknown entity 'John Kerry': no entity has this id, name or alias, so it gets a stub page; create content/entities/john-kerry.md to give it a profile",
                "::warning file=content/articles/talks.md,line=6,col=5::there is no anchor '#terms' on this page; did you mean '#ceasefire-terms'?",
                "::warning file=content/articles/talks.md,line=6,col=29::the link '/articles/vienna/' is not a file of content/, and an address from the web host's root breaks when the site is published under a sub-path or opened from disk; link to the content file instead (../articles/x.md, ../pages/about.md), to a media file from content/ (/media/map.png), or write the full address (https://…)",
            ], "\(github.output)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path), "check writes no site")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(".dossier").path), "nor any state")

        let json = try dossier(["check", "--format", "json"], in: root)
        #expect(json.status == 1)
        let list = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]] ?? []
        #expect(list.count == 4)
        let anchor = list.first { ($0["message"] as? String)?.contains("#terms") == true }
        #expect(anchor?["path"] as? String == "content/articles/talks.md")
        #expect(anchor?["line"] as? Int == 6)
        #expect(anchor?["column"] as? Int == 5)
        #expect(anchor?["severity"] as? String == "warning")
        #expect(anchor?["suggestion"] as? String == "did you mean '#ceasefire-terms'?")

        let parent = try dossier(["check", root.lastPathComponent, "--format", "github"], in: root.deletingLastPathComponent())
        #expect(
            parent.outputLines.first?.hasPrefix("::error file=\(root.lastPathComponent)/content/articles/bad.md,") == true,
            "paths from the folder it runs in, as a CI job's checkout: \(parent.output)")
    }

    @Test func oneTemplateAndTheColoursOverrideTheBuiltInTheme() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write("title: T\n", to: "site.yml", in: root)
        try write(
            "---\ntitle: Talks\ndate: 2016-04-11\nevents:\n  - {date: 2016-04-02, title: Fighting erupts}\n---\nBody.\n",
            to: "content/articles/talks.md", in: root)
        try write(
            "{{<base}}{{$main}}{{#article}}<h1 class=\"mine\">{{.title}}</h1>{{{.body_html}}}{{{.events_html}}}{{/article}}{{/main}}{{/base}}\n",
            to: "templates/article.mustache", in: root)
        try write(":root { --accent: #8b0000; }\n", to: "templates/assets/custom.css", in: root)
        let built = try dossier(["build", "--strict"], in: root)
        #expect(built.status == 0, "\(built.errors)")
        let article = read("public/articles/talks/index.html", in: root)
        #expect(article.contains("<h1 class=\"mine\">Talks</h1>"), "the dossier's template")
        #expect(article.contains("Fighting erupts"), "the built-in partial for events")
        #expect(article.contains("<header class=\"site-header\">"), "the built-in base")
        let style = article.range(of: "assets/style.css")
        let custom = article.range(of: "assets/custom.css")
        #expect(style != nil && custom != nil && style!.lowerBound < custom!.lowerBound, "custom.css after the theme's")
        #expect(read("public/assets/custom.css", in: root) == ":root { --accent: #8b0000; }\n")
        #expect(read("public/assets/style.css", in: root).contains("--accent"), "the built-in stylesheet")
        #expect(read("public/entities/index.html", in: root).contains("assets/custom.css"), "on every page")

        try write("{{> partials/missing}}\n", to: "templates/partials/event.mustache", in: root)
        let broken = try dossier(["build"], in: root)
        #expect(broken.status == 1)
        #expect(
            broken.errorLines.first
                == "templates/partials/event.mustache:1:1: error: the template uses 'partials/missing', but there is no template partials/missing.mustache",
            "\(broken.errors)")

        let exported = try folder()
        defer { try? FileManager.default.removeItem(at: exported) }
        let export = try dossier(["theme", "export", "theme"], in: exported)
        #expect(export.status == 0, "\(export.errors)")
        #expect(read("theme/partials/event.mustache", in: exported).contains("{{"))
        #expect(!read("theme/assets/style.css", in: exported).isEmpty)
        let twice = try dossier(["theme", "export", "theme"], in: exported)
        #expect(twice.status == 1, "an export never overwrites")
    }

    @Test func aRedirectPageLeadsToThePageFromDisk() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write("title: T\n", to: "site.yml", in: root)
        try write(
            "---\ntitle: Talks in Vienna\ndate: 2016-05-16\nredirect_from: [vienna-talks, 2016/05/vienna/]\n---\nBody.\n",
            to: "content/articles/talks.md", in: root)
        let built = try dossier(["build"], in: root)
        #expect(built.status == 0, "\(built.errors)")
        #expect(built.errors.contains("and 2 redirects"), "\(built.errors)")
        for old in ["articles/vienna-talks/index.html", "2016/05/vienna/index.html"] {
            let html = read("public/" + old, in: root)
            let refresh = try #require(html.range(of: "url=")).upperBound
            let link = String(html[refresh...].prefix { $0 != "\"" })
            let target = root.appendingPathComponent("public/" + old).deletingLastPathComponent().appendingPathComponent(link)
                .standardizedFileURL
            #expect(
                target.path == root.appendingPathComponent("public/articles/talks/index.html").standardizedFileURL.path, "\(old)")
            #expect(html.contains("<a href=\"\(link)\">Talks in Vienna</a>"), "a plain link too")
            #expect(html.contains("<link rel=\"canonical\" href=\"\(link)\">"))
        }
        try write(
            "---\ntitle: Talks in Vienna\ndate: 2016-05-16\nredirect_from: [\"https://elsewhere.example/\", ../up]\n---\nBody.\n",
            to: "content/articles/talks.md", in: root)
        let refused = try dossier(["build"], in: root)
        #expect(refused.status == 1)
        #expect(
            refused.errorLines.contains(
                "content/articles/talks.md:4:17: error: 'https://elsewhere.example/' is not an address of this site: redirect_from takes old addresses within it; write an old id (kerry-lavrov-call) or a path from the site's root (2016/04/kerry-lavrov-call/ or news/old-page.html)"
            ), "\(refused.errors)")
        #expect(refused.errors.contains("content/articles/talks.md:4:47: error: '../up' is not a usable old address"))

        try write("---\ntitle: Other\ndate: 2016-05-17\n---\nBody.\n", to: "content/articles/other.md", in: root)
        try write(
            "---\ntitle: Talks in Vienna\ndate: 2016-05-16\nredirect_from: [/404.html/old/, other]\n---\nBody.\n",
            to: "content/articles/talks.md", in: root)
        let clashes = try dossier(["build"], in: root)
        #expect(clashes.status == 1)
        #expect(
            clashes.errorLines.contains(
                "content/articles/talks.md:4:17: error: content/articles/talks.md would be written to public/404.html/old/index.html, inside public/404.html, which is a file of the 404 page; rename one of them"
            ), "\(clashes.errors)")
        #expect(
            clashes.errorLines.contains(
                "content/articles/talks.md:4:33: error: content/articles/talks.md and content/articles/other.md would both be written to public/articles/other/index.html; rename one of them"
            ), "\(clashes.errors)")
    }

    @Test func buildFindsTheDossierAboveAndSaysWhatToDoWhereThereIsNone() throws {
        let parent = try folder()
        defer { try? FileManager.default.removeItem(at: parent) }
        _ = try dossier(["new", "d"], in: parent)
        let root = parent.appendingPathComponent("d")
        let inside = try dossier(["build"], in: root.appendingPathComponent("content/articles"))
        #expect(inside.status == 0, "\(inside.errors)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("content/public").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("content/articles/public").path))

        let empty = try folder()
        defer { try? FileManager.default.removeItem(at: empty) }
        let none = try dossier(["build"], in: empty)
        #expect(none.status == 2)
        #expect(
            none.errors.contains(
                "'.' is not a dossier: it has neither site.yml nor content/, and no folder above it has a site.yml; run 'dossier new .' to start one there, or give the dossier's folder (the one holding site.yml and content/)"
            ), "\(none.errors)")
    }

    @Test func datesAfterTodayWarnAndImplausibleYearsAreErrors() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write("title: T\n", to: "site.yml", in: root)
        try write("---\ntitle: Typo\ndate: 2030-05-01\n---\nBody.\n", to: "content/articles/typo.md", in: root)
        let built = try dossier(["build"], in: root)
        #expect(built.status == 0)
        let today = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        let todayText = String(format: "%04d-%02d-%02d", today.year!, today.month!, today.day!)
        #expect(
            built.errorLines.first
                == "content/articles/typo.md:3:7: warning: the date 2030-05-01 is after today (\(todayText)), so the article would be listed first and stretch the activity charts to 2030; correct the date, or build with --future if it is meant to be",
            "\(built.errors)")
        let future = try dossier(["build", "--future", "--force"], in: root)
        #expect(future.status == 0)
        #expect(!future.errors.contains("warning:"), "\(future.errors)")

        try write("---\ntitle: Old\ndate: 1828-02-22\n---\nBody.\n", to: "content/articles/typo.md", in: root)
        let old = try dossier(["build"], in: root)
        #expect(old.status == 1)
        #expect(
            old.errorLines.first
                == "content/articles/typo.md:3:7: error: 'date': the year 1828 is before 1900, which is likelier a typo than a date of this dossier; correct it, or if it is right say so: {value: 1828-02-22, confirmed: true}",
            "\(old.errors)")
        try write(
            "---\ntitle: Old\ndate: {value: 1828-02-22, confirmed: true}\n---\nBody.\n", to: "content/articles/typo.md", in: root)
        let confirmed = try dossier(["build", "--strict"], in: root)
        #expect(confirmed.status == 0, "\(confirmed.errors)")
        #expect(read("public/articles/typo/index.html", in: root).contains("22 February 1828"))
    }
}
