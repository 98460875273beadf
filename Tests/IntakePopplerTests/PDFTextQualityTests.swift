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

    /// A PDF of one page per string, each shown in Helvetica: written by hand, with a
    /// correct cross-reference table, so that poppler reads it without repairs.
    static func pdf(pages: [String]) -> Data {
        var objects: [String] = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [\((0..<pages.count).map { "\(4 + 2 * $0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        for (index, text) in pages.enumerated() {
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
            let stream = "BT /F1 12 Tf 72 720 Td (\(escaped)) Tj ET"
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents \(5 + 2 * index) 0 R >>")
            objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        }
        var body = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(body.utf8.count)
            body += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = body.utf8.count
        body += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { body += String(format: "%010d 00000 n \n", offset) }
        body += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(body.utf8)
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
