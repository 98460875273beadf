import Foundation
import Intake
import IntakeLedger
import IntakeTestFixtures
import Logging
import Testing

/// The ledger on a real SQLite file: what stands from an earlier run, what goes through
/// again, duplicates across runs, the folder lock, and a damaged database.
@Suite struct LedgerTests {
    static let candidate = "3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c13"

    /// Stages named as the standard pipeline names them, each doing nothing.
    struct Named: Stage {
        let name: String
        var version = 1
        func process(_ document: inout Document, context: StageContext) async throws -> StageResult { .proceed }
    }

    static func fingerprint(extractVersion: Int = 1, configuration: String = "sink=outbox") -> PipelineFingerprint {
        PipelineFingerprint(configuration: configuration, pipeline: Pipeline {
            Named(name: "sniff")
            Named(name: "extract", version: extractVersion)
            Named(name: "classify")
            Named(name: "dedupe")
            Named(name: "upload")
        })
    }

    /// The outcome of a file that went through `stages`, as the runner would report it.
    static func outcome(_ file: InputFile, stages: [String], status: FileOutcome.Status, sha256: String = "aa", text: String? = nil) -> FileOutcome {
        var document = Document(file: file)
        document.candidateID = candidate
        document.contentSHA256 = sha256
        document.textSHA256 = text
        document.remoteID = RemoteID.derive(candidateID: candidate, contentSHA256: sha256)
        document.classification = Classification(type: .resume, confidence: 1, scores: [.resume: 1], evidence: [])
        document.modifiedAtStart = SkipUnchanged.modificationTime(of: file.path)
        for stage in stages { document.trail.append(StageRecord(stage: stage, result: .passed, durationNanoseconds: 0, notes: [])) }
        return FileOutcome(document: document, status: status, duration: .zero)
    }

    static let stored = FileOutcome.Status.stored(SinkReceipt(kind: .stored, sink: "outbox"))
    static let allStages = ["sniff", "extract", "classify", "dedupe", "upload"]

    func modified(_ file: InputFile) throws -> FileTimestamp {
        try #require(SkipUnchanged.modificationTime(of: file.path))
    }

    @Test func aFinishedUnchangedFileStandsAndAChangedOneDoesNot() async throws {
        let folder = try TemporaryFolder()
        try folder.write("cv.txt", text: "resume")
        let file = try folder.inputFile("cv.txt")
        let ledger = try Ledger(stateDirectory: folder.url.appending(path: "state"))
        let run = try ledger.beginRun(configuration: "sink=outbox", arguments: ["x"])
        try ledger.record(Self.outcome(file, stages: Self.allStages, status: Self.stored), runID: run, fingerprint: Self.fingerprint())

        let history = ledger.history(Self.fingerprint(), deliveringStages: Self.allStages)
        let earlier = try #require(try await history.earlierOutcome(of: file, modified: try modified(file)))
        #expect(earlier.runID == run)
        #expect(earlier.status == .stored)
        // Another size or time: the file changed.
        #expect(try await history.earlierOutcome(of: file, modified: FileTimestamp(seconds: 1, nanoseconds: 0)) == nil)
        try folder.write("cv.txt", text: "resume, longer now")
        #expect(try await history.earlierOutcome(of: try folder.inputFile("cv.txt"), modified: try modified(try folder.inputFile("cv.txt"))) == nil)
        // Another configuration: every file goes again.
        #expect(try await ledger.history(Self.fingerprint(configuration: "sink=endorsed"), deliveringStages: Self.allStages).earlierOutcome(of: file, modified: try modified(file)) == nil)
    }

    @Test func aNewStageVersionSendsAgainOnlyTheFilesThatStageHandled() async throws {
        let folder = try TemporaryFolder()
        try folder.write("cv.pdf", text: "pdf")
        try folder.write("empty.txt", text: "")
        let pdf = try folder.inputFile("cv.pdf")
        let empty = try folder.inputFile("empty.txt")
        let ledger = try Ledger(stateDirectory: folder.url.appending(path: "state"))
        let run = try ledger.beginRun(configuration: "sink=outbox", arguments: [])
        try ledger.record(Self.outcome(pdf, stages: Self.allStages, status: Self.stored), runID: run, fingerprint: Self.fingerprint())
        // The empty file was skipped by the first stage and never reached extract.
        try ledger.record(Self.outcome(empty, stages: ["sniff"], status: .skipped(SkipReason(code: "empty_file", message: "empty"))), runID: run, fingerprint: Self.fingerprint())

        let newer = ledger.history(Self.fingerprint(extractVersion: 2), deliveringStages: Self.allStages)
        #expect(try await newer.earlierOutcome(of: pdf, modified: try modified(pdf)) == nil)
        #expect(try await newer.earlierOutcome(of: empty, modified: try modified(empty))?.status == .skipped)
    }

