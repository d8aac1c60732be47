import Foundation
import Testing

@testable import DossierKit

/// Output folder names must be portable: Windows strips trailing dots and spaces and reserves
/// device names whatever their extension, so `baku..md` or `Nul.txt.md` must not make folders
/// that a checkout or a deploy on another system would rename or refuse.
@Suite struct SafeNameTests {
    /// Whether `name` is a folder name that Windows, macOS and Linux keep as it is.
    private func isPortable(_ name: String) -> Bool {
        let reserved = ["con", "prn", "aux", "nul"] + (0...9).flatMap { ["com\($0)", "lpt\($0)"] }
        let base = name.prefix { $0 != "." }.lowercased().trimmingCharacters(in: .whitespaces)
        return !name.isEmpty && !name.hasPrefix(".") && !name.hasSuffix(".") && !name.hasSuffix(" ") && !name.hasPrefix(" ")
            && !reserved.contains(base) && name.utf8.count <= SafeName.maximumLength
            && !name.unicodeScalars.contains { TerminalText.needsEscaping($0) || "/\\:*?\"<>|".unicodeScalars.contains($0) }
    }

    @Test func trailingDotsAndSpacesAndReservedNamesArePortable() {
        #expect(SafeName.make("baku.") == "baku")
        #expect(SafeName.make("baku ") == "baku")
        #expect(SafeName.make("baku. . ") == "baku")
        #expect(SafeName.make(" baku") == "baku")
        #expect(SafeName.make("Nul.txt") == "Nul_.txt")
        #expect(SafeName.make("nul") == "nul_")
        #expect(SafeName.make("CON .md") == "CON_ .md")
        #expect(SafeName.make("com1.a.b") == "com1_.a.b")
        #expect(SafeName.make("lpt²") == "lpt²_")
        #expect(SafeName.make("console") == "console")
        #expect(SafeName.make("Ստեփանակերտ") == "Ստեփանակերտ")
        #expect(SafeName.make("john-kerry") == "john-kerry")
        #expect(SafeName.make("e\u{301}") == "\u{E9}")
    }

    @Test func everyHostileNameBecomesAPortableOne() {
        let names = [
            "baku..", "baku .", "...", " ", ". .", "Nul.txt", "aux.tar.gz", "CoM9", "a\u{202E}b", "a\u{1B}[31m", "a\nb", "x:y",
            "what?", "a\u{FEFF}", ".hidden", "..", "con", String(repeating: "é", count: 150) + ".",
            String(repeating: "a", count: 199) + " .x",
        ]
        for name in names {
            let safe = SafeName.make(name)
            #expect(isPortable(safe), "\(name.debugDescription) → \(safe.debugDescription)")
            #expect(SafeName.make(name) == safe)
        }
    }

    @Test func namesWithTrailingDotsOrSpacesMakePortableFolders() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/places/baku..md": Fixture.place("Baku"),
            "content/places/ganja .md": Fixture.place("Ganja"),
            "content/places/Nul.txt.md": Fixture.place("Nul Place"),
        ])
        try project.build()
        let folders = try FileManager.default.contentsOfDirectory(atPath: project.output.appendingPathComponent("places").path)
        #expect(Set(folders) == ["baku", "ganja", "Nul_.txt", "index.html"])
        #expect(project.page("places/index.html")?.contains("href=\"../places/Nul_.txt/index.html\"") == true)
    }

    @Test func twoFilesThatBecomeOneNameAreStillAnError() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/places/baku.md": Fixture.place("Baku"),
            "content/places/more/baku..md": Fixture.place("Baku again"),
            "content/articles/Nul.txt.md": Fixture.article("One"),
            "content/articles/more/nul_.txt.md": Fixture.article("Two"),
        ])
        let found = project.failingBuild().map(\.description)
        #expect(found.count == 2)
        #expect(
            found.contains(
                "content/places/more/baku..md:1:1: error: two place files have the id 'baku': content/places/baku.md and content/places/more/baku..md; ids come from file names and must be unique, so rename one"
            ), "\(found)")
        // `Nul_.txt` and `nul_.txt` differ only in case, as Windows and macOS do not see: the output
        // plan reports them.
        #expect(found.contains { $0.contains("would both be written to public/articles/") }, "\(found)")
        #expect(!project.exists("index.html"))
    }
}
