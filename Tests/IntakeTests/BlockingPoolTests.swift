import Dispatch
import Foundation
import Intake
import Synchronization
import Testing

@Suite("BlockingPool")
struct BlockingPoolTests {
    enum JobError: Error, Equatable {
        case boom(Int)
    }

    /// One pool for the suite: pool threads live as long as the process.
    static let pool = BlockingPool(threadCount: 2)

    @Test("a job's result comes back to the awaiting task")
    func result() async throws {
        let value = try await Self.pool.run { (1...10).reduce(0, +) }
        #expect(value == 55)
        #expect(Self.pool.threadCount == 2)
    }

    @Test("a job's error comes back to the awaiting task")
    func thrownError() async throws {
        await #expect(throws: JobError.boom(7)) {
            try await Self.pool.run { () throws -> Int in throw JobError.boom(7) }
        }
    }

    @Test("the job runs on one of the pool's named threads, outside any task")
    func runsOnPoolThread() async throws {
        for _ in 0..<4 {
            let (threadName, inTask) = try await Self.pool.run { (Thread.current.name ?? "", withUnsafeCurrentTask { $0 != nil }) }
            #expect(["intake-blk-0", "intake-blk-1"].contains(threadName))
            #expect(!inTask, "a job must not run on the caller's cooperative thread")
        }
    }

    @Test("a task cancelled before calling run does not run the job")
    func alreadyCancelled() async throws {
        let ran = Atomic<Bool>(false)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await Self.pool.run { ran.store(true, ordering: .relaxed) }
        }
        await #expect(throws: CancellationError.self) { try await task.value }
        let jobRan = ran.load(ordering: .relaxed)
        #expect(!jobRan)
    }

    @Test("a job cancelled while it waits for a thread never runs and throws CancellationError",
          .timeLimit(.minutes(1)))
    func cancelledWhileQueued() async throws {
        let pool = BlockingPool(threadCount: 1)
        let release = DispatchSemaphore(value: 0)
        let (blockerStarted, blockerStartedContinuation) = AsyncStream<Void>.makeStream()
        let blocker = Task {
            try await pool.run {
                blockerStartedContinuation.yield()
                release.wait()
            }
        }
        var started = blockerStarted.makeAsyncIterator()
        await started.next()

        // The only thread is busy, so this job can only wait in the queue.
        let ran = Atomic<Bool>(false)
        let (queuedCalling, queuedCallingContinuation) = AsyncStream<Void>.makeStream()
        let queued = Task {
            queuedCallingContinuation.yield()
            return try await pool.run { ran.store(true, ordering: .relaxed) }
        }
        var calling = queuedCalling.makeAsyncIterator()
        await calling.next()
        queued.cancel()
        release.signal()

        await #expect(throws: CancellationError.self) { try await queued.value }
        try await blocker.value
        let jobRan = ran.load(ordering: .relaxed)
        #expect(!jobRan)
        // The thread is free again and takes new work.
        #expect(try await pool.run { 1 } == 1)
    }

    @Test("a running job sees the cancellation of the task awaiting it", .timeLimit(.minutes(1)))
    func runningJobSeesCancellation() async throws {
        let (jobStarted, jobStartedContinuation) = AsyncStream<Void>.makeStream()
        let task = Task {
            try await Self.pool.run { cancellation in
                jobStartedContinuation.yield()
                var checks = 0
                while !cancellation.isCancelled {
                    checks += 1
                    usleep(200)
                }
                try cancellation.check()
                return checks
            }
        }
        var started = jobStarted.makeAsyncIterator()
        await started.next()
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
    }

    @Test("while every pool thread blocks, ordinary async tasks still make progress",
          .timeLimit(.minutes(1)))
    func cooperativePoolNotStarved() async throws {
        // As many blocking jobs as the cooperative pool has threads (at least two), so that
        // jobs run on the cooperative pool by mistake would hold every one of its threads.
        let threads = max(2, ProcessInfo.processInfo.activeProcessorCount)
        let pool = BlockingPool(threadCount: threads)
        let events = EventLog<String>()
        let asyncWorkDone = DispatchSemaphore(value: 0)
        let (blockerStarted, blockerStartedContinuation) = AsyncStream<Void>.makeStream()

        // The jobs hold every pool thread until the async work below has finished; the
        // wait gives up eventually so that a starved pool fails the test instead of hanging it.
        let blockers = (0..<threads).map { index in
            Task {
                try await pool.run {
                    events.append("blocker \(index) started")
                    blockerStartedContinuation.yield()
                    let finished = asyncWorkDone.wait(timeout: .now() + .seconds(20)) == .success
                    events.append(finished ? "blocker \(index) released" : "blocker \(index) gave up")
                }
            }
        }
        var started = blockerStarted.makeAsyncIterator()
        for _ in 0..<threads { await started.next() }

        // Many more tasks than cores, each suspending several times.
        let workers = ProcessInfo.processInfo.activeProcessorCount * 4
        let total = await withTaskGroup(of: Int.self) { group in
            for index in 0..<workers {
                group.addTask {
                    for _ in 0..<10 { await Task.yield() }
                    return index
                }
            }
            return await group.reduce(0, +)
        }
        events.append("async work done")
        for _ in 0..<threads { asyncWorkDone.signal() }
        for blocker in blockers { try await blocker.value }

        #expect(total == (0..<workers).reduce(0, +))
        let log = events.all
        #expect(log.count == 2 * threads + 1)
        #expect(Set(log.prefix(threads)) == Set((0..<threads).map { "blocker \($0) started" }))
        #expect(log.dropFirst(threads).first == "async work done")
        #expect(Set(log.suffix(threads)) == Set((0..<threads).map { "blocker \($0) released" }))
    }
}

@Suite struct BlockingPoolShutdownTests {
    @Test(.timeLimit(.minutes(1))) func aPoolShutDownRunsWhatWasQueuedThenEndsItsThreadsAndRefusesMore() async throws {
        let pool = BlockingPool(threadCount: 2, name: "test-shutdown")
        #expect(pool.runningThreadCount == 2)
        // Two jobs in flight when the shutdown comes still finish.
        async let first = pool.run { () -> Int in Thread.sleep(forTimeInterval: 0.2); return 1 }
        async let second = pool.run { () -> Int in Thread.sleep(forTimeInterval: 0.2); return 2 }
        try await Task.sleep(for: .milliseconds(50))
        pool.shutDown()
        #expect(try await first + second == 3)
        await #expect(throws: CancellationError.self) { try await pool.run { 3 } }
        var waited = 0
        while pool.runningThreadCount > 0 && waited < 500 {
            try await Task.sleep(for: .milliseconds(10))
            waited += 1
        }
        #expect(pool.runningThreadCount == 0)
        pool.shutDown()  // idempotent
    }
}
