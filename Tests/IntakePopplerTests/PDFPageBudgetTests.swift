import Foundation
import Intake
import IntakeTestFixtures
import IntakeTesting
import Logging
import Testing
@testable import IntakePoppler

/// The page budget: a PDF is read only as far as classification and dedupe need, and a
/// text cut short never makes two documents `same_text` duplicates.
@Suite("PDF page budget with real poppler")
struct PDFPageBudgetTests {
    let context = StageContext(logger: Logger(label: "intake.test", factory: { _ in SwiftLogNoOpLogHandler() }))

    /// A page of 40 lines of about 60 characters: some 2,400 characters a page.
    static func page(_ number: Int, of document: String) -> [String] {
        (1...40).map { line in "\(document) page \(number) line \(line): nursing care, ward rounds, patient notes." }
    }

    static func pdf(pages count: Int, named document: String = "Manual") -> Data {
        TextPDF.make(pages: (1...count).map { page($0, of: document) })
    }

    func extract(_ data: Data, _ extractor: PDFTextExtractor) async throws -> ExtractedText {
        let folder = try TemporaryFolder()
        let url = try folder.write("document.pdf", bytes: data)
        return try await extractor.extract(from: InputFile(url: url), mimeType: "application/pdf", context: context)
    }

    @Test("a document within the budget is read whole, and its text is complete")
    func shortDocumentIsReadWhole() async throws {
        let extracted = try await extract(Self.pdf(pages: 12), PDFTextExtractor())
        #expect(extracted.pageCount == 12)
        #expect(extracted.pagesRead == nil)
        #expect(extracted.isComplete)
        #expect(extracted.text.split(separator: "\u{0C}").count == 12)
        #expect(extracted.text.contains("Manual page 12 line 40"))
    }

    @Test("a longer document stops once the classifier's window is read, and says so")
    func longDocumentStopsAtTheWindow() async throws {
        let extracted = try await extract(Self.pdf(pages: 1_000), PDFTextExtractor())
        let pagesRead = try #require(extracted.pagesRead)
        let pageLength = Self.page(1, of: "Manual").joined(separator: "\n").count
        // The fewest whole pages that hold the window.
        let expected = (TextClassifier.maximumCharacters + pageLength - 1) / pageLength
        #expect(extracted.pageCount == 1_000)
        #expect((expected...expected + 1).contains(pagesRead), "read \(pagesRead) pages of \(pageLength) characters")
        #expect(!extracted.isComplete)
        #expect(extracted.text.count >= TextClassifier.maximumCharacters)
        #expect(!extracted.text.contains("Manual page \(pagesRead + 1) line"))
        #expect(extracted.notes.contains { $0.contains("read \(pagesRead) of 1000 pages") }, "\(extracted.notes)")
    }

    @Test("a long document of short pages stops at the budget's page count")
    func shortPagesStopAtTheBudget() async throws {
        let pages = (1...50).map { ["Page \($0) of a long form: name, date, signature."] }
        let extracted = try await extract(TextPDF.make(pages: pages), PDFTextExtractor(maximumPages: 7))
        #expect(extracted.pageCount == 50)
        #expect(extracted.pagesRead == 7)
        #expect(!extracted.isComplete)
    }

    @Test("a longer document whose first pages do not read as words is read on, within the budget, until they do")
    func readsOnUntilTheTextReadsAsWords() async throws {
        // Twelve pages of symbol tables (about 2,400 characters each: the window is full
        // after nine), then prose.
        let symbols = (1...12).map { _ in (1...40).map { _ in "#$%& 12 () ** 7 ++ <> [] {} ~~ 3 ## %% && 45 ** 6 ++ <> 78 [] {}" } }
        let prose = (13...300).map { Self.page($0, of: "Manual") }
        let extracted = try await extract(TextPDF.make(pages: symbols + prose), PDFTextExtractor())
        let pagesRead = try #require(extracted.pagesRead)
        #expect(pagesRead > 12 && pagesRead <= PDFTextExtractor.defaultMaximumPages, "read \(pagesRead) pages")
        #expect(TextQuality.assess(extracted.text, pageCount: pagesRead).isReadable)

        // Garbled to the end of the budget: read up to the budget, and no further.
        let garbled = (1...300).map { _ in symbols[0] }
        let cut = try await extract(TextPDF.make(pages: garbled), PDFTextExtractor())
        #expect(cut.pagesRead == PDFTextExtractor.defaultMaximumPages)
    }

    @Test("--max-pages 0 reads every page")
    func zeroReadsEveryPage() async throws {
        let extracted = try await extract(Self.pdf(pages: 60), PDFTextExtractor(maximumPages: 0))
        #expect(extracted.pageCount == 60)
        #expect(extracted.pagesRead == nil)
        #expect(extracted.isComplete)
        #expect(extracted.text.contains("Manual page 60 line 40"))
    }

    /// Runs `data` (a PDF of `candidate`) through ExtractText and Deduplicate, sharing `registry`.
    func extractAndDedupe(
        _ data: Data, named name: String, in folder: TemporaryFolder, registry: any DuplicateRegistry, extractor: PDFTextExtractor = PDFTextExtractor()
    ) async throws -> (result: StageResult, document: Document) {
        let candidate = "46d135bb-94cd-4998-aaf1-09517a6af8c6"
        let url = try folder.write("\(candidate)/\(name)", bytes: data)
        var (result, document) = try await StageHarness(ExtractText(extractor)).run(onFileAt: url) { $0.mimeType = "application/pdf" }
        guard result.proceeded else { return (result, document) }
        (result, document) = try await StageHarness(Deduplicate(registry: registry)).run(on: document)
        return (result, document)
    }

