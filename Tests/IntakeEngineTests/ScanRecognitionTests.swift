import Foundation
import Intake
import IntakeEngine
import IntakeTestFixtures
import IntakeWorkers
import Testing

/// Scans made by `scripts/make-scans` from documents of `labelled/tune`, read by the
/// engine with OCR in its parser workers: each is classified as its source is, a blank
/// scan is `no_text`, a long scan stops at the page budget, and no PDF with a text layer
/// is ever recognised.
@Suite(.serialized, .timeLimit(.minutes(5))) struct ScanRecognitionTests {
    /// One row of `Tests/Fixtures/scans/scans.tsv`.
    struct Scan: Sendable, CustomStringConvertible {
        let file: String
        /// The document it was made from, in `labelled/tune`; `nil` for the blank page.
        let source: String?
        let type: String?
        let language: String?
        var description: String { file }
    }

    static let folder = Samples.packageRoot.appending(path: "Tests/Fixtures/scans")

    static let scans: [Scan] = {
        guard let table = try? String(contentsOf: folder.appending(path: "scans.tsv"), encoding: .utf8) else { return [] }
        return table.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func field(_ index: Int) -> String? { fields[index] == "-" ? nil : fields[index] }
            return Scan(file: fields[0], source: field(1), type: field(2), language: field(3))
        }
    }()

    /// An engine with two workers and time enough for OCR in a debug build.
    static func withEngine<T: Sendable>(parsing: ParsingSettings = ParsingSettings(), _ body: (Ingestor) async throws -> T) async throws -> T {
        var configuration = IngestorConfiguration(destination: .none, stateDirectory: nil)
        configuration.parserWorkers = ParserWorkerPool.Configuration(
            executable: BuiltProducts.intakeExecutable, workers: 2, fileTimeout: .seconds(120))
        configuration.parsing = parsing
        configuration.logger = EngineFixtures.quiet
        return try await Ingestor.withRunning(try Ingestor(configuration), body)
    }

    /// The report lines of `files`, read by one engine two at a time, by file.
    static func lines(of files: [URL], parsing: ParsingSettings = ParsingSettings()) async throws -> [URL: [String: Any]] {
        let outcomes = try await withEngine(parsing: parsing) { ingestor in try await Self.outcomes(of: files, in: ingestor) }
        return try outcomes.mapValues(EngineFixtures.json)
    }

    static func outcomes(of files: [URL], in ingestor: Ingestor) async throws -> [URL: IngestOutcome] {
        try await withThrowingTaskGroup(of: (URL, IngestOutcome).self) { group in
            var pending = files[...]
            var outcomes: [URL: IngestOutcome] = [:]
            func start() {
                guard let file = pending.popFirst() else { return }
                group.addTask { (file, try await ingestor.ingest(IngestInput(file: file))) }
            }
            start()
            start()
            while let (file, outcome) = try await group.next() {
                outcomes[file] = outcome
                start()
            }
            return outcomes
        }
    }

    @Test func everyScanIsReadAndClassifiedAsItsSource() async throws {
        let typed = Self.scans.filter { $0.type != nil }
        try #require(typed.count >= 17, "the manifest lists the scans of four types in four languages")
        #expect(Set(typed.compactMap(\.language)) == ["en", "de", "fr", "es"])
        #expect(Set(typed.compactMap(\.type)) == ["about", "resume", "role_preferences", "work_experiences"])
        let sources = Set(typed.compactMap(\.source)).map { Samples.packageRoot.appending(path: "labelled/tune/\($0)") }
        let files = typed.map { Self.folder.appending(path: $0.file) }
        let lines = try await Self.lines(of: files + sources)

        for scan in typed {
            let line = try #require(lines[Self.folder.appending(path: scan.file)], "\(scan)")
            let source = try #require(lines[Samples.packageRoot.appending(path: "labelled/tune/\(scan.source ?? "")")], "\(scan)")
            #expect(source["type"] as? String == scan.type, "the source of \(scan) as text")
            #expect(line["status"] as? String == "processed", "\(scan): \(line["reason"] ?? "") \(line["stages"] ?? "")")
            #expect(line["type"] as? String == source["type"] as? String, "\(scan) is classified as its source: \(line["evidence"] ?? "")")
            let ocr = try #require(line["ocr"] as? [String: Any], "\(scan) was recognised")
            #expect(ocr["languages"] as? [String] == ["eng", "deu", "fra", "spa"])
            #expect((ocr["pages"] as? [Int])?.first == 1)
            #expect((ocr["confidence"] as? Double ?? 0) >= 0.6, "\(scan)")
            #expect((ocr["words"] as? Int ?? 0) > 20, "\(scan)")
            #expect(line["text_sha256"] is NSNull, "a recognised text makes no same_text claim: \(scan)")
            #expect(source["ocr"] is NSNull, "the text source of \(scan) was read, not recognised")
        }
    }

    @Test func aBlankScanIsNoTextAndALongScanStopsAtThePageBudget() async throws {
        let blankURL = Self.folder.appending(path: "blank.pdf")
        let longURL = Self.folder.appending(path: "resume-en-40-pages.pdf")
        let lines = try await Self.lines(of: [blankURL, longURL])

        let blank = try #require(lines[blankURL])
        #expect(blank["status"] as? String == "skipped")
        #expect((blank["reason"] as? [String: Any])?["code"] as? String == "no_text")
        #expect((blank["ocr"] as? [String: Any])?["pages"] as? [Int] == [1], "the blank page was recognised, and nothing found")

        let long = try #require(lines[longURL])
        #expect(long["status"] as? String == "processed", "\(long["reason"] ?? "")")
        #expect(long["type"] as? String == "resume")
        #expect(long["pages"] as? Int == 40)
        let ocr = try #require(long["ocr"] as? [String: Any])
        let budget = 8  // TesseractRecognizer.defaultMaximumPages
        #expect(ocr["pages"] as? [Int] == Array(1...budget), "recognition stops at the page budget")
        #expect(long["pages_read"] as? Int == budget)
        #expect(long["text_complete"] as? Bool == false)
    }

    @Test func noPDFWithATextLayerIsRecognised() async throws {
        let samples = Samples.expectations.filter { $0.fileExtension == "pdf" }.map { Samples.url($0.path) }
        try #require(samples.count >= 10)
        let lines = try await Self.lines(of: samples)
        for (file, line) in lines {
            if file.lastPathComponent == "scan0001.pdf" {
                #expect((line["ocr"] as? [String: Any])?["pages"] as? [Int] == [1, 2], "the scanned sample's two pages")
                #expect(line["type"] as? String == "resume")
            } else {
                #expect(line["ocr"] is NSNull, "\(file.lastPathComponent) has a text layer and went to OCR")
            }
        }
    }

    @Test func withoutOCRScansAreNoTextAndImagesUnsupported() async throws {
        let pdf = Self.folder.appending(path: "resume-de.pdf")
        let image = Self.folder.appending(path: "about-en.png")
        let lines = try await Self.lines(of: [pdf, image], parsing: ParsingSettings(recognizesScans: false))
        #expect((lines[pdf]?["reason"] as? [String: Any])?["code"] as? String == "no_text")
        #expect((lines[image]?["reason"] as? [String: Any])?["code"] as? String == "unsupported_type")
        #expect(lines.values.allSatisfy { $0["ocr"] is NSNull })

        var configuration = IngestorConfiguration(destination: .none, stateDirectory: nil)
        let withOCR = configuration.decisionKey
        configuration.parsing = ParsingSettings(recognizesScans: false)
        #expect(configuration.decisionKey != withOCR, "turning OCR off changes decisions, so earlier outcomes do not stand")
    }
}
