import Intake
import Synchronization

/// The phases of an ``Ingestor``, and who waits on them: inputs wait for the engine to
/// start, the stop waits for the inputs in flight.
///
/// ```
/// idle ──run()──▶ starting ──ready──▶ running ──stop──▶ stopping ──drained──▶ stopped
///                    └──failed──▶ failed
/// ```
/// An input handed over while `idle` waits a bounded time for the run to begin (a backend's
/// `ServiceGroup` may start its HTTP server before the engine), then is refused; while
/// `starting` it waits; while `stopping` or after, it is refused. A stop lets the inputs in
/// flight end and tells every batch running to take no new file.
final class EngineLifecycle: Sendable {
    enum Phase {
        case idle
        case starting
        case running
        case stopping
        case stopped
        case failed(IngestorError)
    }

    private struct State {
        var phase: Phase = .idle
        /// Inputs waiting for the engine to run, by a number of their own (so that a wait
        /// that times out takes its own out).
        var startWaiters: [Int: CheckedContinuation<Void, any Error>] = [:]
        var nextWaiter = 0
        var inFlight = 0
        var drainWaiters: [CheckedContinuation<Void, Never>] = []
        var stopWaiters: [CheckedContinuation<Void, Never>] = []
        var batches: [ObjectIdentifier: StopRequest] = [:]
    }

    private let state = Mutex(State())

    /// Moves from idle to starting; false if the engine was already started once.
    func beginStarting() -> Bool {
        state.withLock { state in
            guard case .idle = state.phase else { return false }
            state.phase = .starting
            return true
        }
    }

    /// The engine is ready: every waiting input goes on; or, when a stop came while it
    /// started, every waiting input is refused, as one handed over after a stop is.
    func markRunning() {
        let (waiters, stopped) = state.withLock { state in
            guard case .starting = state.phase else {
                defer { state.startWaiters = [:] }
                return (Array(state.startWaiters.values), true)
            }
            state.phase = .running
            // Each waiting input is in flight from here: a stop now waits for it.
            state.inFlight += state.startWaiters.count
            defer { state.startWaiters = [:] }
            return (Array(state.startWaiters.values), false)
        }
        if stopped {
            waiters.forEach { $0.resume(throwing: IngestorError.stoppedWhileStarting) }
        } else {
            waiters.forEach { $0.resume() }
        }
    }

    /// The engine could not start: every waiting input fails with `error`.
    func markFailed(_ error: IngestorError) {
        let waiters = state.withLock { state in
            state.phase = .failed(error)
            defer { state.startWaiters = [:] }
            return Array(state.startWaiters.values)
        }
        waiters.forEach { $0.resume(throwing: error) }
    }

    /// Waits until the engine runs, and counts one more input in flight; ``leave()``
    /// counts it out. While the engine is idle (its run not begun), waits at most
    /// `idleWait` for the run to begin, or without limit when it is `nil` (a run started in
    /// a child task that may not have begun yet).
    func enter(idleWait: Duration?) async throws(IngestorError) {
        let id = state.withLock { state in
            defer { state.nextWaiter += 1 }
            return state.nextWaiter
        }
        do {
            try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                    let (result, waitsWhileIdle): (Result<Void, IngestorError>?, Bool) = state.withLock { state in
                        switch state.phase {
                        case .stopping, .stopped: return (.failure(.notRunning), false)
                        case .failed(let error): return (.failure(error), false)
                        case .running:
                            state.inFlight += 1
                            return (.success(()), false)
                        // Checked under the lock that the cancellation handler takes: a
                        // waiter is either never stored or found there by the handler.
                        case .idle where Task.isCancelled, .starting where Task.isCancelled:
                            return (.failure(.notRunning), false)
                        case .idle:
                            state.startWaiters[id] = continuation
                            return (nil, true)
                        case .starting:
                            state.startWaiters[id] = continuation
                            return (nil, false)
                        }
                    }
                    if let result { continuation.resume(with: result) }
                    if waitsWhileIdle, let idleWait {
                        Task { [weak self] in
                            try? await Task.sleep(for: idleWait)
                            self?.giveUpWaiting(id)
                        }
                    }
                }
            } onCancel: {
                // A caller that stops waiting (cancelled; a graceful shutdown through
                // `cancelWhenGracefulShutdown`) is let go at once.
                let waiter = state.withLock { $0.startWaiters.removeValue(forKey: id) }
                waiter?.resume(throwing: CancellationError())
            }
        } catch let error as IngestorError {
            throw error
        } catch {
            throw .notRunning
        }
    }

    /// Refuses a waiting input whose engine is still idle after its wait.
    private func giveUpWaiting(_ id: Int) {
        let waiter: CheckedContinuation<Void, any Error>? = state.withLock { state in
            guard case .idle = state.phase else { return nil }
            return state.startWaiters.removeValue(forKey: id)
        }
        waiter?.resume(throwing: IngestorError.notRunning)
    }

    /// Counts an input out; the last one out of a stopping engine lets the stop go on.
    func leave() {
        let waiters: [CheckedContinuation<Void, Never>] = state.withLock { state in
            state.inFlight -= 1
            guard state.inFlight == 0 else { return [] }
            defer { state.drainWaiters = [] }
            return state.drainWaiters
        }
        waiters.forEach { $0.resume() }
    }

    /// Whether an input (a batch, or one file handed over) is in flight.
    var hasInputsInFlight: Bool {
        state.withLock { $0.inFlight > 0 }
    }

    /// Registers a batch that a stop must end gracefully.
    func addBatch(_ stop: StopRequest) {
        let stopping = state.withLock { state in
            state.batches[ObjectIdentifier(stop)] = stop
            if case .stopping = state.phase { return true }
            return false
        }
        if stopping { stop.request() }
    }

    func removeBatch(_ stop: StopRequest) {
        _ = state.withLock { $0.batches.removeValue(forKey: ObjectIdentifier(stop)) }
    }

    /// Stops taking inputs: batches take no new file, new inputs are refused, and the
    /// engine's run ends once the inputs in flight have ended.
    func beginStopping() {
        let (batches, waiters) = state.withLock { state -> ([StopRequest], [CheckedContinuation<Void, Never>]) in
            switch state.phase {
            case .idle, .starting, .running: state.phase = .stopping
            case .stopping, .stopped, .failed: break
            }
            defer { state.stopWaiters = [] }
            return (Array(state.batches.values), state.stopWaiters)
        }
        batches.forEach { $0.request() }
        waiters.forEach { $0.resume() }
    }

    /// Returns once a stop was asked for.
    func waitForStop() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let stopping = state.withLock { state in
                switch state.phase {
                case .stopping, .stopped, .failed: return true
                case .idle, .starting, .running:
                    state.stopWaiters.append(continuation)
                    return false
                }
            }
            if stopping { continuation.resume() }
        }
    }

    /// Returns once no input is in flight.
    func waitUntilDrained() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let drained = state.withLock { state in
                if state.inFlight == 0 { return true }
                state.drainWaiters.append(continuation)
                return false
            }
            if drained { continuation.resume() }
        }
    }

    func markStopped() {
        state.withLock { state in
            if case .failed = state.phase { return }
            state.phase = .stopped
        }
    }
}
