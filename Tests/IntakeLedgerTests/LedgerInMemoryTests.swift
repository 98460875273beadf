import Foundation
import Intake
import IntakeLedger
import IntakeTestFixtures
import Logging
import Testing

/// An upload held in memory is known to the ledger by its key: the same key stands from one
/// upload to the next, though each upload is a new memory file (another inode, other times).
@Suite struct LedgerInMemoryTests {
    let context = StageContext(logger: Logger(label: "intake.test", factory: { _ in SwiftLogNoOpLogHandler() }))

    static func upload(key: String) throws -> InputFile {
        InputFile(memory: try InMemoryFile(bytes: Array("resume".utf8), name: "cv.txt"), fileName: "cv.txt", key: key)
    }

    /// Runs ``SkipUnchanged`` on `file` against `history`.
    func skipUnchanged(_ file: InputFile, history: (any RunHistory)?) async throws -> (StageResult, Document) {
        var document = Document(file: file)
        let result = try await SkipUnchanged(history: history).process(&document, context: context)
        return (result, document)
    }

    @Test func anUploadHeldInMemoryStandsUnderItsKeyWhateverItsMemoryFile() async throws {
        let folder = try TemporaryFolder()
        let ledger = try Ledger(stateDirectory: folder.url.appending(path: "state"))
        let key = "upload:\(LedgerTests.candidate)/aa"
        let run = try ledger.beginRun(configuration: "sink=outbox", arguments: [])

        // The first upload goes through, with the start time SkipUnchanged notes.
        let (_, started) = try await skipUnchanged(try Self.upload(key: key), history: nil)
        #expect(started.modifiedAtStart == SkipUnchanged.memoryFileTimestamp)
        var document = started
        document.candidateID = LedgerTests.candidate
        document.contentSHA256 = "aa"
        document.remoteID = RemoteID.derive(candidateID: LedgerTests.candidate, contentSHA256: "aa")
        document.classification = Classification(type: .resume, confidence: 1, scores: [.resume: 1], evidence: [])
        for stage in LedgerTests.allStages { document.trail.append(StageRecord(stage: stage, result: .passed, durationNanoseconds: 0, notes: [])) }
        try ledger.record(FileOutcome(document: document, status: LedgerTests.stored, duration: .zero), runID: run, fingerprint: LedgerTests.fingerprint())

        let history = ledger.history(LedgerTests.fingerprint(), deliveringStages: LedgerTests.allStages)
        // The same bytes uploaded again: a new memory file under the same key.
        let (again, _) = try await skipUnchanged(try Self.upload(key: key), history: history)
        guard case .end(.unchanged(let earlier)) = again else {
            Issue.record("expected the same key to stand, got \(again)")
            return
        }
        #expect(earlier.runID == run)
        // Another key is another upload.
        let (other, _) = try await skipUnchanged(try Self.upload(key: "upload:\(LedgerTests.candidate)/bb"), history: history)
        guard case .proceed = other else {
            Issue.record("expected another key to go through, got \(other)")
            return
        }
    }
}
