import Foundation
import Intake
import IntakeLedger
import IntakeTestFixtures
import Testing

@testable import IntakeEngine

@Suite struct RunRecorderTests {
    @Test func aWaitingRecordIsWrittenAfterASecondEvenWithoutAnotherOutcome() async throws {
        let scratch = try TemporaryFolder()
        try scratch.write("cv.txt", text: "resume")
        let ledger = try Ledger(stateDirectory: scratch.url.appending(path: "state"))
        let fingerprint = PipelineFingerprint(configuration: "sink=outbox", pipeline: StandardPipeline.make(sink: nil))
        let recorder = try RunRecorder(ledger: ledger, configuration: "sink=outbox", arguments: [], fingerprint: fingerprint)
        let document = Document(file: try scratch.inputFile("cv.txt"))
        await recorder.record(FileOutcome(document: document, status: .skipped(SkipReason(code: "empty_file", message: "empty")), duration: .zero))
        #expect(try ledger.status().filesByStatus == [:])
        try await Task.sleep(for: RunRecorder.batchAge + .milliseconds(50))
        await recorder.flushIfDue()
        #expect(try ledger.status().filesByStatus == ["skipped": 1])
        #expect(recorder.failure == nil)
    }

    @Test func aSingleInputIsWrittenBeforeItsOutcomeIsReturned() async throws {
        let scratch = try TemporaryFolder()
        try scratch.write("cv.txt", text: "resume")
        let ledger = try Ledger(stateDirectory: scratch.url.appending(path: "state"))
        let fingerprint = PipelineFingerprint(configuration: "sink=outbox", pipeline: StandardPipeline.make(sink: nil))
        let recorder = try RunRecorder(ledger: ledger, configuration: "sink=outbox", arguments: [], fingerprint: fingerprint)
        let document = Document(file: try scratch.inputFile("cv.txt"))
        await recorder.recordNow(FileOutcome(document: document, status: .skipped(SkipReason(code: "empty_file", message: "empty")), duration: .zero))
        #expect(try ledger.status().filesByStatus == ["skipped": 1])
    }
}
