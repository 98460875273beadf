import Foundation
import Intake
import Logging
import Subprocess
import Synchronization
import SystemPackage

#if canImport(Glibc)
import Glibc
#endif

/// One worker process, from its start to its end: it takes jobs from the pool's queue one
/// at a time, and a watchdog beside it kills it when a job overruns its budget or is
/// cancelled. When it ends with a job unfinished, that job gets the reason.
struct WorkerProcess {
    let pool: ParserWorkerPool
    let index: Int

    private var configuration: ParserWorkerPool.Configuration { pool.configuration }

    /// How long a new worker may take to introduce itself.
    static let helloTimeout: Duration = .seconds(15)

    /// Starts the process and serves jobs until it is recycled, dies, or the pool's task is
    /// cancelled. Throws only when the process cannot be started or is not a parser worker.
    func serve() async throws {
        let activity = WorkerActivity()
        let errorTail = ErrorTail()
        var variables: [Environment.Key: String?] = [:]
        for (name, value) in configuration.environment {
            guard let key = Environment.Key(rawValue: name) else { continue }
            variables[key] = value
        }
        let environment = Environment.inherit.updating(variables).updating([
            Environment.Key(rawValue: ParserWorker.environmentKey)!: "1",
            Environment.Key(rawValue: ParserWorker.memoryLimitKey)!: String(configuration.memoryLimitBytes),
            Environment.Key(rawValue: ParserWorker.parentKey)!: String(getpid()),
            // One malloc arena: each arena reserves 64 MiB of address space, which would
            // count against the ceiling for nothing.
            Environment.Key(rawValue: "MALLOC_ARENA_MAX")!: "1",
            // A crash ends the worker at once, with its signal: Swift's backtracer would
            // first spend seconds symbolicating it, while the file's budget runs.
            Environment.Key(rawValue: "SWIFT_BACKTRACE")!: "enable=no",
        ])
        let result = try await Subprocess.run(
            .path(FilePath(configuration.executable.path(percentEncoded: false))),
            arguments: Arguments(configuration.arguments),
            environment: environment,
            input: .inputWriter,
            output: .sequence,
            error: .sequence
        ) { execution in
            let processID = execution.processIdentifier.value
            await withDiscardingTaskGroup { group in
                group.addTask {
                    // Kept short: only the end says why a worker died (an allocation failure).
                    do {
                        for try await chunk in execution.standardError { chunk.withUnsafeBytes { errorTail.append($0) } }
                    } catch {
                        // The pipe broke with the worker: how it ended is judged by its status.
                    }
                }
                group.addTask {
                    await watch(activity) { try? execution.send(signal: .kill) }
                }
                await serveJobs(execution, processID: processID, activity: activity, errorTail: errorTail)
                try? execution.send(signal: .kill)
                group.cancelAll()
            }
        }
        pool.noteBusy(slot: index, processID: 0, job: nil)
        // A worker killed before its greeting because the pool is stopping is no problem.
        if let problem = activity.startProblem, !Task.isCancelled {
            throw WorkerStartError(reason: problem, exit: result.terminationStatus, errorTail: errorTail.text)
        }
        guard let job = activity.unfinishedJob else { return }
        pool.count { $0.workersLost += 1 }
        // A worker killed because the run is stopping took its file down with it: that
        // file was cancelled, whatever signal ended the worker.
        let stopping = job.isCancelled || Task.isCancelled
        let failure = verdict(status: result.terminationStatus, killedFor: activity.killReason ?? (stopping ? .cancelled : nil), errorTail: errorTail.text)
        // The file's own outcome says why; this line is for --verbose.
        pool.logger.info("parser worker ended while reading a file", metadata: [
            "file": "\(job.displayPath)", "reason": "\(failure)", "status": "\(result.terminationStatus)",
        ])
        job.complete(.failure(failure))
    }

