import CoreMetrics
import Foundation
import Intake

/// What the engine records through the swift-metrics API, for the backend's own stack:
/// - `intake_files_total` (`status`, `code`): inputs that ended, by status and, for a
///   failure or a skip, its code (`extract/pdf_encrypted`, `unsure`; `""` otherwise);
/// - `intake_file_seconds` (`status`): time from the first stage to the end;
/// - `intake_stage_seconds` (`stage`): each stage's time, from every file's trail;
/// - `intake_files_in_flight`: inputs in the pipeline now;
/// - `intake_ledger_batch_seconds`: each write of outcomes to the ledger;
/// - `intake_ledger_write_failures_total`: writes to the ledger that failed.
///
/// The Endorsed client adds its own (``IntakeEndorsed``): retries, token renewals and
/// uploads in flight.
struct EngineMetrics: Sendable {
    let factory: any MetricsFactory
    let filesInFlight: Meter
    let ledgerBatch: CoreMetrics.Timer
    let ledgerWriteFailures: Counter

    init(_ telemetry: Telemetry) {
        factory = telemetry.metricsFactory
        filesInFlight = Meter(label: "intake_files_in_flight", factory: factory)
        ledgerBatch = CoreMetrics.Timer(label: "intake_ledger_batch_seconds", factory: factory)
        ledgerWriteFailures = Counter(label: "intake_ledger_write_failures_total", factory: factory)
    }

    /// Counts an outcome, its time, and the time of each of its stages.
    func record(_ outcome: FileOutcome) {
        let status = outcome.status.name
        Counter(label: "intake_files_total", dimensions: [("status", status), ("code", Self.code(of: outcome.status))], factory: factory).increment()
        CoreMetrics.Timer(label: "intake_file_seconds", dimensions: [("status", status)], factory: factory).recordNanoseconds(Self.nanoseconds(outcome.duration))
        for record in outcome.document.trail {
            CoreMetrics.Timer(label: "intake_stage_seconds", dimensions: [("stage", record.stage)], factory: factory).recordNanoseconds(record.durationNanoseconds)
        }
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds &* 1_000_000_000 &+ attoseconds / 1_000_000_000
    }

    /// The code a status carries: the stage and code of a failure, the code of a skip, the
    /// failure that keeps a poison file out; `""` for the others.
    static func code(of status: FileOutcome.Status) -> String {
        switch status {
        case .failed(let failure): "\(failure.stage)/\(failure.code)"
        case .skipped(let reason): reason.code
        case .unchanged(let earlier): earlier.failure.map { "\($0.stage)/\($0.code)" } ?? ""
        case .uploaded, .stored, .duplicate, .processed: ""
        }
    }
}
