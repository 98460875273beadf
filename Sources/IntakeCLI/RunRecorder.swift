import Intake
import IntakeLedger
import Synchronization

/// Records each file's outcome of one run in the ledger, and keeps the first failure to
/// write: a run does not stop for it (the files not recorded simply go through again next
/// time, landing on the same attachments), but it ends saying so.
///
/// Outcomes are written in batches: when 64 are waiting, when the oldest has waited a
/// second (checked as outcomes arrive, and by ``flushIfDue()`` once a second while the run
/// goes), and at the end of the run. One commit per file would cost more than the rest of
/// the ledger together. A run killed in between loses the records of its last second; those
/// files go through again and their uploads land on the attachments they already have.
final class RunRecorder: Sendable {
    static let batchSize = 64
    static let batchAge: Duration = .seconds(1)

    let ledger: Ledger
    let runID: Int64
    let fingerprint: PipelineFingerprint
    private let firstFailure = Mutex<String?>(nil)
    private let waiting = Mutex<(outcomes: [FileOutcome], since: ContinuousClock.Instant?)>(([], nil))

    init(ledger: Ledger, configuration: String, arguments: [String], fingerprint: PipelineFingerprint) throws {
        self.ledger = ledger
        self.fingerprint = fingerprint
        runID = try ledger.beginRun(configuration: configuration, arguments: arguments)
    }

    /// Records one outcome; called once the outcome is final, after any sink's
    /// acknowledgement.
    func record(_ outcome: FileOutcome) {
        let now = ContinuousClock.now
        let batch: [FileOutcome] = waiting.withLock { waiting in
            waiting.outcomes.append(outcome)
            let since = waiting.since ?? now
            waiting.since = since
            guard waiting.outcomes.count >= Self.batchSize || now - since >= Self.batchAge else { return [] }
            defer { waiting = ([], nil) }
            return waiting.outcomes
        }
        write(batch)
    }

    /// Writes what is waiting if the oldest has waited ``batchAge``: called once a second
    /// while a run goes, so that a lull (one long upload) does not hold records back.
    func flushIfDue() {
        let now = ContinuousClock.now
        write(waiting.withLock { waiting in
            guard let since = waiting.since, now - since >= Self.batchAge else { return [] }
            defer { waiting = ([], nil) }
            return waiting.outcomes
        })
    }

    /// Writes what is waiting, and records the end of the run.
    func finish(_ summary: RunSummary, interrupted: Bool) {
        write(waiting.withLock { waiting in
            defer { waiting = ([], nil) }
            return waiting.outcomes
        })
        do {
            try ledger.finishRun(runID, summary: summary, interrupted: interrupted)
        } catch {
            keep(error)
        }
    }

    /// The first write that failed, as a message, if one did.
    var failure: String? { firstFailure.withLock { $0 } }

    private func write(_ batch: [FileOutcome]) {
        do {
            try ledger.record(batch, runID: runID, fingerprint: fingerprint)
        } catch {
            keep(error)
        }
    }

    private func keep(_ error: LedgerError) {
        firstFailure.withLock { if $0 == nil { $0 = "\(error)" } }
    }
}