    /// A resume of `pages` pages whose last page says `lastPage`.
    static func resume(pages: Int, lastPage: String, producer: String = "") -> Data {
        var contents = (1..<pages).map { page($0, of: "Resume of Jane Doe") }
        contents.append(["References", lastPage])
        var data = TextPDF.make(pages: contents)
        // Another producer's bytes for the same text, as a re-export would give.
        if !producer.isEmpty { data.append(Data("% \(producer)\n".utf8)) }
        return data
    }

    @Test("two versions of a long resume that differ only on their last page are both delivered")
    func longResumeVersionsAreNotSameText() async throws {
        let folder = try TemporaryFolder()
        let registry = InMemoryDuplicateRegistry()
        let first = try await extractAndDedupe(
            Self.resume(pages: 30, lastPage: "Available on request."), named: "resume-v1.pdf", in: folder, registry: registry)
        let second = try await extractAndDedupe(
            Self.resume(pages: 30, lastPage: "Dr. A. Smith, St Mary's, 020 7946 0000."), named: "resume-v2.pdf", in: folder, registry: registry)
        #expect(first.result.proceeded)
        #expect(second.result.proceeded, "the second version is a document of its own: \(second.result)")
        // Both were read for their first pages only, so neither has a text hash.
        #expect(first.document.textIsComplete == false)
        #expect(first.document.textSHA256 == nil)
        #expect(second.document.textSHA256 == nil)
        #expect(first.document.contentSHA256 != second.document.contentSHA256)
        #expect(second.document.pendingNotes.contains { $0.contains("no text hash") }, "\(second.document.pendingNotes)")
    }

    @Test("a long resume sent twice, byte for byte, is still a same_bytes duplicate")
    func longResumeCopiesAreSameBytes() async throws {
        let folder = try TemporaryFolder()
        let registry = InMemoryDuplicateRegistry()
        let bytes = Self.resume(pages: 30, lastPage: "Available on request.")
        let first = try await extractAndDedupe(bytes, named: "resume.pdf", in: folder, registry: registry)
        let second = try await extractAndDedupe(bytes, named: "resume (1).pdf", in: folder, registry: registry)
        #expect(first.result.proceeded)
        guard case .end(.duplicate(let reference)) = second.result else {
            Issue.record("expected a duplicate, got \(second.result)")
            return
        }
        #expect(reference.match == .sameBytes)
    }

    @Test("short documents are read whole: a re-export is same_text, and a changed last page is not")
    func shortDocumentsKeepSameText() async throws {
        let folder = try TemporaryFolder()
        let registry = InMemoryDuplicateRegistry()
        let original = try await extractAndDedupe(
            Self.resume(pages: 3, lastPage: "Available on request."), named: "resume.pdf", in: folder, registry: registry)
        let reexported = try await extractAndDedupe(
            Self.resume(pages: 3, lastPage: "Available on request.", producer: "another producer"), named: "resume-export.pdf", in: folder, registry: registry)
        let changed = try await extractAndDedupe(
            Self.resume(pages: 3, lastPage: "Dr. A. Smith, St Mary's."), named: "resume-v2.pdf", in: folder, registry: registry)
        #expect(original.result.proceeded)
        #expect(original.document.textIsComplete)
        #expect(original.document.textSHA256 != nil)
        guard case .end(.duplicate(let reference)) = reexported.result else {
            Issue.record("expected a same_text duplicate, got \(reexported.result)")
            return
        }
        #expect(reference.match == .sameText)
        #expect(changed.result.proceeded, "\(changed.result)")
    }

    @Test("with every page read, the long resume's versions are compared in full")
    func everyPageComparesInFull() async throws {
        let folder = try TemporaryFolder()
        let registry = InMemoryDuplicateRegistry()
        let all = PDFTextExtractor(maximumPages: 0)
        let first = try await extractAndDedupe(
            Self.resume(pages: 30, lastPage: "Available on request."), named: "v1.pdf", in: folder, registry: registry, extractor: all)
        let reexported = try await extractAndDedupe(
            Self.resume(pages: 30, lastPage: "Available on request.", producer: "another producer"), named: "v1-export.pdf", in: folder, registry: registry,
            extractor: all)
        let changed = try await extractAndDedupe(
            Self.resume(pages: 30, lastPage: "Dr. A. Smith."), named: "v2.pdf", in: folder, registry: registry, extractor: all)
        #expect(first.document.textIsComplete)
        guard case .end(.duplicate(let reference)) = reexported.result else {
            Issue.record("expected a same_text duplicate, got \(reexported.result)")
            return
        }
        #expect(reference.match == .sameText)
        #expect(changed.result.proceeded, "\(changed.result)")
    }

    @Test("a budget's text is judged on the pages read, not on every page of the document")
    func qualityIsJudgedOnThePagesRead() async throws {
        let folder = try TemporaryFolder()
        // 5,000 pages, of which about 9 are read: 20,000 characters over 5,000 pages would
        // look like a scan (under 8 characters a page).
        let pages = (1...5_000).map { $0 <= 12 ? Self.page($0, of: "Manual") : ["Appendix \($0)."] }
        let url = try folder.write("manual.pdf", bytes: TextPDF.make(pages: pages))
        let (result, document) = try await StageHarness(ExtractText(PDFTextExtractor())).run(onFileAt: url) { $0.mimeType = "application/pdf" }
        #expect(result.proceeded, "\(result)")
        #expect(document.textQuality?.isReadable == true)
        #expect(document.pageCount == 5_000)
        #expect((document.pagesRead ?? 0) < 20)
    }
}

extension StageResult {
    /// Whether the stage let the document go on.
    var proceeded: Bool {
        if case .proceed = self { return true }
        return false
    }
}
