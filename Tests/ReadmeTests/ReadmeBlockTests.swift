import Foundation
import Intake
import IntakeEngine
import IntakeOutbox
import IntakeTestFixtures
import IntakeTesting
import Logging
import Testing

/// Runs what the README's Swift blocks declare and do. The blocks are not copied here:
/// the ReadmeExamples plugin compiles them into this target from README.md itself
/// (`ingest(folder:stateDirectory:logger:)`, `ClearanceCheck` and the README's own
/// `@Test holdsBackTopSecret` at file scope, the statements as `ReadmeContext` methods).
@Suite struct ReadmeBlockTests {
    /// The generated functions, and what this suite does with each. A new block with
    /// statements must be added here, run or, with the reason, only compiled.
    static let exercised: [String: String] = [
        "writingAStage1": "run: the clearance pipeline, with and without dryRun, over real files",
        "runningThePipelineYourself3": "compiled only: it sends to https://endorsed.ai with the process's own credentials",
    ]

    @Test func everySwiftBlockOfTheReadmeIsCompiledOrSkipped() throws {
        let readme = try String(contentsOf: Samples.packageRoot.appending(path: "README.md"), encoding: .utf8)
        let fences = readme.split(separator: "\n", omittingEmptySubsequences: false).enumerated().filter { _, line in
            let opening = line.trimmingCharacters(in: .whitespaces).lowercased()
            return opening.hasPrefix("```") && opening.dropFirst(3).trimmingCharacters(in: .whitespaces).hasPrefix("swift")
        }
        // Every block the README opens as Swift, however the fence is spelled, is one the
        // plugin saw, at the same line.
        #expect(ReadmeBlocks.all.map(\.line) == fences.map { $0.offset + 1 })
        let functions = ReadmeBlocks.all.compactMap(\.function)
        #expect(Set(functions) == Set(Self.exercised.keys), "a README block whose statements no test knows about")
        // The skip marker takes the block under it: the lines of a Package.swift are
        // skipped, and the blocks around them are not.
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
        let fragment = try #require(ReadmeBlocks.all.firstIndex { lines[$0.line].hasPrefix(".package(") })
        #expect(ReadmeBlocks.all[fragment].skipped)
        #expect(ReadmeBlocks.all[fragment - 1].skipped == false)
        #expect(ReadmeBlocks.all[fragment + 1].skipped == false)
    }

    // MARK: "Handling one upload in a backend"

    @Test func theUploadHandlerAnswersTheSameUploadOnceAcrossCallsAndRestarts() async throws {
        let scratch = try TemporaryFolder()
        let state = scratch.url.appending(path: ".intake")
        let body = Array(try Samples.bytes("46d135bb-94cd-4998-aaf1-09517a6af8c6/document1.pdf"))
        let candidate = "46d135bb-94cd-4998-aaf1-09517a6af8c6"
        func engine() throws -> Ingestor {
            var configuration = IngestorConfiguration(destination: .outbox, stateDirectory: state)
            configuration.parserWorkers = nil
            configuration.logger = Logger(label: "readme", factory: { _ in SwiftLogNoOpLogHandler() })
            return try Ingestor(configuration)
        }
        func object(_ data: Data) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
        let answers = try await Ingestor.withRunning(try engine()) { ingestor in
            [
                try await answer(ingestor, upload: body, named: "cv.pdf", candidate: candidate, requestID: "r-1"),
                try await answer(ingestor, upload: body, named: "cv.pdf", candidate: candidate, requestID: "r-2"),
            ]
        }
        // A restart: another engine on the same state folder.
        let afterRestart = try await Ingestor.withRunning(try engine()) { ingestor in
            try await answer(ingestor, upload: body, named: "cv.pdf", candidate: candidate, requestID: "r-3")
        }
        let (first, second, third) = (try object(answers[0]), try object(answers[1]), try object(afterRestart))
        #expect(first["status"] as? String == "stored")
        #expect(first["type"] as? String == "resume")
        #expect((first["metadata"] as? [String: String])?["request_id"] == "r-1")
        for later in [second, third] {
            #expect(later["status"] as? String == "unchanged")
            #expect(later["remote_id"] as? String == first["remote_id"] as? String)
            #expect((later["earlier"] as? [String: Any])?["type"] as? String == "resume")
        }
        #expect((third["metadata"] as? [String: String])?["request_id"] == "r-3")
        #expect(try await OutboxSink(stateDirectory: state).entries().count == 1)
    }

    // MARK: "Embedding the library"

