import Foundation
import Intake
import IntakeLedger
import IntakeTestFixtures
import Testing

@testable import IntakeEngine

@Suite struct RunRecorderTests {
    /// A recorder over a fresh ledger in `scratch`, and a skipped file's outcome to record.
    static func recorder(in scratch: TemporaryFolder) throws -> (Ledger, RunRecorder, FileOutcome) {
        try scratch.write("cv.txt", text: "resume")
        let ledger = try Ledger(stateDirectory: scratch.url.appending(path: "state"))
        let fingerprint = PipelineFingerprint(configuration: "sink=outbox", pipeline: StandardPipeline.make(sink: nil))
        let recorder = try RunRecorder(ledger: ledger, configuration: "sink=outbox", arguments: [], fingerprint: fingerprint)
        let document = Document(file: try scratch.inputFile("cv.txt"))
        return (ledger, recorder, FileOutcome(document: document, status: .skipped(SkipReason(code: "empty_file", message: "empty")), duration: .zero))
    }

    @Test func aWaitingRecordIsWrittenAfterASecondEvenWithoutAnotherOutcome() async throws {
        let scratch = try TemporaryFolder()
        let (ledger, recorder, outcome) = try Self.recorder(in: scratch)
        await recorder.record(outcome)
        #expect(try ledger.status().filesByStatus == [:])
        try await Task.sleep(for: RunRecorder.batchAge + .milliseconds(50))
        await recorder.flushIfDue()
        #expect(try ledger.status().filesByStatus == ["skipped": 1])
        #expect(recorder.failure == nil)
    }

    @Test func aSingleInputIsWrittenBeforeItsOutcomeIsReturned() async throws {
        let scratch = try TemporaryFolder()
        let (ledger, recorder, outcome) = try Self.recorder(in: scratch)
        await recorder.recordNow(outcome)
        #expect(try ledger.status().filesByStatus == ["skipped": 1])
    }
}