    /// Takes jobs until the quota of files, a memory bound, a dead worker or cancellation.
    private func serveJobs(
        _ execution: Execution<CustomWriteInput, SequenceOutput, SequenceOutput>, processID: Int32, activity: WorkerActivity,
        errorTail: ErrorTail
    ) async {
        var replies = execution.standardOutput.makeAsyncIterator()
        var frames = FrameAssembler(limit: configuration.maximumReplyBytes)
        activity.awaitHello(until: .now + Self.helloTimeout)
        let hello: WorkerHello
        do {
            guard let frame = try await Self.nextFrame(&replies, &frames) else {
                activity.failStart("it ended before it introduced itself")
                return
            }
            hello = try frame.message(WorkerHello.self)
        } catch {
            activity.failStart("its first output is not a worker's greeting (\(error))")
            return
        }
        guard hello.worker == WorkerHello.current.worker, hello.protocolVersion == WorkerHello.current.protocolVersion else {
            activity.failStart("it speaks \(hello.worker) protocol \(hello.protocolVersion), not \(WorkerHello.current.worker) protocol \(WorkerHello.current.protocolVersion)")
            return
        }
        activity.helloReceived()
        for _ in 0..<configuration.requestsPerWorker {
            guard let job = await pool.queue.next() else { return }
            guard activity.begin(job) else {
                job.complete(.failure(CancellationError()))
                continue
            }
            pool.noteBusy(slot: index, processID: processID, job: job)
            // Only what this file made the worker say counts towards its verdict.
            errorTail.clear()
            do {
                _ = try await execution.standardInputWriter.write(job.request.bytes)
                guard let reply = try await Self.nextFrame(&replies, &frames) else { return }
                guard let finished = activity.finish() else { return }
                pool.noteBusy(slot: index, processID: processID, job: nil)
                pool.count { $0.requestsServed += 1 }
                finished.complete(.success(reply))
            } catch is FrameTooLargeError {
                activity.kill(for: .replyTooLarge)
                return
            } catch {
                // The pipe broke: the worker is dead or dying; the verdict comes with its status.
                return
            }
            if let resident = ResidentMemory.bytes(ofProcess: processID), resident > configuration.recycleResidentBytes {
                pool.logger.debug("parser worker recycled", metadata: ["resident_mib": "\(resident >> 20)"])
                pool.count { $0.workersRecycled += 1 }
                return
            }
        }
        pool.count { $0.workersRecycled += 1 }
    }

    private static func nextFrame(_ replies: inout SubprocessOutputSequence.Iterator, _ frames: inout FrameAssembler) async throws -> WorkerFrame? {
        while true {
            if let frame = try frames.nextFrame() { return frame }
            guard let chunk = try await replies.next() else { return nil }
            chunk.withUnsafeBytes { frames.append($0) }
        }
    }

    /// Every 20 ms: kills the worker once its job is past its deadline or cancelled; and
    /// when the pool's task is cancelled (or the worker is done), kills it on the way out.
    private func watch(_ activity: WorkerActivity, kill: () -> Void) async {
        while (try? await Task.sleep(for: .milliseconds(20))) != nil {
            if let reason = activity.overdue(now: .now) {
                activity.kill(for: reason)
                kill()
            }
            if activity.helloOverdue(now: .now) { kill() }
        }
        kill()
    }

    /// Why the worker ended with a job unfinished.
    private func verdict(status: TerminationStatus, killedFor reason: WorkerActivity.KillReason?, errorTail: String) -> any Error {
        switch reason {
        case .timeout(let budget):
            return WorkerFailure.timeout(seconds: IsolatedStage.seconds(budget))
        case .cancelled:
            return CancellationError()
        case .replyTooLarge:
            return WorkerFailure.replyTooLarge(limitBytes: configuration.maximumReplyBytes)
        case nil:
            break
        }
        if ErrorTail.reportsAllocationFailure(errorTail) {
            return WorkerFailure.outOfMemory(limitBytes: configuration.memoryLimitBytes)
        }
        switch status {
        case .signaled(let signal): return WorkerFailure.crashed(signal: signal, exitStatus: nil)
        case .exited(let code): return WorkerFailure.crashed(signal: nil, exitStatus: code)
        }
    }
}

/// The job a worker is parsing, its deadline, and why the watchdog killed it.
final class WorkerActivity: Sendable {
    enum KillReason: Sendable, Equatable {
        /// The job's deadline passed; the file's whole budget, for the message.
        case timeout(budget: Duration)
        case cancelled
        case replyTooLarge
    }

    private struct State {
        var job: WorkerJob?
        var deadline: ContinuousClock.Instant?
        var killReason: KillReason?
        /// Until the worker has introduced itself: the time it has.
        var helloDeadline: ContinuousClock.Instant?
        /// Why the process is not a working parser worker, if it is not.
        var startProblem: String?
    }
    private let state = Mutex(State())

    func awaitHello(until deadline: ContinuousClock.Instant) {
        state.withLock { $0.helloDeadline = deadline }
    }

    func helloReceived() {
        state.withLock { $0.helloDeadline = nil }
    }

