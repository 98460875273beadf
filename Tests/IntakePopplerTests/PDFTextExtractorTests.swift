import Foundation
import Intake
import IntakeTestFixtures
import IntakeTesting
import Logging
import Testing
@testable import IntakePoppler

@Suite("PDFTextExtractor with real poppler")
struct PDFTextExtractorTests {
    let extractor = PDFTextExtractor()
    let context = StageContext(logger: Logger(label: "intake.test", factory: { _ in SwiftLogNoOpLogHandler() }))

    static let resume = "6329b0c2-4914-453c-91b8-f0b4aa707851/resume.pdf"
    static let encrypted = "a77895df-294b-4367-a238-be2ef8a212fc/application.pdf"
    static let truncated = "7f212128-cb0d-4d2f-b791-3cfae0f8c358/resume_old.pdf"
    static let scan = "8431bdec-d02d-4a25-9bd3-78b1d5a42ff1/scan0001.pdf"

    private func extract(_ url: URL) async throws -> ExtractedText {
        try await extractor.extract(from: InputFile(url: url), mimeType: "application/pdf", context: context)
    }

    /// Runs `body` and returns the `PDFError` it threw, recording an issue if it threw none.
    private func pdfError(_ body: () async throws -> ExtractedText) async -> PDFError? {
        await #expect(throws: PDFError.self) { try await body() }
    }

    @Test("it takes PDF types only")
    func mimeTypes() {
        #expect(extractor.name == "pdf")
        #expect(extractor.canExtract(mimeType: "application/pdf"))
        #expect(extractor.canExtract(mimeType: "application/x-pdf"))
        #expect(!extractor.canExtract(mimeType: "text/plain"))
        #expect(!extractor.canExtract(mimeType: "application/octet-stream"))
    }

    @Test("reading stops after the text limit, keeping the page count and saying so")
    func textLimit() async throws {
        let whole = try await extract(Samples.url(Self.resume))
        let limited = try await PDFTextExtractor(maximumTextBytes: 100)
            .extract(from: InputFile(url: Samples.url(Self.resume)), mimeType: "application/pdf", context: context)
        #expect(limited.pageCount == 2)
        #expect(!limited.text.contains("\u{0C}"), "only the first page is read")
        #expect(whole.text.hasPrefix(limited.text))
        #expect(limited.notes.contains { $0.contains("read 1 of 2 pages") })
    }

    /// A PDF up to `PopplerPDF.maximumBytesReadWhole` is read into memory and parsed
    /// there; a larger one from its descriptor. Both read the same text.
    @Test("a PDF too large to be read into memory whole reads the same text from its descriptor", arguments: [0, PopplerPDF.maximumBytesReadWhole + 1])
    func readFromMemoryOrDescriptor(paddingBytes: Int) async throws {
        let pages = [["Jane Doe, staff nurse", "Experience 2019 - 2024"], ["Education", "BSc Nursing 2015"]]
        let data = TextPDF.make(pages: pages, paddingBytes: paddingBytes)
        #expect((data.count > PopplerPDF.maximumBytesReadWhole) == (paddingBytes > 0))
        let folder = try TemporaryFolder()
        let extracted = try await extract(try folder.write("padded.pdf", bytes: data))
        #expect(extracted.pageCount == 2)
        #expect(extracted.isComplete)
        #expect(extracted.text.split(separator: "\u{0C}").map { $0.split(separator: "\n").map(String.init) } == pages)
    }

    @Test("a sample resume gives its text, page by page")
    func resumeText() async throws {
        let extracted = try await extract(Samples.url(Self.resume))
        #expect(extracted.pageCount == 2)
        #expect(extracted.text.hasPrefix("Daniel Okafor\nSenior Backend Engineer"))
        #expect(extracted.text.contains("Senior Backend Engineer — Northwind Logistics, Chicago, IL"))
        #expect(extracted.text.contains("40,000 requests"))
        // One form feed between the two pages, none at the end.
        #expect(extracted.text.filter { $0 == "\u{0C}" }.count == 1)
        #expect(extracted.text.last != "\u{0C}")
        #expect(extracted.notes.isEmpty)
    }

