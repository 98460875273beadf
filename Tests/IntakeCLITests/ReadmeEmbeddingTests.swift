import Foundation
import Intake
import IntakeMagic
import IntakeOffice
import IntakeOutbox
import IntakePoppler
import IntakeTestFixtures
import Logging
import Testing

/// The README's embedding example, word for word, run over the samples.
@Suite struct ReadmeEmbeddingTests {
    func ingest(folder: String, stateDirectory: URL, logger: Logger) async throws -> RunSummary {
        let outbox = try OutboxSink(stateDirectory: stateDirectory)
        let pipeline = Pipeline {
            SniffMIME()
            ExtractText(PDFTextExtractor(), OfficeTextExtractor())   // then the built-in text formats
            Classify()
            Deduplicate()
            Upload(to: outbox)
        }
        let runner = PipelineRunner(pipeline: pipeline, maxFilesInFlight: 4, logger: logger)
        return await runner.run(FolderSource(paths: [folder])) { outcome in
            logger.info("\(outcome.file.displayPath): \(outcome.status.name)")
        }
    }

    @Test func theEmbeddingExampleStoresTheSamples() async throws {
        let scratch = try TemporaryFolder()
        let state = scratch.url.appending(path: ".intake")
        let summary = try await ingest(folder: Samples.root.path(percentEncoded: false), stateDirectory: state, logger: Logger(label: "readme", factory: { _ in SwiftLogNoOpLogHandler() }))
        #expect(summary.files == Samples.expectations.count)
        #expect(summary.countsByStatus["stored"] == Samples.expectations.filter { $0.status == "stored" }.count)
        #expect(FileManager.default.fileExists(atPath: state.appending(path: "outbox.sqlite").path(percentEncoded: false)))
    }
}