    @Test func theEmbeddingExampleStoresTheSamples() async throws {
        let scratch = try TemporaryFolder()
        let state = scratch.url.appending(path: ".intake")
        let logged = KeptLog.Lines()
        let root = Samples.root.path(percentEncoded: false)

        let summary = try await ingest(folder: root, stateDirectory: state, logger: KeptLog.logger(into: logged))

        let expected = Samples.expectationsWithoutOCR
        #expect(summary.files == expected.count)
        for status in ["stored", "duplicate", "skipped", "failed"] {
            #expect(summary.countsByStatus[status, default: 0] == expected.filter { $0.status == status }.count, "\(status)")
        }
        // The block logs one line per file, `path: status`. Which of two copies is the
        // duplicate depends on which finishes first, so those two may swap.
        var lines: [String: String] = [:]
        for line in logged.all {
            guard let separator = line.range(of: ": ", options: .backwards) else { Issue.record("\(line)"); continue }
            lines[String(line[..<separator.lowerBound])] = String(line[separator.upperBound...])
        }
        #expect(lines.count == expected.count)
        func copies(_ expectation: Samples.Expectation) -> String {
            (expectation.path as NSString).deletingLastPathComponent + " " + (expectation.type ?? "-")
        }
        let duplicated = Set(expected.filter { $0.status == "duplicate" }.map(copies))
        for expectation in expected {
            let status = lines[root + "/" + expectation.path]
            if ["stored", "duplicate"].contains(expectation.status), duplicated.contains(copies(expectation)) {
                #expect(status == "stored" || status == "duplicate", "\(expectation.path)")
            } else {
                #expect(status == expectation.status, "\(expectation.path)")
            }
        }
        // And the outbox it made holds the stored files.
        let entries = try await OutboxSink(stateDirectory: state).entries()
        #expect(entries.count == expected.filter { $0.status == "stored" }.count)
        #expect(Set(entries.map(\.sha256)).count == entries.count)
    }

    // MARK: "Writing a stage"

    /// Two real candidate texts from the samples, one naming a Top Secret clearance and
    /// one a Secret clearance, in a candidate's folder.
    func clearanceFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let candidate = "0b7e2f4c-6a1d-4e8b-9c3f-2d5a7e9b1c40"
        let about = try String(decoding: Samples.bytes("8431bdec-d02d-4a25-9bd3-78b1d5a42ff1/about-me.txt"), as: UTF8.self)
        let bio = try String(decoding: Samples.bytes("a77895df-294b-4367-a238-be2ef8a212fc/bio.txt"), as: UTF8.self)
        try folder.write("\(candidate)/about-me.txt", text: about + "\nI hold a Top Secret clearance.\n")
        try folder.write("\(candidate)/bio.txt", text: bio + "\nI hold a Secret clearance.\n")
        return folder
    }

    func run(_ pipeline: Pipeline, over folder: TemporaryFolder) async -> [String: FileOutcome] {
        var outcomes: [String: FileOutcome] = [:]
        let runner = PipelineRunner(pipeline: pipeline, maxFilesInFlight: 2, logger: Logger(label: "readme", factory: { _ in SwiftLogNoOpLogHandler() }))
        _ = await runner.run(FolderSource(paths: [folder.path])) { outcome in
            outcomes[outcome.file.url.lastPathComponent] = outcome
        }
        return outcomes
    }

    @Test func theClearancePipelineHoldsBackTopSecretAndStoresTheRest() async throws {
        let state = try TemporaryFolder()
        let outbox = try OutboxSink(stateDirectory: state.url)
        let context = ReadmeContext(logger: Logger(label: "readme"), outbox: outbox, dryRun: false)

        let pipeline = try #require(try await context.writingAStage1()["pipeline"] as? Pipeline)

        #expect(pipeline.stages.map(\.name) == ["sniff", "extract", "clearance", "classify", "dedupe", "upload"])
        let folder = try clearanceFolder()
        let outcomes = await run(pipeline, over: folder)
        #expect(outcomes.count == 2)

        let held = try #require(outcomes["about-me.txt"])
        guard case .skipped(let reason) = held.status else { Issue.record("about-me.txt: \(held.status.name)"); return }
        #expect(reason.code == "clearance")
        #expect(reason.message == "mentions a top secret clearance")
        #expect(held.document[ClearanceCheck.ClearanceKey.self] == "top secret")
        #expect(held.document.trail.map(\.stage) == ["sniff", "extract", "clearance"])

        let passed = try #require(outcomes["bio.txt"])
        #expect(passed.status.name == "stored")
        #expect(passed.document[ClearanceCheck.ClearanceKey.self] == "secret")
        #expect(passed.document.trail.first { $0.stage == "clearance" }?.notes == ["mentions a secret clearance"])
        let entries = try await outbox.entries()
        #expect(entries.map(\.fileName) == ["bio.txt"])
    }

    @Test func theClearancePipelineOfADryRunDeliversNothing() async throws {
        let state = try TemporaryFolder()
        let outbox = try OutboxSink(stateDirectory: state.url)
        let context = ReadmeContext(logger: Logger(label: "readme"), outbox: outbox, dryRun: true)

        let pipeline = try #require(try await context.writingAStage1()["pipeline"] as? Pipeline)

        #expect(pipeline.stages.map(\.name) == ["sniff", "extract", "clearance", "classify", "dedupe"])
        let outcomes = await run(pipeline, over: try clearanceFolder())
        #expect(outcomes["about-me.txt"]?.status.name == "skipped")
        #expect(outcomes["bio.txt"]?.status.name == "processed")
        #expect(try await outbox.entries().isEmpty)
    }

    /// The README tests the Top Secret case (its `holdsBackTopSecret` runs as a test of
    /// this target); this is the other side, on the README's own stage.
    @Test func theClearanceStageLetsOtherDocumentsThrough() async throws {
        for text in ["Holds a Secret clearance.", "No clearance mentioned."] {
            var document = Document(file: InputFile(url: URL(filePath: "/dev/null")))
            document.text = text
            let (result, checked) = try await StageHarness(ClearanceCheck(forbidden: ["top secret"])).run(on: document)
            guard case .proceed = result else { Issue.record("\(text): ended early"); continue }
            #expect(checked[ClearanceCheck.ClearanceKey.self] == (text.contains("Secret") ? "secret" : nil))
        }
    }
}
