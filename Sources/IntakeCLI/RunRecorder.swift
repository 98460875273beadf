import Intake
import IntakeLedger
import Synchronization

/// Records each file's outcome of one run in the ledger, as it ends, and keeps the first
/// failure to write: a run does not stop for it (the files not recorded simply go through
/// again next time, landing on the same attachments), but it ends saying so.
final class RunRecorder: Sendable {
    let ledger: Ledger
    let runID: Int64
    let fingerprint: PipelineFingerprint
    private let firstFailure = Mutex<String?>(nil)

    init(ledger: Ledger, configuration: String, arguments: [String], fingerprint: PipelineFingerprint) throws {
        self.ledger = ledger
        self.fingerprint = fingerprint
        runID = try ledger.beginRun(configuration: configuration, arguments: arguments)
    }

    /// Records one outcome; called once the outcome is final, after any sink's
    /// acknowledgement.
    func record(_ outcome: FileOutcome) {
        do {
            try ledger.record(outcome, runID: runID, fingerprint: fingerprint)
        } catch {
            keep(error)
        }
    }

    /// Records the end of the run.
    func finish(_ summary: RunSummary, interrupted: Bool) {
        do {
            try ledger.finishRun(runID, summary: summary, interrupted: interrupted)
        } catch {
            keep(error)
        }
    }

    /// The first write that failed, as a message, if one did.
    var failure: String? { firstFailure.withLock { $0 } }

    private func keep(_ error: LedgerError) {
        firstFailure.withLock { if $0 == nil { $0 = "\(error)" } }
    }
}
