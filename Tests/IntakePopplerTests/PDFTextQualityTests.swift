import Foundation
import Intake
import IntakeTestFixtures
import Logging
import Testing
@testable import IntakePoppler

/// What ExtractText decides about real PDFs whose text is missing or not words.
@Suite("Text quality of real PDFs")
struct PDFTextQualityTests {
    let context = StageContext(logger: Logger(label: "intake.test", factory: { _ in SwiftLogNoOpLogHandler() }))

    /// A PDF of one page per string, each shown in Helvetica on one line.
    static func pdf(pages: [String]) -> Data {
        TextPDF.make(pages: pages.map { [$0] })
    }

    func run(_ data: Data) async throws -> (StageResult, Document) {
        let folder = try TemporaryFolder()
        _ = try folder.write("doc.pdf", bytes: data)
        var document = Document(file: try folder.inputFile("doc.pdf"))
        document.mimeType = "application/pdf"
        let result = try await ExtractText(PDFTextExtractor()).process(&document, context: context)
        return (result, document)
    }

    @Test("a PDF whose pages hold words is readable")
    func readable() async throws {
        let (result, document) = try await run(Self.pdf(pages: ["I am a welder from Gijon with twenty years at sea.", "Salary: 40k"]))
        guard case .proceed = result else {
            Issue.record("expected the document to go on, got \(result)")
            return
        }
        #expect(document.pageCount == 2)
        #expect(document.textQuality?.isReadable == true)
    }

    @Test("a PDF whose text is symbols, not words, is skipped as garbled_text with its page count")
    func symbols() async throws {
        let garbage = String(repeating: "#$%& *+ 12 <> ", count: 12)
        let (result, document) = try await run(Self.pdf(pages: [garbage, garbage, garbage]))
        guard case .end(.skipped(let reason)) = result else {
            Issue.record("expected a skip, got \(result)")
            return
        }
        #expect(reason.code == "garbled_text")
        #expect(reason.message.contains("on 3 pages"))
        #expect(document.textQuality?.verdict == .garbled)
    }

    @Test("a PDF with only page numbers for text counts as a scan: no_text, with its page count")
    func pageNumbersOnly() async throws {
        let (result, _) = try await run(Self.pdf(pages: ["1", "2", "3", "4"]))
        guard case .end(.skipped(let reason)) = result else {
            Issue.record("expected a skip, got \(result)")
            return
        }
        #expect(reason.code == "no_text")
        #expect(reason.message.contains("on 4 pages"))
    }

    @Test("the image-only sample is skipped as no_text, both pages counted")
    func imageOnlySample() async throws {
        let (result, document) = try await run(try Samples.bytes("8431bdec-d02d-4a25-9bd3-78b1d5a42ff1/scan0001.pdf"))
        guard case .end(.skipped(let reason)) = result else {
            Issue.record("expected a skip, got \(result)")
            return
        }
        #expect(reason == .noText(pages: 2))
        #expect(document.textQuality?.pagesWithoutText == 2)
    }
}
