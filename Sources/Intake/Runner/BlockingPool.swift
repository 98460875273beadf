import Dispatch
import Foundation
import Synchronization

/// A fixed set of threads for blocking work: C library calls (libmagic, poppler) and file
/// reads that may take long.
///
/// Swift's cooperative pool has one thread per core; a blocking call made on it holds a
/// core's worth of async work hostage. Stages hand such calls to this pool instead and
/// `await` the result, so the cooperative threads stay free for everything else.
///
/// ```swift
/// let text = try await context.blocking.run { cancellation in
///     try extractPages(checkingBetweenPages: cancellation)
/// }
/// ```
public final class BlockingPool: Sendable {
    /// A pool shared by the whole process, with one thread per core (at least two).
    public static let shared = BlockingPool(threadCount: max(2, ProcessInfo.processInfo.activeProcessorCount))

    /// How many threads run jobs.
    public let threadCount: Int

    private let jobs = Mutex<[Job]>([])
    private let jobsWaiting = DispatchSemaphore(value: 0)
    /// Set by ``shutDown()``: no job is taken from then on, and each thread ends once the
    /// jobs already queued are done.
    private let isShuttingDown = Atomic<Bool>(false)
    private let threadsRunning = Atomic<Int>(0)

    private typealias Job = @Sendable () -> Void

    /// Starts a pool with `threadCount` threads named `intake-blk-0`, `intake-blk-1`…
    public convenience init(threadCount: Int) {
        self.init(threadCount: threadCount, name: "intake-blk")
    }

    /// Starts a pool with `threadCount` threads, named `name-0`, `name-1`… (at most 15
    /// characters, as Linux allows); they live until ``shutDown()``, or as long as the process.
    public init(threadCount: Int, name: String) {
        precondition(threadCount > 0, "a blocking pool needs at least one thread")
        self.threadCount = threadCount
        threadsRunning.store(threadCount, ordering: .relaxed)
        for index in 0..<threadCount {
            let thread = Thread { [self] in self.work(threadName: "\(name)-\(index)") }
            thread.start()
        }
    }

    /// How many of the pool's threads have not ended.
    public var runningThreadCount: Int { threadsRunning.load(ordering: .relaxed) }

    /// Ends the pool: the jobs already queued still run, later ones are refused with
    /// `CancellationError`, and every thread ends once the queue is empty. Idempotent.
    /// An owner of a pool of its own (an engine) calls it when it stops, so that its
    /// threads end with it.
    public func shutDown() {
        // Set under the queue's lock, which enqueue and the threads take too: no job can
        // be queued after a thread has decided to end.
        let first = jobs.withLock { _ in !isShuttingDown.exchange(true, ordering: .relaxed) }
        guard first else { return }
        // One wake-up per thread: each finds the queue empty and ends.
        for _ in 0..<threadCount { jobsWaiting.signal() }
    }

    /// Runs `body` on one of the pool's threads and returns its result.
    ///
    /// If the calling task is cancelled before the job starts, the job does not run and
    /// this throws `CancellationError`. Once it runs, `body` sees cancellation through the
    /// ``BlockingCancellation`` it is given and decides itself where it can stop.
    public func run<Result: Sendable>(_ body: @escaping @Sendable (BlockingCancellation) throws -> Result) async throws -> Result {
        try Task.checkCancellation()
        guard !isShuttingDown.load(ordering: .relaxed) else { throw CancellationError() }
        let cancellation = BlockingCancellation()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let queued = enqueue {
                    guard !cancellation.isCancelled else {
                        continuation.resume(throwing: CancellationError())
                        return
                    }
                    continuation.resume(with: Swift.Result { try body(cancellation) })
                }
                if !queued { continuation.resume(throwing: CancellationError()) }
            }
        } onCancel: {
            cancellation.cancel()
        }
    }

    /// Runs `body` on one of the pool's threads and returns its result.
    public func run<Result: Sendable>(_ body: @escaping @Sendable () throws -> Result) async throws -> Result {
        try await run { (_: BlockingCancellation) in try body() }
    }

    /// Queues `job`; false when the pool is shutting down and takes no more.
    private func enqueue(_ job: @escaping Job) -> Bool {
        let queued = jobs.withLock { jobs in
            guard !isShuttingDown.load(ordering: .relaxed) else { return false }
            jobs.append(job)
            return true
        }
        if queued { jobsWaiting.signal() }
        return queued
    }

    private func work(threadName: String) {
        var isNamed = false
        while true {
            jobsWaiting.wait()
            // Named at the first job, not before start(): Linux's Foundation drops a name set
            // before the thread runs (and refuses one over 15 characters).
            if !isNamed { Thread.current.name = threadName; isNamed = true }
            // The semaphore counts jobs and the wake-ups of a shutdown: an empty queue here
            // means the pool is ending. Jobs run in the order they came (a FIFO), so no file
            // waits behind a stream of later ones.
            enum Next { case run(Job), end, again }
            let next: Next = jobs.withLock { jobs in
                if !jobs.isEmpty { return .run(jobs.removeFirst()) }
                return isShuttingDown.load(ordering: .relaxed) ? .end : .again
            }
            switch next {
            case .run(let job): job()
            case .end:
                threadsRunning.subtract(1, ordering: .relaxed)
                return
            case .again: continue
            }
        }
    }
}

/// Tells blocking work that the task waiting for it was cancelled.
public final class BlockingCancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    init() {}

    /// Whether the waiting task was cancelled; check it between steps (pages, chunks).
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }

    /// Throws `CancellationError` if the waiting task was cancelled.
    public func check() throws {
        if isCancelled { throw CancellationError() }
    }

    func cancel() { flag.store(true, ordering: .relaxed) }
}
