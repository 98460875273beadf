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

    private typealias Job = @Sendable () -> Void

    /// Starts a pool with `threadCount` threads; they live as long as the process.
    public init(threadCount: Int) {
        precondition(threadCount > 0, "a blocking pool needs at least one thread")
        self.threadCount = threadCount
        for index in 0..<threadCount {
            let thread = Thread { [self] in self.work(threadName: "intake-blk-\(index)") }
            thread.start()
        }
    }

    /// Runs `body` on one of the pool's threads and returns its result.
    ///
    /// If the calling task is cancelled before the job starts, the job does not run and
    /// this throws `CancellationError`. Once it runs, `body` sees cancellation through the
    /// ``BlockingCancellation`` it is given and decides itself where it can stop.
    public func run<Result: Sendable>(_ body: @escaping @Sendable (BlockingCancellation) throws -> Result) async throws -> Result {
        try Task.checkCancellation()
        let cancellation = BlockingCancellation()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                enqueue {
                    guard !cancellation.isCancelled else {
                        continuation.resume(throwing: CancellationError())
                        return
                    }
                    continuation.resume(with: Swift.Result { try body(cancellation) })
                }
            }
        } onCancel: {
            cancellation.cancel()
        }
    }

    /// Runs `body` on one of the pool's threads and returns its result.
    public func run<Result: Sendable>(_ body: @escaping @Sendable () throws -> Result) async throws -> Result {
        try await run { (_: BlockingCancellation) in try body() }
    }

    private func enqueue(_ job: @escaping Job) {
        jobs.withLock { $0.append(job) }
        jobsWaiting.signal()
    }

    private func work(threadName: String) {
        var isNamed = false
        while true {
            jobsWaiting.wait()
            // Named at the first job, not before start(): Linux's Foundation drops a name set
            // before the thread runs (and refuses one over 15 characters).
            if !isNamed { Thread.current.name = threadName; isNamed = true }
            // The semaphore counts jobs, so there is always one to take here. Jobs run in the
            // order they came (a FIFO), so no file waits behind a stream of later ones.
            let job = jobs.withLock { $0.removeFirst() }
            job()
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
