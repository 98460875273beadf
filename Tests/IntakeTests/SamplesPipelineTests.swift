import Foundation
import Intake
import IntakeTestFixtures
import Testing

/// The core's stages together over the real samples folder: every file the core can read
/// ends as the expectations table says; PDFs, which need IntakePoppler, end unsupported.
@Suite("Samples through the core pipeline")
struct SamplesPipelineTests {
    @Test("each sample gets its expected outcome and type")
    func samples() async throws {
        let sink = UploadTests.KeepingSink(kind: .stored)
        let pipeline = Pipeline {
            MIMEFromExtension()
            ExtractText()
            Classify()
            Deduplicate()
            Upload(to: sink)
        }
        let runner = PipelineRunner(pipeline: pipeline, maxFilesInFlight: 4, logger: quietLogger)
        var outcomes: [String: FileOutcome] = [:]
        let summary = await runner.run(FolderSource(paths: [Samples.root.path(percentEncoded: false)])) { outcome in
            outcomes[outcome.file.pathInSource] = outcome
        }

        #expect(outcomes.count == Samples.expectationsWithoutOCR.count)
        for expectation in Samples.expectationsWithoutOCR {
            let outcome = try #require(outcomes[expectation.path], "\(expectation.path) has no outcome")
            if Samples.isPDF(expectation.path) {
                #expect(outcome.status.skipReason?.code == "unsupported_type", "\(expectation.path)")
            } else if expectation.status == "skipped" {
                #expect(outcome.status.skipReason?.code == expectation.reason, "\(expectation.path)")
            } else {
                #expect(outcome.status.name == expectation.status, "\(expectation.path)")
                #expect(outcome.document.classification?.type.rawValue == expectation.type, "\(expectation.path)")
            }
        }
        #expect(sink.delivered.all.count == Samples.textExpectations.count)
        #expect(!summary.hasFailures)
        let expectedTypes = Samples.textExpectations.compactMap { $0.type.flatMap(AttachmentType.init(rawValue:)) }
        #expect(summary.countsByType == Dictionary(expectedTypes.map { ($0, 1) }, uniquingKeysWith: +))
        #expect(summary.countsByStatus["stored"] == Samples.textExpectations.count)
    }
}