    /// Records why the worker could not start serving; the first reason stands.
    func failStart(_ problem: String) {
        state.withLock { state in
            if state.startProblem == nil { state.startProblem = problem }
        }
    }

    var startProblem: String? { state.withLock { $0.startProblem } }

    /// Whether the worker has had its time to introduce itself and has not: the watchdog
    /// then kills it.
    func helloOverdue(now: ContinuousClock.Instant) -> Bool {
        state.withLock { state in
            guard let deadline = state.helloDeadline, now >= deadline else { return false }
            if state.startProblem == nil { state.startProblem = "it did not introduce itself within \(WorkerProcess.helloTimeout)" }
            return true
        }
    }

    /// Starts `job`, unless its task was cancelled while it waited.
    func begin(_ job: WorkerJob) -> Bool {
        guard !job.isCancelled else { return false }
        state.withLock { state in
            state.job = job
            state.deadline = .now + job.timeout
        }
        return true
    }

    /// Ends the job that is running and returns it, unless the watchdog killed it first.
    func finish() -> WorkerJob? {
        state.withLock { state in
            guard state.killReason == nil else { return nil }
            defer { state.job = nil; state.deadline = nil }
            return state.job
        }
    }

    /// Why the running job must be killed now, if it must.
    func overdue(now: ContinuousClock.Instant) -> KillReason? {
        state.withLock { state in
            guard state.killReason == nil, let job = state.job else { return nil }
            if job.isCancelled { return .cancelled }
            if let deadline = state.deadline, now >= deadline { return .timeout(budget: job.budget) }
            return nil
        }
    }

    /// Records why the worker is being killed; the first reason stands.
    func kill(for reason: KillReason) {
        state.withLock { state in
            if state.killReason == nil && state.job != nil { state.killReason = reason }
        }
    }

    var killReason: KillReason? { state.withLock { $0.killReason } }

    /// The job the worker had when it ended, if it had one.
    var unfinishedJob: WorkerJob? { state.withLock { $0.job } }
}

/// The last few kilobytes a worker wrote to standard error: where an allocation failure
/// says so before the process aborts.
final class ErrorTail: Sendable {
    private static let capacity = 8192
    private let bytes = Mutex<[UInt8]>([])

    func append(_ chunk: UnsafeRawBufferPointer) {
        bytes.withLock { bytes in
            bytes.append(contentsOf: chunk)
            if bytes.count > Self.capacity { bytes.removeFirst(bytes.count - Self.capacity) }
        }
    }

    var text: String { String(decoding: bytes.withLock { $0 }, as: UTF8.self) }

    func clear() { bytes.withLock { $0.removeAll(keepingCapacity: true) } }

    /// Whether `text` holds the last words of a process that could not get memory: Swift's
    /// runtime, GLib, C++ (`std::bad_alloc`) and poppler each say it their own way.
    static func reportsAllocationFailure(_ text: String) -> Bool {
        ["Could not allocate memory", "failed to allocate", "bad_alloc", "Cannot allocate memory", "out of memory", "Out of memory"]
            .contains { text.contains($0) }
    }
}

/// A process's resident memory, from `/proc`.
enum ResidentMemory {
    static func bytes(ofProcess processID: Int32) -> UInt64? {
        #if os(Linux)
        // Read after every request, so plain open and read into a small buffer: the line
        // is seven numbers, and Foundation's file reading costs several times as much.
        let descriptor = open("/proc/\(processID)/statm", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        let fields = buffer[..<count].split(separator: UInt8(ascii: " "))
        guard fields.count > 1, let pages = UInt64(String(decoding: fields[1], as: UTF8.self)) else { return nil }
        return pages * UInt64(sysconf(Int32(_SC_PAGESIZE)))
        #else
        return nil
        #endif
    }
}

/// A worker that started but is no parser worker, or did not introduce itself.
struct WorkerStartError: Error, CustomStringConvertible {
    let reason: String
    let exit: TerminationStatus
    let errorTail: String

    var description: String {
        let lastLine = errorTail.split(separator: "\n").last.map { "; its last words: \($0.prefix(200))" } ?? ""
        let end = switch exit {
        case .exited(let status): "it exited with status \(status)"
        case .signaled(let signal): "it died of \(WorkerFailure.signalName(signal))"
        }
        return "the executable is not an Intake parser worker: \(reason) (\(end)\(lastLine)); "
            + "a program that runs its own workers must call ParserWorker.serve(stages:) at the top of main"
    }
}
