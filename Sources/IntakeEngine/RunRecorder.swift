import Intake
import IntakeLedger
import Synchronization

/// Records each outcome of one engine's run in the ledger, and keeps the first failure to
/// write: the engine does not stop for it (the inputs not recorded simply go through again
/// next time, landing on the same attachments), but it says so.
///
/// A batch's outcomes are written in groups: when 64 are waiting, when the oldest has
/// waited a second (checked as outcomes arrive, and by ``flushIfDue()`` once a second while
/// the engine runs), and at the end. One commit per file would cost more than the rest of
/// the ledger together. A batch killed in between loses the records of its last second;
/// those files go through again and their uploads land on the attachments they already
/// have. A single input (``recordNow(_:)``) is written before its outcome is returned, so
/// that the same upload handed over again finds it.
///
/// Every write goes through GRDB's async API: a record waits on the database's writer
/// without blocking a thread of the caller's.
final class RunRecorder: Sendable {
    static let batchSize = 64
    static let batchAge: Duration = .seconds(1)

    let ledger: Ledger
    let runID: Int64
    let fingerprint: PipelineFingerprint
    private let firstFailure = Mutex<String?>(nil)
    private let waiting = Mutex<(outcomes: [FileOutcome], since: ContinuousClock.Instant?)>(([], nil))

    /// Where the time of each write and the failures are counted, when set.
    private let metrics: EngineMetrics?

    init(
        ledger: Ledger, configuration: String, arguments: [String], settings: String? = nil, fingerprint: PipelineFingerprint,
        metrics: EngineMetrics? = nil
    ) throws(LedgerError) {
        self.ledger = ledger
        self.fingerprint = fingerprint
        self.metrics = metrics
        runID = try ledger.beginRun(configuration: configuration, arguments: arguments, settings: settings)
    }

    /// Records one outcome of a batch; called once the outcome is final, after any sink's
    /// acknowledgement.
    func record(_ outcome: FileOutcome) async {
        let now = ContinuousClock.now
        let batch: [FileOutcome] = waiting.withLock { waiting in
            waiting.outcomes.append(outcome)
            let since = waiting.since ?? now
            waiting.since = since
            guard waiting.outcomes.count >= Self.batchSize || now - since >= Self.batchAge else { return [] }
            defer { waiting = ([], nil) }
            return waiting.outcomes
        }
        await write(batch)
    }

    /// Records one outcome at once, with whatever else is waiting.
    func recordNow(_ outcome: FileOutcome) async {
        let batch: [FileOutcome] = waiting.withLock { waiting in
            defer { waiting = ([], nil) }
            return waiting.outcomes + [outcome]
        }
        await write(batch)
    }

    /// Writes what is waiting if the oldest has waited ``batchAge``: called once a second
    /// while the engine runs, so that a lull (one long upload) does not hold records back.
    func flushIfDue() async {
        let now = ContinuousClock.now
        await write(waiting.withLock { waiting in
            guard let since = waiting.since, now - since >= Self.batchAge else { return [] }
            defer { waiting = ([], nil) }
            return waiting.outcomes
        })
    }

    /// Writes what is waiting, and records the end of the run.
    func finish(_ summary: RunSummary, interrupted: Bool) async {
        await write(waiting.withLock { waiting in
            defer { waiting = ([], nil) }
            return waiting.outcomes
        })
        do {
            try await ledger.finishRun(runID, summary: summary, interrupted: interrupted)
        } catch {
            keep(error)
        }
    }

    /// The first write that failed, as a message, if one did.
    var failure: String? { firstFailure.withLock { $0 } }

    private func write(_ batch: [FileOutcome]) async {
        guard !batch.isEmpty else { return }
        let started = ContinuousClock.now
        do {
            try await ledger.recordOutcomes(batch, runID: runID, fingerprint: fingerprint)
            metrics?.ledgerBatch.recordNanoseconds(EngineMetrics.nanoseconds(ContinuousClock.now - started))
        } catch {
            metrics?.ledgerWriteFailures.increment()
            keep(error)
        }
    }

    private func keep(_ error: LedgerError) {
        firstFailure.withLock { if $0 == nil { $0 = "\(error)" } }
    }
}
