import Foundation
import Intake
import Logging
import Synchronization

/// Worker processes that parse untrusted bytes, one file at a time each, under a per-file
/// time budget, a kernel-enforced memory ceiling and a cap on what they send back — the way
/// tika-pipes forks its parsers.
///
/// ```
///  parent: pipeline tasks                         workers (the same executable, re-entered)
///  ┌──────────────────────┐ request: stage, path  ┌──────────────────────────────────┐
///  │ sniff.isolated(in:)  │──────────────────────▶│ SniffMIME (libmagic)             │
///  │ extract.isolated(in:)│◀──────────────────────│ ExtractText (poppler, zip, XML…) │
///  │ classify, dedupe,    │ reply: fields, notes, │ RLIMIT_AS; stdout is the pipe    │
///  │ ledger, upload       │        text           └──────────────────────────────────┘
///  └──────────────────────┘          ▲ watchdog: SIGKILL on timeout or cancellation
/// ```
///
/// A file whose parsing overruns its time, dies (a segfault inside poppler), runs out of
/// memory or sends too much fails alone with `timeout`, `crashed`, `out_of_memory` or
/// `reply_too_large`, in the stage that was running; the worker is replaced and every other
/// file goes on. A worker is also replaced after ``Configuration/requestsPerWorker`` requests, or
/// when its resident memory passes ``Configuration/recycleResidentBytes``, so memory stays
/// flat over any number of files.
///
/// The pool runs while ``run()`` runs (or inside ``withWorkers(_:logger:_:)``); stages
/// wrapped with ``Intake/Stage/isolated(in:)`` send it their work:
///
/// ```swift
/// try await ParserWorkerPool.withWorkers(.init(fileTimeout: .seconds(30))) { pool in
///     let pipeline = Pipeline {
///         SniffMIME().isolated(in: pool)
///         ExtractText(PDFTextExtractor()).isolated(in: pool)
///         Classify()
///     }
///     return await PipelineRunner(pipeline: pipeline, maxFilesInFlight: 4, logger: logger).run(source) { _ in }
/// }
/// ```
///
/// The executable must serve as a worker: see ``ParserWorker``.
public final class ParserWorkerPool: Sendable {
    /// How the pool runs its workers.
    public let configuration: Configuration
    let logger: Logger
    let queue = WorkerJobQueue()
    private let counters = Mutex(Statistics())
    private let busy = Mutex<[Int: (processID: Int32, job: WorkerJob)]>([:])

    /// What the pool has done so far, for diagnostics and tests.
    public struct Statistics: Sendable, Hashable {
        /// Worker processes started.
        public var workersStarted = 0
        /// Workers replaced after their quota of files or past the resident-memory bound.
        public var workersRecycled = 0
        /// Workers killed or lost while parsing a file (timeouts, crashes, cancellations).
        public var workersLost = 0
        /// Requests answered (a file is one per isolated stage).
        public var requestsServed = 0
    }

    /// Creates a pool; no worker starts before ``run()``.
    public init(_ configuration: Configuration, logger: Logger = Logger(label: "intake.workers")) {
        self.configuration = configuration
        self.logger = logger
    }

    /// What the pool has done so far.
    public var statistics: Statistics { counters.withLock { $0 } }

    /// The process ids of the workers running a stage on `displayPath` now, or only the
    /// stage named `stage` (for diagnostics and tests).
    public func workerProcessIDs(parsing displayPath: String, stage: String? = nil) -> [Int32] {
        busy.withLock { busy in
            busy.values.filter { $0.job.displayPath == displayPath && (stage == nil || $0.job.stage == stage) }.map(\.processID)
        }
    }

    /// Runs ``Configuration/workers`` worker processes, replacing each one that ends, until
    /// the calling task is cancelled; then kills them and returns. Requests made while it
    /// is not running fail with `worker_unavailable`.
    public func run() async {
        await withDiscardingTaskGroup { group in
            for index in 0..<configuration.workers {
                group.addTask { await self.keepWorkerRunning(index: index) }
            }
        }
        queue.close()
    }

    /// Runs the pool while `body` runs, and stops it when `body` returns.
    public static func withWorkers<Result: Sendable>(
        _ configuration: Configuration, logger: Logger = Logger(label: "intake.workers"),
        _ body: (ParserWorkerPool) async throws -> Result
    ) async rethrows -> Result {
        let pool = ParserWorkerPool(configuration, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await pool.run() }
            defer { group.cancelAll() }
            return try await body(pool)
        }
    }

    /// Sends `request` to the next free worker and waits for the reply, or for the reason
    /// there is none (a ``WorkerFailure``, or `CancellationError`).
    func perform(_ request: WorkerFrame, stage: String, timeout: Duration, displayPath: String) async throws -> WorkerFrame {
        let job = WorkerJob(request: request, stage: stage, timeout: timeout, budget: configuration.fileTimeout, displayPath: displayPath)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                job.wait(continuation)
                queue.enqueue(job)
            }
        } onCancel: {
            job.cancel()
            // Not yet taken by a worker: it ends here. A worker that has it kills itself
            // through its watchdog, and completes it.
            if queue.remove(job) { job.complete(.failure(CancellationError())) }
        }
    }

    /// One worker slot: a worker process, replaced whenever it ends, until cancelled.
    private func keepWorkerRunning(index: Int) async {
        var failuresInARow = 0
        while !Task.isCancelled {
            counters.withLock { $0.workersStarted += 1 }
            let process = WorkerProcess(pool: self, index: index)
            do {
                try await process.serve()
                failuresInARow = 0
            } catch where !Task.isCancelled {
                // The worker could not be started: the next file fails with the reason
                // instead of waiting for ever, and the slot tries again a little later.
                failuresInARow += 1
                logger.error("parser worker could not start", metadata: ["error": "\(error)", "slot": "\(index)"])
                if let job = await queue.next() {
                    job.complete(.failure(WorkerFailure.unavailable(reason: "\(configuration.executable.path(percentEncoded: false)): \(error)")))
                }
                try? await Task.sleep(for: .milliseconds(min(2000, 50 << min(failuresInARow, 6))))
            } catch {
                return  // the pool is stopping
            }
        }
    }

    func noteBusy(slot: Int, processID: Int32, job: WorkerJob?) {
        busy.withLock { busy in
            if let job { busy[slot] = (processID, job) } else { busy[slot] = nil }
        }
    }

    func count(_ update: (inout Statistics) -> Void) {
        counters.withLock { update(&$0) }
    }
}
