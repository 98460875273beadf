import Foundation
@testable import Intake
import IntakeTestFixtures
import Testing

/// The built-in extractors, each reading a real file.
@Suite("Text extractors")
struct TextExtractorTests {
    static func extract(_ extractor: some TextExtractor, mimeType: String, text: String, name: String) async throws -> ExtractedText {
        let folder = try TemporaryFolder()
        try folder.write(name, text: text)
        return try await extractor.extract(from: try folder.inputFile(name), mimeType: mimeType, context: testContext)
    }

    /// The text's lines that hold something.
    static func nonEmptyLines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }

    // MARK: HTML

    static let html = """
        <!DOCTYPE html>
        <html><head><title>Ana Silva – CV</title>
        <style>body { color: red; } h1 { font-size: 2em; }</style>
        <SCRIPT type="text/javascript">var section = "<p>Education</p>";</SCRIPT>
        </head>
        <body>
        <h1>Ana&nbsp;Silva</h1><p>Fish &amp; chips &lt;3 caf&eacute; &#233;&#x41; Tom&rsquo;s</p>
        <ul><li>Swift</li><li>Rust</li></ul><!-- <p>a comment</p> -->
        <table><tr><td>2019</td><td>Acme</td></tr><tr><td>2021</td><td>Beta</td></tr></table>
        <P CLASS="x">An   <b>inline</b>  <a href="https://example.com">link</a> stays in its line.</P>
        </body></html>
        """

    @Test("HTML: tags stripped, script and style dropped, entities decoded, blocks on their own lines")
    func htmlText() async throws {
        let extracted = try await Self.extract(HTMLTextExtractor(), mimeType: "text/html", text: Self.html, name: "cv.html")
        #expect(Self.nonEmptyLines(extracted.text) == [
            "Ana Silva – CV",
            "Ana Silva",
            "Fish & chips <3 café éA Tom\u{2019}s",
            "Swift",
            "Rust",
            "2019 Acme",
            "2021 Beta",
            "An inline link stays in its line.",
        ])
        #expect(!extracted.text.contains("color"))
        #expect(!extracted.text.contains("var section"))
        #expect(!extracted.text.contains("Education"))
        #expect(!extracted.text.contains("comment"))
        #expect(!extracted.text.contains("\n\n\n"), "runs of blank lines are collapsed")
        #expect(!extracted.text.hasPrefix("\n") && !extracted.text.hasSuffix("\n"))
        #expect(extracted.notes == ["decoded as UTF-8"])
    }

    @Test("HTML: an unknown entity and a lone < at the end stay as written")
    func htmlOddities() async throws {
        let extracted = try await Self.extract(HTMLTextExtractor(), mimeType: "text/html", text: "<p>R&D &bogus; 3 < 5", name: "odd.html")
        #expect(extracted.text == "R&D &bogus; 3 < 5")
    }

    @Test("HTML: the extractor takes HTML and XHTML only")
    func htmlTypes() {
        #expect(HTMLTextExtractor().canExtract(mimeType: "text/html"))
        #expect(HTMLTextExtractor().canExtract(mimeType: "application/xhtml+xml"))
        #expect(!HTMLTextExtractor().canExtract(mimeType: "text/plain"))
    }

    // MARK: Markdown

    static let markdown = """
        # Jane Doe

        ## Work Experience
        Built **payments** at [Acme Corp](https://acme.example/jobs) with `snake_case_names` and _emphasis_.
        - Led a team of 5
        * Shipped v2
        > Quoted line
        ---
        | Year | Role |
        |------|------|
        | 2020 | Lead |
        ```
        """

    @Test("Markdown: headings kept as lines, markup dropped, link words kept, snake_case kept")
    func markdownText() async throws {
        let extracted = try await Self.extract(MarkdownTextExtractor(), mimeType: "text/markdown", text: Self.markdown, name: "cv.md")
        let lines = Self.nonEmptyLines(extracted.text).map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines == [
            "Jane Doe",
            "Work Experience",
            "Built payments at Acme Corp with snake_case_names and emphasis.",
            "Led a team of 5",
            "Shipped v2",
            "Quoted line",
            "Year Role",
            "2020 Lead",
        ])
        #expect(!extracted.text.contains("acme.example"))
        #expect(!extracted.text.contains("#"))
        #expect(!extracted.text.contains("*"))
    }

    @Test("Markdown: a link target ends on its line; an unclosed one swallows nothing after it")
    func markdownUnclosedLink() {
        let text = MarkdownTextExtractor.plainText(fromMarkdown: "See [x](unclosed\nNext (line) stays.\n[a](b) and [c](d)")
        #expect(text == "See x(unclosed\nNext (line) stays.\na and c")
        #expect(MarkdownTextExtractor.plainText(fromMarkdown: "x](y ](z\n[a](b) end") == "x(y (z\na end")
    }

    // Speed is the benchmark's business, not a test's: this pins what such a file reads as
    // (it once took 25 s, quadratic in the number of unclosed links).
    @Test("Markdown: lines full of `](` without `)` read as their words, on one line or many")
    func markdownUnclosedLinksRead() {
        for separator in ["", "\n"] {
            let text = Array(repeating: "[a](", count: 10_000).joined(separator: separator)
            let plain = MarkdownTextExtractor.plainText(fromMarkdown: text)
            #expect(plain.filter { $0 != "\n" } == String(repeating: "a(", count: 10_000))
        }
    }

    @Test("Markdown: the extractor takes text/markdown and text/x-markdown")
    func markdownTypes() {
        #expect(MarkdownTextExtractor().canExtract(mimeType: "text/markdown"))
        #expect(MarkdownTextExtractor().canExtract(mimeType: "text/x-markdown"))
        #expect(!MarkdownTextExtractor().canExtract(mimeType: "text/plain"))
    }

    // MARK: JSON

    static let json = """
        {
          "salary": {"min": 150000, "currency": "EUR"},
          "remote": true,
          "relocation": false,
          "desired_roles": ["Staff Engineer", "Principal Engineer"],
          "notice_period_weeks": 4,
          "rate": 12.5,
          "manager": null,
          "positions": [
            {"title": "Engineer", "employer": "Acme"},
            {"title": "Lead", "employer": "Beta"}
          ]
        }
        """

    @Test("JSON: flattened to sorted key: value lines, underscores as spaces, booleans as yes/no")
    func jsonText() async throws {
        let extracted = try await Self.extract(JSONTextExtractor(), mimeType: "application/json", text: Self.json, name: "prefs.json")
        #expect(extracted.text == """
            desired roles: Staff Engineer, Principal Engineer
            manager: none
            notice period weeks: 4
            positions:

            employer: Acme
            title: Engineer

            employer: Beta
            title: Lead
            rate: 12.5
            relocation: no
            remote: yes
            salary:
            currency: EUR
            min: 150000
            """)
    }

    @Test("JSON: a top-level list of objects gives blocks separated by blank lines, the first line not blank")
    func jsonTopLevelArray() async throws {
        let extracted = try await Self.extract(
            JSONTextExtractor(), mimeType: "application/json",
            text: #"[{"employer": "Acme", "title": "Engineer"}, {"employer": "Beta", "title": "Lead"}]"#, name: "jobs.json"
        )
        #expect(extracted.text == "employer: Acme\ntitle: Engineer\n\nemployer: Beta\ntitle: Lead")
    }

    @Test("JSON: the same values in another key order give the same text")
    func jsonStableOrder() async throws {
        let first = try await Self.extract(JSONTextExtractor(), mimeType: "application/json", text: #"{"b": 1, "a": {"y": true, "x": "s"}}"#, name: "1.json")
        let second = try await Self.extract(JSONTextExtractor(), mimeType: "application/json", text: #"{"a": {"x": "s", "y": true}, "b": 1}"#, name: "2.json")
        #expect(first.text == second.text)
        #expect(first.text == "a:\nx: s\ny: yes\nb: 1")
    }

    @Test("JSON: a file that does not parse is read as plain text, with a note")
    func invalidJSON() async throws {
        let broken = "{ \"salary\": 90000, remote: yes\n"
        let extracted = try await Self.extract(JSONTextExtractor(), mimeType: "application/json", text: broken, name: "broken.json")
        #expect(extracted.text == broken)
        #expect(extracted.notes.contains { $0.contains("not valid JSON") })
    }

    // MARK: Plain text

    @Test("plain text takes every text/* type and returns the decoded text as found")
    func plainText() async throws {
        #expect(PlainTextExtractor().canExtract(mimeType: "text/x-script.python"))
        #expect(!PlainTextExtractor().canExtract(mimeType: "application/pdf"))
        let extracted = try await Self.extract(PlainTextExtractor(), mimeType: "text/plain", text: "  Line one\n\nLine two  ", name: "a.txt")
        #expect(extracted.text == "  Line one\n\nLine two  ")
        #expect(extracted.pageCount == nil)
        #expect(extracted.notes == ["decoded as UTF-8"])
    }
}

@Suite struct HTMLEdgeCaseTests {
    @Test func aLessThanSignInTextStartsNoTag() {
        #expect(HTMLTextExtractor.plainText(fromHTML: "<p>a < b and c > d</p>") == "a < b and c > d")
    }

    @Test func aParagraphWrappedInTheSourceIsOneLine() {
        let html = "<p>I have worked as a nurse\n   for twelve years in\nintensive care.</p><p>Second.</p>"
        #expect(HTMLTextExtractor.plainText(fromHTML: html) == "I have worked as a nurse for twelve years in intensive care.\n\nSecond.")
    }
}