    @Test("every sample PDF with a text layer reads", arguments: [
        ("46d135bb-94cd-4998-aaf1-09517a6af8c6/document1.pdf", 2),
        ("46d135bb-94cd-4998-aaf1-09517a6af8c6/history.txt", 1),
        ("6329b0c2-4914-453c-91b8-f0b4aa707851/Resume (1).pdf", 2),
        ("7f212128-cb0d-4d2f-b791-3cfae0f8c358/intro.pdf", 1),
        ("7f212128-cb0d-4d2f-b791-3cfae0f8c358/resume_final.pdf", 2),
        ("7f212128-cb0d-4d2f-b791-3cfae0f8c358/work.pdf", 1),
        ("a77895df-294b-4367-a238-be2ef8a212fc/Marcus_Bell_CV.pdf", 2),
        ("dc36d74a-c3db-49a9-9170-d4ad97a619c8/cv-2024.pdf", 2),
    ])
    func samplePDFs(path: String, pages: Int) async throws {
        let extracted = try await extract(Samples.url(path))
        #expect(extracted.pageCount == pages)
        #expect(extracted.text.filter { $0 == "\u{0C}" }.count == pages - 1)
        #expect(extracted.text.count > 300)
    }

    @Test("a path with spaces and accents is turned into a proper file URI")
    func awkwardPath() async throws {
        let folder = try TemporaryFolder()
        let subfolder = folder.url.appending(path: "José Muñoz #1 %20")
        try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true)
        let file = subfolder.appending(path: "CV (final) ü?.pdf")
        try Samples.bytes(Self.resume).write(to: file)

