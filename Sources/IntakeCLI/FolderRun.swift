import Foundation
import Intake
import IntakeEngine
import ServiceLifecycle
import Synchronization

/// `intake ingest`'s batch as a service beside the engine in the run's `ServiceGroup`:
/// once the engine is ready it creates the report and runs the walk through the engine;
/// on the group's graceful shutdown it takes no new file and lets the files in flight
/// end. When the group's bounded wait runs out, the group cancels it, and the files still
/// in flight end as `cancelled`.
final class FolderRun<Walk: AsyncSequence<SourceEntry, Never> & Sendable>: Service, Sendable {
    /// What a finished batch leaves: its counts and its report, still open.
    struct Finished: Sendable {
        var summary: RunSummary
        var report: ReportWriter?
    }

    private let ingestor: Ingestor
    private let walk: Walk
    private let reportURL: URL?
    private let progress: ProgressDisplay
    private let finishedSlot = Mutex<Finished?>(nil)

    /// The batch's result, once ``run()`` has returned without throwing.
    var finished: Finished? { finishedSlot.withLock { $0 } }

    init(ingestor: Ingestor, walk: Walk, reportURL: URL?, progress: ProgressDisplay) {
        self.ingestor = ingestor
        self.walk = walk
        self.reportURL = reportURL
        self.progress = progress
    }

    func run() async throws {
        let stop = StopRequest()
        try await withGracefulShutdownHandler {
            // A stop while the engine still starts ends the wait: the batch then reads
            // nothing, and the engine, shut down next, ends its start.
            do {
                try await cancelWhenGracefulShutdown { try await self.ingestor.waitUntilReady() }
            } catch where Task.isShuttingDownGracefully {
                return
            }
            // Created once the engine is ready: a run refused by Endorsed leaves no report.
            let report = try reportURL.map { try ReportWriter(url: $0) }
            let summary = try await ingestor.run(walk, until: stop) { outcome in
                report?.write(outcome)
                progress.record(outcome.fileOutcome)
            }
            finishedSlot.withLock { $0 = Finished(summary: summary, report: report) }
        } onGracefulShutdown: {
            stop.request()
        }
    }
}
