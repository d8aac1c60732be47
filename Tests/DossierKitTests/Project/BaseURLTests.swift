import Foundation
import Testing

@testable import DossierKit

/// `base_url` is written into `robots.txt`, the sitemap, the feeds and every page: only an absolute
/// http(s) address with a host, without query or fragment, is accepted, from `site.yml` and
/// `--base-url` alike.
@Suite struct BaseURLTests {
    private func project(baseURL: String) throws -> TestProject {
        try TestProject([
            "site.yml": "title: T\nlanguage: en\nbase_url: \(baseURL)\n",
            "content/articles/a.md": Fixture.article("A"),
        ])
    }

    @Test func aLineBreakCannotInjectLinesIntoRobotsTxt() throws {
        let project = try project(baseURL: "\"https://example.org/\\nDisallow: /\"")
        let found = project.failingBuild()
        #expect(
            found.map(\.description) == [
                "site.yml:3:11: error: 'base_url' should be an absolute http or https address with a host and no query or fragment, such as https://example.org/dossier/; 'https://example.org/\\nDisallow: /' contains a space, a line break or another control character"
            ])
        #expect(!project.exists("robots.txt"))
    }

    @Test(arguments: [
        ("\"https://\"", "has no host"),
        ("\"https:///dossier/\"", "has no host"),
        ("\"https://example.org/?utm=1\"", "has a query"),
        ("\"https://example.org/?\"", "has a query"),
        ("\"https://example.org/#top\"", "has a fragment"),
        ("\"https://user:token@example.org/\"", "has a user name or password"),
        ("\"ftp://example.org/\"", "only http and https"),
        ("\"example.org\"", "is not a web address"),
        ("\"https://example.org:0/\"", "has port 0"),
        ("\"https://exa%0Ample.org/\"", "has a host with characters"),
    ])
    func invalidAddressesAreErrorsSayingWhatIsWrong(value: String, reason: String) throws {
        let found = try project(baseURL: value).failingBuild()
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.location == SourceLocation(path: "site.yml", line: 3, column: 11))
        #expect(found.first?.message.contains(reason) == true, "\(found)")
        #expect(found.first?.message.contains("such as https://example.org/dossier/") == true)
    }

    @Test func theCommandLineOptionIsCheckedTheSameWay() throws {
        let project = try TestProject(["site.yml": Fixture.site, "content/articles/a.md": Fixture.article("A")])
        for bad in ["https://example.org/\nDisallow: /", "https://", "https://example.org/?q", "https://example.org/#x"] {
            let options = BuildOptions(projectRoot: project.root, baseURL: bad)
            #expect(throws: DossierError.self) { try SiteBuilder(options: options).build() }
            guard case .failure(let problem) = BaseURL.normalized(bad) else {
                Issue.record("\(bad.debugDescription) accepted")
                continue
            }
            #expect(problem.message(for: "--base-url", value: bad).hasPrefix("--base-url should be an absolute http or https"))
        }
        #expect(!project.exists("robots.txt"))
        try SiteBuilder(options: BuildOptions(projectRoot: project.root, baseURL: "https://example.org/k")).build()
        #expect(project.page("robots.txt")?.contains("Sitemap: https://example.org/k/sitemap.xml") == true)
    }

    @Test func validAddressesAreNormalised() {
        let cases = [
            "https://example.org": "https://example.org/",
            "HTTPS://example.org/dossier": "https://example.org/dossier/",
            "http://localhost:8080/a/b/": "http://localhost:8080/a/b/",
            "https://example.org/досье/": "https://example.org/%D0%B4%D0%BE%D1%81%D1%8C%D0%B5/",
        ]
        for (written, normalized) in cases {
            #expect(BaseURL.normalized(written) == .success(normalized), "\(written)")
        }
    }
}
