import Foundation
import Intake
import IntakePoppler
import IntakeTestFixtures
import Logging
import Testing

/// poppler reads a PDF held in memory through `poppler_document_new_from_fd`, as it reads
/// one on disk: the same text, the same pages, the same failures.
@Suite("PDFTextExtractor on bytes held in memory")
struct PDFInMemoryTests {
    let extractor = PDFTextExtractor()
    let context = StageContext(logger: Logger(label: "intake.test", factory: { _ in SwiftLogNoOpLogHandler() }))

    static func inMemory(_ pathInSamples: String) throws -> InputFile {
        let name = Samples.url(pathInSamples).lastPathComponent
        return InputFile(memory: try InMemoryFile(bytes: try Samples.bytes(pathInSamples), name: name), fileName: name, key: "upload:test/\(pathInSamples)")
    }

    @Test("every sample PDF reads the same from memory as from disk", arguments: [
        "46d135bb-94cd-4998-aaf1-09517a6af8c6/document1.pdf",
        "46d135bb-94cd-4998-aaf1-09517a6af8c6/history.txt",
        "6329b0c2-4914-453c-91b8-f0b4aa707851/Resume (1).pdf",
        "6329b0c2-4914-453c-91b8-f0b4aa707851/resume.pdf",
        "7f212128-cb0d-4d2f-b791-3cfae0f8c358/intro.pdf",
        "7f212128-cb0d-4d2f-b791-3cfae0f8c358/resume_final.pdf",
        "7f212128-cb0d-4d2f-b791-3cfae0f8c358/work.pdf",
        "8431bdec-d02d-4a25-9bd3-78b1d5a42ff1/scan0001.pdf",
        "a77895df-294b-4367-a238-be2ef8a212fc/Marcus_Bell_CV.pdf",
        "dc36d74a-c3db-49a9-9170-d4ad97a619c8/cv-2024.pdf",
    ])
    func samplePDF(path: String) async throws {
        let fromDisk = try await extractor.extract(from: InputFile(url: Samples.url(path)), mimeType: "application/pdf", context: context)
        let fromMemory = try await extractor.extract(from: try Self.inMemory(path), mimeType: "application/pdf", context: context)
        #expect(fromMemory.pageCount != nil)
        #expect(fromMemory.pageCount == fromDisk.pageCount)
        #expect(fromMemory.text == fromDisk.text)
        #expect(fromMemory.notes == fromDisk.notes)
    }

    @Test("the resume held in memory gives its text")
    func resume() async throws {
        let extracted = try await extractor.extract(
            from: try Self.inMemory("6329b0c2-4914-453c-91b8-f0b4aa707851/resume.pdf"), mimeType: "application/pdf", context: context)
        #expect(extracted.pageCount == 2)
        #expect(extracted.text.hasPrefix("Daniel Okafor\nSenior Backend Engineer"))
    }

    @Test("an encrypted or truncated PDF held in memory fails as it does on disk", arguments: [
        ("a77895df-294b-4367-a238-be2ef8a212fc/application.pdf", "pdf_encrypted"),
        ("7f212128-cb0d-4d2f-b791-3cfae0f8c358/resume_old.pdf", "pdf_damaged"),
    ])
    func broken(path: String, code: String) async throws {
        let error = await #expect(throws: PDFError.self) {
            try await extractor.extract(from: try Self.inMemory(path), mimeType: "application/pdf", context: context)
        }
        #expect(error?.code == code)
    }
}
