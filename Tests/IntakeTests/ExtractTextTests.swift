import Foundation
import Intake
import IntakeTestFixtures
import IntakeTesting
import Testing

@Suite("ExtractText")
struct ExtractTextTests {
    let harness = StageHarness(ExtractText())

    @Test("a text file's text and a note about how it was read are kept on the document")
    func readsText() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("about.md", text: "# About\nI build things.")
        let (result, document) = try await harness.run(onFileAt: file) { $0.mimeType = "text/markdown" }
        #expect(result.proceeded)
        #expect(document.text == "About\nI build things.")
        #expect(document.pageCount == nil)
    }

    @Test("a type no extractor reads is skipped as unsupported_type")
    func unsupportedType() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("photo.png", bytes: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let (result, document) = try await harness.run(onFileAt: file) { $0.mimeType = "image/png" }
        #expect(result.skipReason == .unsupportedType("image/png"))
        #expect(result.skipReason?.code == "unsupported_type")
        #expect(document.text == nil)
    }

    @Test("a text of white space only is skipped as no_text")
    func blankText() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("blank.txt", text: "  \n\t\r\n   \n")
        let (result, _) = try await harness.run(onFileAt: file) { $0.mimeType = "text/plain" }
        #expect(result.skipReason == .blankText)
        #expect(result.skipReason?.code == "no_text")
    }

    @Test("a paged document without text is skipped as no_text, keeping its page count")
    func pagesWithoutText() async throws {
        /// Reads "scans": two pages, no text layer.
        struct ScanExtractor: TextExtractor {
            let name = "scan"
            func canExtract(mimeType: String) -> Bool { mimeType == "application/x-scan" }
            func extract(from file: InputFile, mimeType: String, context: StageContext) async throws -> ExtractedText {
                ExtractedText(text: "\u{0C}\u{0C}", pageCount: 2)
            }
        }
        let folder = try TemporaryFolder()
        let file = try folder.write("scan.bin", text: "pixels")
        let (result, document) = try await StageHarness(ExtractText(ScanExtractor())).run(onFileAt: file) { $0.mimeType = "application/x-scan" }
        #expect(result.skipReason == .noText(pages: 2))
        #expect(document.pageCount == 2)
    }

    @Test("a custom extractor given first wins over the built-in ones; others still fall through")
    func customExtractorFirst() async throws {
        /// Reads plain text as a fixed word, so the test can tell who read the file.
        struct Fixed: TextExtractor {
            let name = "fixed"
            func canExtract(mimeType: String) -> Bool { mimeType == "text/plain" }
            func extract(from file: InputFile, mimeType: String, context: StageContext) async throws -> ExtractedText {
                ExtractedText(text: "read by fixed", notes: ["fixed was here"])
            }
        }
        let stage = ExtractText(Fixed())
        #expect(stage.extractors.map(\.name) == ["fixed", "json", "yaml", "csv", "html", "markdown", "rtf", "plain-text"])

        let folder = try TemporaryFolder()
        let plain = try folder.write("a.txt", text: "original words")
        let (_, fromPlain) = try await StageHarness(stage).run(onFileAt: plain) { $0.mimeType = "text/plain" }
        #expect(fromPlain.text == "read by fixed")

        let html = try folder.write("a.html", text: "<p>original words</p>")
        let (_, fromHTML) = try await StageHarness(stage).run(onFileAt: html) { $0.mimeType = "text/html" }
        #expect(fromHTML.text == "original words")

        let only = ExtractText(extractors: [Fixed()], includingBuiltIns: false)
        let (result, _) = try await StageHarness(only).run(onFileAt: html) { $0.mimeType = "text/html" }
        #expect(result.skipReason?.code == "unsupported_type")
    }

    @Test("the trail names the extractor and carries its notes")
    func trailNotes() async throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", text: "Caf\u{E9}")
        let pipeline = Pipeline { MIMEFromExtension(); ExtractText() }
        let outcome = await pipeline.process(try folder.inputFile("a.txt"), context: testContext)
        let notes = try #require(outcome.document.trail.last?.notes)
        #expect(notes.first?.contains("plain-text") == true)
        #expect(notes.contains("decoded as UTF-8"))
    }

    @Test("without a MIME type the stage fails the file as not_ready")
    func missingMIMEType() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", text: "words")
        let code = await reportableCode { _ = try await harness.run(onFileAt: file) }
        #expect(code == "not_ready")
    }

    @Test("a text file over 32 MiB fails as text_too_large")
    func textTooLarge() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("huge.txt", text: "start of a very long log\n")
        // A sparse file: its size is set, no bytes are written.
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 32 * 1024 * 1024 + 1)
        try handle.close()

        let pipeline = Pipeline { MIMEFromExtension(); ExtractText() }
        let outcome = await pipeline.process(try folder.inputFile("huge.txt"), context: testContext)
        #expect(outcome.status.failure?.stage == "extract")
        #expect(outcome.status.failure?.code == "text_too_large")
        #expect(outcome.document.text == nil)
    }

    @Test("a file that is gone fails as not_found")
    func unreadable() async throws {
        let folder = try TemporaryFolder()
        let gone = InputFile(url: folder.url.appending(path: "gone.txt"))
        let code = await reportableCode {
            _ = try await harness.run(on: {
                var document = Document(file: gone)
                document.mimeType = "text/plain"
                return document
            }())
        }
        #expect(code == "not_found")
    }
}
