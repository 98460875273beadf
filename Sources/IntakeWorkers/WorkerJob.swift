import Synchronization

/// One request waiting for a worker's reply, and the task that waits for it.
///
/// It completes exactly once: with the reply, with the worker's failure, or with
/// `CancellationError` when the waiting task is cancelled. A cancelled job that a worker
/// is parsing is killed with its worker (the worker's watchdog sees ``isCancelled``).
final class WorkerJob: Sendable {
    let request: WorkerFrame
    /// The stage the request runs, for diagnostics.
    let stage: String
    /// The time the file has left in workers.
    let timeout: Duration
    /// The file's whole budget, for the message when it runs out.
    let budget: Duration
    /// The file, for logs and for finding the worker that parses it.
    let displayPath: String

    private struct State {
        var continuation: CheckedContinuation<WorkerFrame, any Error>?
        var result: Result<WorkerFrame, any Error>?
        var isCancelled = false
    }
    private let state = Mutex(State())

    init(request: WorkerFrame, stage: String, timeout: Duration, budget: Duration, displayPath: String) {
        self.request = request
        self.stage = stage
        self.timeout = timeout
        self.budget = budget
        self.displayPath = displayPath
    }

    /// Whether the waiting task was cancelled.
    var isCancelled: Bool { state.withLock { $0.isCancelled } }

    /// Waits for the result; called once, by the task that made the job.
    func wait(_ continuation: CheckedContinuation<WorkerFrame, any Error>) {
        let ready: Result<WorkerFrame, any Error>? = state.withLock { state in
            if let result = state.result { return result }
            state.continuation = continuation
            return nil
        }
        if let ready { continuation.resume(with: ready) }
    }

    /// Marks the job cancelled; the queue drops it if no worker has taken it, and a
    /// worker that has it is killed by its watchdog.
    func cancel() {
        state.withLock { $0.isCancelled = true }
    }

    /// Gives the job its result; later calls do nothing.
    func complete(_ result: Result<WorkerFrame, any Error>) {
        let continuation: CheckedContinuation<WorkerFrame, any Error>? = state.withLock { state in
            guard state.result == nil else { return nil }
            state.result = result
            defer { state.continuation = nil }
            return state.continuation
        }
        continuation?.resume(with: result)
    }
}

/// The jobs waiting for a worker, and the workers waiting for a job: first come, first served.
final class WorkerJobQueue: Sendable {
    private struct State {
        var jobs: [WorkerJob] = []
        var idleWorkers: [(id: Int, continuation: CheckedContinuation<WorkerJob?, Never>)] = []
        var nextWaiterID = 0
        var isClosed = false
    }
    private let state = Mutex(State())

    /// Hands `job` to an idle worker, or queues it; on a closed queue the job fails.
    func enqueue(_ job: WorkerJob) {
        let outcome: (worker: CheckedContinuation<WorkerJob?, Never>?, closed: Bool) = state.withLock { state in
            if state.isClosed { return (nil, true) }
            if !state.idleWorkers.isEmpty { return (state.idleWorkers.removeFirst().continuation, false) }
            state.jobs.append(job)
            return (nil, false)
        }
        if outcome.closed {
            job.complete(.failure(WorkerFailure.unavailable(reason: "the worker pool is not running")))
        }
        outcome.worker?.resume(returning: job)
    }

    /// Takes a queued job out (its task was cancelled before a worker took it); `true` if
    /// it was still queued.
    func remove(_ job: WorkerJob) -> Bool {
        state.withLock { state in
            guard let index = state.jobs.firstIndex(where: { $0 === job }) else { return false }
            state.jobs.remove(at: index)
            return true
        }
    }

    /// The next job, waiting for one; `nil` when the calling worker's task is cancelled or
    /// the queue is closed.
    func next() async -> WorkerJob? {
        let id: Int = state.withLock { state in
            defer { state.nextWaiterID += 1 }
            return state.nextWaiterID
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<WorkerJob?, Never>) in
                let immediate: WorkerJob?? = state.withLock { state in
                    if state.isClosed || Task.isCancelled { return .some(nil) }
                    if !state.jobs.isEmpty { return .some(state.jobs.removeFirst()) }
                    state.idleWorkers.append((id, continuation))
                    return .none
                }
                if let immediate { continuation.resume(returning: immediate) }
            }
        } onCancel: {
            let waiter = state.withLock { state -> CheckedContinuation<WorkerJob?, Never>? in
                guard let index = state.idleWorkers.firstIndex(where: { $0.id == id }) else { return nil }
                return state.idleWorkers.remove(at: index).continuation
            }
            waiter?.resume(returning: nil)
        }
    }

    /// Closes the queue: queued jobs and later ones fail, idle workers stop waiting.
    func close() {
        let (jobs, workers) = state.withLock { state in
            state.isClosed = true
            defer { state.jobs = []; state.idleWorkers = [] }
            return (state.jobs, state.idleWorkers.map(\.continuation))
        }
        for job in jobs { job.complete(.failure(WorkerFailure.unavailable(reason: "the worker pool stopped"))) }
        for worker in workers { worker.resume(returning: nil) }
    }
}
