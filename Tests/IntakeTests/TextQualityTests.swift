import Foundation
@testable import Intake
import IntakeTestFixtures
import IntakeTesting
import Testing

/// The verdict on extracted text, and what ExtractText does with it.
@Suite("Text quality")
struct TextQualityTests {
    @Test("prose in each language, a date list and structured lines are readable", arguments: [
        "I am a backend engineer who enjoys building reliable systems.",
        "Soy ingeniera de datos en Madrid y me encanta enseñar.",
        "Ich bin Softwareentwickler in München und arbeite gern im Team.",
        "Je suis développeuse à Lyon et j’aime le travail bien fait.",
        "2019 – 2021 Acme\n2021 – heute Beta\nsalary: 90000\nremote: yes",
    ])
    func readable(_ text: String) {
        let quality = TextQuality.assess(text)
        #expect(quality.verdict == .readable, "\(quality)")
        #expect(quality.skipReason == nil)
    }

    @Test("a table of contents is readable: its dot leaders are layout, not symbols", arguments: [
        (1...40).map { "Section \($0) . . . . . . . . . . . . . . . . . . . . . . . . . . \($0 * 3)" }.joined(separator: "\n"),
        (1...40).map { "Chapter \($0)........................................\($0 * 7)" }.joined(separator: "\n"),
    ])
    func tableOfContents(_ text: String) {
        let quality = TextQuality.assess(text, pageCount: 1)
        #expect(quality.verdict == .readable, "\(quality)")
    }

    @Test("dots that are not leaders still count: pairs of dots between a few letters stay garbled")
    func dotsThatAreNotLeaders() {
        // Counted, the dots make letters under a third of what is visible; taken for
        // leaders, the text would read as words.
        let quality = TextQuality.assess(String(repeating: "ab..1.. ", count: 40), pageCount: 1)
        #expect(quality.verdict == .garbled, "\(quality)")
    }

    @Test("replacement characters, private-use glyphs, control codes and symbol runs are garbled", arguments: [
        String(repeating: "\u{FFFD}\u{FFFD}a\u{FFFD} ", count: 30),
        String(repeating: "\u{E001}\u{E002}\u{E003} ab ", count: 30),
        String(repeating: "\u{01}\u{02}x\u{03}y ", count: 30),
        String(repeating: "#$%& 12 () ** 7 ++ ", count: 20),
    ])
    func garbled(_ text: String) throws {
        let quality = TextQuality.assess(text, pageCount: 2)
        #expect(quality.verdict == .garbled, "\(quality)")
        let reason = try #require(quality.skipReason)
        #expect(reason.code == "garbled_text")
        #expect(reason.message.contains("on 2 pages"))
    }

    @Test("a paged text with no characters, or a few per page, has no text layer; the pages are counted")
    func noTextLayer() throws {
        let empty = TextQuality.assess("\u{0C}\u{0C}", pageCount: 3)
        #expect(empty.verdict == .noTextLayer)
        #expect(empty.pagesWithoutText == 3)
        #expect(empty.skipReason == .noText(pages: 3))

        let stamps = TextQuality.assess("1\u{0C}2\u{0C}Scan 3", pageCount: 3)
        #expect(stamps.verdict == .noTextLayer)
        #expect(stamps.pagesWithoutText == 0)
        let reason = try #require(stamps.skipReason)
        #expect(reason.code == "no_text")
        #expect(reason.message.contains("only 7 characters of text on 3 pages"))

        #expect(TextQuality.assess("  \n ").skipReason == .blankText)
    }

    @Test("ExtractText skips garbled text as garbled_text and keeps the verdict on the document")
    func extractSkipsGarbled() async throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("broken.txt", text: String(repeating: "\u{FFFD}\u{FFFD}\u{FFFD}ab ", count: 40))
        var document = Document(file: try folder.inputFile("broken.txt"))
        document.mimeType = "text/plain"
        let result = try await ExtractText().process(&document, context: testContext)
        guard case .end(.skipped(let reason)) = result else {
            Issue.record("expected a skip, got \(result)")
            return
        }
        #expect(reason.code == "garbled_text")
        #expect(document.textQuality?.verdict == .garbled)
    }

    /// A recognizer that "reads" a fixed text, standing for OCR.
    struct FixedRecognizer: TextRecognizer {
        let name = "fixed"
        let text: String
        func canRecognize(mimeType: String, quality: TextQuality) -> Bool { quality.verdict == .noTextLayer }
        func recognize(_ file: InputFile, mimeType: String, quality: TextQuality, context: StageContext) async throws -> ExtractedText {
            ExtractedText(text: text, pageCount: quality.pageCount)
        }
    }

    /// An extractor that finds pages without text, as poppler does for a scan.
    struct ScanExtractor: TextExtractor {
        let name = "scan"
        func canExtract(mimeType: String) -> Bool { mimeType == "application/x-scan" }
        func extract(from file: InputFile, mimeType: String, context: StageContext) async throws -> ExtractedText {
            ExtractedText(text: "\u{0C}", pageCount: 2)
        }
    }

    @Test("a recognizer given to ExtractText recovers a scan's text, which then goes on to be classified")
    func recognizerRecoversText() async throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("scan.bin", text: "pretend image")
        var document = Document(file: try folder.inputFile("scan.bin"))
        document.mimeType = "application/x-scan"
        let recovered = "I am a designer who loves typography and long walks in the hills above Bilbao."
        let stage = ExtractText(ScanExtractor(), recognizer: FixedRecognizer(text: recovered))
        let result = try await stage.process(&document, context: testContext)
        guard case .proceed = result else {
            Issue.record("expected the document to go on, got \(result)")
            return
        }
        #expect(document.text == recovered)
        #expect(document.pageCount == 2)
        #expect(document.textQuality?.isReadable == true)
        #expect(document.pendingNotes.contains { $0.contains("asking the fixed recognizer") })
    }

    @Test("without a recognizer, or when it finds nothing, a scan ends no_text with its page count")
    func scanWithoutRecognizer() async throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("scan.bin", text: "pretend image")
        for recognizer: (any TextRecognizer)? in [nil, FixedRecognizer(text: "")] {
            var document = Document(file: try folder.inputFile("scan.bin"))
            document.mimeType = "application/x-scan"
            let result = try await ExtractText(ScanExtractor(), recognizer: recognizer).process(&document, context: testContext)
            guard case .end(.skipped(let reason)) = result else {
                Issue.record("expected a skip, got \(result)")
                continue
            }
            #expect(reason == .noText(pages: 2))
        }
    }
}