        let extracted = try await extract(file)
        #expect(extracted.pageCount == 2)
        #expect(extracted.text.hasPrefix("Daniel Okafor"))
    }

    @Test("a file URL relative to a base folder is resolved")
    func relativeURL() async throws {
        let base = URL(filePath: Samples.root.path(percentEncoded: false), directoryHint: .isDirectory)
        let relative = URL(filePath: Self.resume, relativeTo: base)
        #expect(relative.relativePath == Self.resume)
        let extracted = try await extract(relative)
        #expect(extracted.pageCount == 2)
    }

    @Test("a PDF behind HTTP headers opens")
    func pdfBehindHTTPHeaders() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("download.bin", bytes: httpHeaders + Samples.bytes(Self.resume))
        let extracted = try await extract(file)
        #expect(extracted.pageCount == 2)
        #expect(extracted.text.hasPrefix("Daniel Okafor"))
    }

    @Test("a password-protected PDF fails with pdf_encrypted")
    func encrypted() async throws {
        let error = await pdfError { try await extract(Samples.url(Self.encrypted)) }
        #expect(error?.code == "pdf_encrypted")
        #expect(error?.message == "the PDF is protected by a password")
    }

    @Test("a truncated PDF fails with pdf_damaged")
    func truncated() async throws {
        let error = await pdfError { try await extract(Samples.url(Self.truncated)) }
        #expect(error?.code == "pdf_damaged")
    }

    @Test("bytes that are not a PDF fail with pdf_damaged", arguments: [
        ("image.png", pngHeader),
        ("page.pdf", Data("<!doctype html><html><body>Not found</body></html>\n".utf8)),
        ("empty.pdf", Data()),
        ("header-only.pdf", Data("%PDF-1.4\n".utf8)),
    ])
    func notAPDF(name: String, bytes: Data) async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(name, bytes: bytes)
        let error = await pdfError { try await extract(file) }
        #expect(error?.code == "pdf_damaged")
    }

    @Test("a missing file fails with not_found, before poppler is asked")
    func missingFile() async throws {
        let folder = try TemporaryFolder()
        let error = await #expect(throws: FileAccessError.self) { try await extract(folder.url.appending(path: "gone.pdf")) }
        #expect(error?.code == "not_found")
        #expect(error?.message.contains("gone.pdf is gone") == true)
    }

    @Test("an image-only PDF gives empty text and its page count")
    func imageOnly() async throws {
        let extracted = try await extract(Samples.url(Self.scan))
        #expect(extracted.text == "")
        #expect(extracted.pageCount == 2)
    }

    @Test("a task cancelled before the extraction starts gets CancellationError")
    func cancelledBeforeStart() async throws {
        let extractor = self.extractor
        let context = self.context
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await extractor.extract(from: InputFile(url: Samples.url(Self.resume)), mimeType: "application/pdf", context: context)
        }
        await #expect(throws: CancellationError.self) { try await task.value }
    }

    @Test("cancellation is checked before opening and between pages")
    func cancelledBetweenPages() throws {
        var checks = 0
        #expect(throws: CancellationError.self) {
            _ = try PDFTextExtractor.readText(
                of: InputFile(url: Samples.url(Self.resume), displayPath: Self.resume),
                checkingBetweenPages: {
                    checks += 1
                    // Before opening, before page 1, then stop before page 2.
                    if checks == 3 { throw CancellationError() }
                }
            )
        }
        #expect(checks == 3)
    }

    @Test("concurrent extractions give the serial text")
    func concurrentExtractions() async throws {
        let paths = [Self.resume, "46d135bb-94cd-4998-aaf1-09517a6af8c6/document1.pdf", "dc36d74a-c3db-49a9-9170-d4ad97a619c8/cv-2024.pdf", Self.scan]
        var serial: [String: ExtractedText] = [:]
        for path in paths {
            serial[path] = try await extract(Samples.url(path))
        }

        let extractor = self.extractor
        let context = StageContext(logger: self.context.logger, blocking: BlockingPool(threadCount: 4))
        let concurrent = try await withThrowingTaskGroup(of: (String, ExtractedText).self) { group in
            for index in 0..<16 {
                let path = paths[index % paths.count]
                group.addTask {
                    (path, try await extractor.extract(from: InputFile(url: Samples.url(path)), mimeType: "application/pdf", context: context))
                }
            }
            var results: [(String, ExtractedText)] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(concurrent.count == 16)
        for (path, extracted) in concurrent {
            #expect(extracted == serial[path], "\(path)")
        }
    }
}

@Suite("ExtractText with PDFTextExtractor")
struct ExtractPDFTests {
    let harness = StageHarness(ExtractText(PDFTextExtractor()))

    @Test("an image-only PDF is skipped as no_text and keeps its page count")
    func imageOnlyIsSkipped() async throws {
        let (result, document) = try await harness.run(onFileAt: Samples.url(PDFTextExtractorTests.scan)) {
            $0.mimeType = "application/pdf"
        }
        guard case .end(.skipped(let reason)) = result else {
            Issue.record("expected a skip, got \(result)")
            return
        }
        #expect(reason.code == "no_text")
        #expect(reason == .noText(pages: 2))
        #expect(document.pageCount == 2)
    }

    @Test("a resume proceeds with its text and page count")
    func resumeProceeds() async throws {
        let (result, document) = try await harness.run(onFileAt: Samples.url(PDFTextExtractorTests.resume)) {
            $0.mimeType = "application/pdf"
        }
        guard case .proceed = result else {
            Issue.record("expected the document to proceed, got \(result)")
            return
        }
        #expect(document.pageCount == 2)
        #expect(document.text?.contains("Northwind Logistics") == true)
    }

    @Test("an encrypted PDF fails the file with pdf_encrypted")
    func encryptedFails() async throws {
        do {
            _ = try await harness.run(onFileAt: Samples.url(PDFTextExtractorTests.encrypted)) { $0.mimeType = "application/pdf" }
            Issue.record("expected an error")
        } catch {
            #expect(FileFailure(stage: "extract", error: error).code == "pdf_encrypted")
        }
    }
}