    @Test func aDuplicateStandsOnlyWhileWhatItRepeatsIsDelivered() async throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", text: "same")
        try folder.write("b.txt", text: "same")
        let first = try folder.inputFile("a.txt")
        let copy = try folder.inputFile("b.txt")
        let ledger = try Ledger(stateDirectory: folder.url.appending(path: "state"))
        let run = try ledger.beginRun(configuration: "sink=outbox", arguments: [])
        let duplicate = FileOutcome.Status.duplicate(DuplicateReference(firstPath: first.displayPath, match: .sameBytes))
        try ledger.record(Self.outcome(copy, stages: ["sniff", "extract", "classify", "dedupe"], status: duplicate, sha256: "dd"), runID: run, fingerprint: Self.fingerprint())
        // The first copy failed: the duplicate goes through again.
        let failed = FileOutcome.Status.failed(FileFailure(stage: "upload", code: "endorsed_timeout", message: "timed out"))
        try ledger.record(Self.outcome(first, stages: Self.allStages, status: failed, sha256: "dd"), runID: run, fingerprint: Self.fingerprint())
        let history = ledger.history(Self.fingerprint(), deliveringStages: Self.allStages)
        #expect(try await history.earlierOutcome(of: copy, modified: try modified(copy)) == nil)
        // Once the first copy is delivered, the duplicate stands.
        try ledger.record(Self.outcome(first, stages: Self.allStages, status: Self.stored, sha256: "dd"), runID: run, fingerprint: Self.fingerprint())
        #expect(try await history.earlierOutcome(of: copy, modified: try modified(copy))?.status == .duplicate)
    }

    @Test func aFileWithoutItsStartTimeNeverStands() async throws {
        let folder = try TemporaryFolder()
        try folder.write("cv.txt", text: "resume")
        let file = try folder.inputFile("cv.txt")
        let ledger = try Ledger(stateDirectory: folder.url.appending(path: "state"))
        let run = try ledger.beginRun(configuration: "sink=outbox", arguments: [])
        var outcome = Self.outcome(file, stages: Self.allStages, status: Self.stored)
        var document = outcome.document
        document.modifiedAtStart = nil
        outcome = FileOutcome(document: document, status: outcome.status, duration: .zero)
        try ledger.record(outcome, runID: run, fingerprint: Self.fingerprint())
        #expect(try await ledger.history(Self.fingerprint(), deliveringStages: Self.allStages).earlierOutcome(of: file, modified: try modified(file)) == nil)
    }

    @Test func aFailureIsTriedAgain() async throws {
        let folder = try TemporaryFolder()
        try folder.write("bad.pdf", text: "%PDF-")
        let file = try folder.inputFile("bad.pdf")
        let ledger = try Ledger(stateDirectory: folder.url.appending(path: "state"))
        let run = try ledger.beginRun(configuration: "sink=outbox", arguments: [])
        let failed = FileOutcome.Status.failed(FileFailure(stage: "extract", code: "pdf_damaged", message: "damaged"))
        try ledger.record(Self.outcome(file, stages: ["sniff", "extract"], status: failed), runID: run, fingerprint: Self.fingerprint())
        #expect(try await ledger.history(Self.fingerprint(), deliveringStages: Self.allStages).earlierOutcome(of: file, modified: try modified(file)) == nil)
    }

    @Test func aDocumentDeliveredEarlierIsADuplicateUnderAnotherPathOnly() async throws {
        let folder = try TemporaryFolder()
        try folder.write("old/cv.txt", text: "same")
        try folder.write("new/cv.txt", text: "same")
        let old = try folder.inputFile("old/cv.txt")
        let new = try folder.inputFile("new/cv.txt")
        let ledger = try Ledger(stateDirectory: folder.url.appending(path: "state"))
        let run = try ledger.beginRun(configuration: "sink=outbox", arguments: [])
        try ledger.record(Self.outcome(old, stages: Self.allStages, status: Self.stored, sha256: "bb", text: "tt"), runID: run, fingerprint: Self.fingerprint())

        func claim(_ file: InputFile, sha256: String, text: String?, candidate: String? = Self.candidate) -> DuplicateClaim {
            DuplicateClaim(candidateID: candidate, contentSHA256: sha256, textSHA256: text, path: file.displayPath,
                           absolutePath: file.url.standardizedFileURL.path(percentEncoded: false))
        }
        let registry = ledger.duplicateRegistry(Self.fingerprint(), deliveringStages: Self.allStages)
        let bytes = try #require(try await registry.claim(claim(new, sha256: "bb", text: nil)))
        #expect(bytes.firstPath == old.displayPath)
        #expect(bytes.match == .sameBytes)
        #expect(bytes.earlierRunID == run)
        let sameText = try await ledger.duplicateRegistry(Self.fingerprint(), deliveringStages: Self.allStages).claim(claim(new, sha256: "cc", text: "tt"))
        #expect(sameText?.match == .sameText)
        // The same file again (touched, say) is not its own duplicate, and another
        // candidate's copy is another attachment.
        #expect(try await ledger.duplicateRegistry(Self.fingerprint(), deliveringStages: Self.allStages).claim(claim(old, sha256: "bb", text: nil)) == nil)
        #expect(try await ledger.duplicateRegistry(Self.fingerprint(), deliveringStages: Self.allStages).claim(claim(new, sha256: "bb", text: nil, candidate: nil)) == nil)
    }

    @Test func aSecondLedgerOnTheSameFolderIsRefusedUntilTheFirstCloses() throws {
        let folder = try TemporaryFolder()
        let state = folder.url.appending(path: "state")
        let inUse = LedgerError.inUse(stateDirectory: state.path(percentEncoded: false))
        var first: Ledger? = try Ledger(stateDirectory: state)
        withExtendedLifetime(first) {
            #expect(throws: inUse) { try Ledger(stateDirectory: state) }
        }
        first = nil
        // The lock went with the first; the second takes it, and holds it in turn.
        let second = try Ledger(stateDirectory: state)
        withExtendedLifetime(second) {
            #expect(throws: inUse) { try Ledger(stateDirectory: state) }
        }
    }

    @Test func aDamagedLedgerIsAClearErrorAndIsLeftAsItIs() throws {
        let folder = try TemporaryFolder()
        let state = folder.url.appending(path: "state")
        let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try folder.write("state/ledger.sqlite", bytes: garbage)
        do {
            _ = try Ledger(stateDirectory: state)
            Issue.record("a damaged ledger was opened")
        } catch {
            guard case .unreadable(let path, _) = error else { Issue.record("unexpected \(error)"); return }
            #expect(path.hasSuffix("ledger.sqlite"))
            #expect(error.description.contains("move it aside"))
        }
        #expect(try Data(contentsOf: state.appending(path: "ledger.sqlite")) == garbage)
    }

    @Test func theLedgerSurvivesReopening() async throws {
        let folder = try TemporaryFolder()
        let state = folder.url.appending(path: "state")
        try folder.write("cv.txt", text: "x")
        let file = try folder.inputFile("cv.txt")
        do {
            let ledger = try Ledger(stateDirectory: state)
            let run = try ledger.beginRun(configuration: "c", arguments: [])
            #expect(run == 1)
            try ledger.record(Self.outcome(file, stages: Self.allStages, status: Self.stored), runID: run, fingerprint: Self.fingerprint())
        }
        let reopened = try Ledger(stateDirectory: state)
        let earlier = try await reopened.history(Self.fingerprint(), deliveringStages: Self.allStages).earlierOutcome(of: file, modified: try modified(file))
        #expect(earlier?.runID == 1)
        #expect(earlier?.status == .stored)
        #expect(try reopened.beginRun(configuration: "c", arguments: []) == 2)
    }
}
