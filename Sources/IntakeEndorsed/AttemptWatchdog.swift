import Foundation
import Synchronization

/// When the bytes of one attempt last moved: a body chunk handed to the connection, the
/// answer's head, a chunk of the answer. The watchdog of the attempt reads it.
final class TransferProgress: Sendable {
    private let lastMoved = Mutex(ContinuousClock.now)

    init() {}

    /// Bytes moved just now.
    func advance() {
        lastMoved.withLock { $0 = .now }
    }

    /// How long since bytes last moved (or since the attempt began).
    var idleFor: Duration {
        .now - lastMoved.withLock { $0 }
    }
}

/// One attempt ran out of time: nothing moved for the idle timeout, or the whole attempt
/// outlasted its deadline.
struct AttemptTimeout: Error, Sendable, CustomStringConvertible {
    enum Limit: Sendable {
        /// No byte went out or came in for this long.
        case idle(Duration)
        /// The attempt, body and answer included, took longer than this.
        case deadline(Duration)
    }

    let limit: Limit

    var isDeadline: Bool {
        if case .deadline = limit { return true }
        return false
    }

    var description: String {
        switch limit {
        case .idle(let limit): "no byte sent or received for \(AttemptWatchdog.seconds(limit)) s"
        case .deadline(let limit): "the attempt took longer than its deadline of \(AttemptWatchdog.seconds(limit)) s"
        }
    }
}

/// Runs one attempt beside a watchdog that ends it when its bytes stop moving for
/// `idleTimeout`, or when it outlasts `deadline`, whichever comes first. The attempt is
/// cancelled (async-http-client then closes its connection) and ``AttemptTimeout`` is
/// thrown.
///
/// Why not async-http-client's own timeouts: its deadline stops applying once the answer's
/// head has arrived, and its read and write timeouts belong to the `HTTPClient`, which a
/// backend may share with calls of its own. The watchdog applies to every client.
enum AttemptWatchdog {
    static func run<Result: Sendable>(
        idleTimeout: Duration, deadline: Duration, progress: TransferProgress,
        _ attempt: @escaping @Sendable () async throws -> Result
    ) async throws -> Result {
        try await withThrowingTaskGroup(of: Result?.self) { group in
            group.addTask { try await attempt() }
            group.addTask {
                try await watch(progress, idleTimeout: idleTimeout, deadline: deadline)
                return nil
            }
            defer { group.cancelAll() }
            // The first child to finish decides: the attempt's answer or error, or the
            // watchdog's timeout. The other is cancelled when the group is left.
            while let finished = try await group.next() {
                if let result = finished { return result }
            }
            throw CancellationError()
        }
    }

    /// Returns only when cancelled (the attempt finished first); throws the timeout.
    private static func watch(_ progress: TransferProgress, idleTimeout: Duration, deadline: Duration) async throws {
        let started = ContinuousClock.now
        // Checks often enough that a limit is noticed within a tenth of it, and at least
        // once a second.
        let period = max(.milliseconds(10), min(.seconds(1), min(idleTimeout, deadline) / 10))
        while true {
            do {
                try await Task.sleep(for: period)
            } catch {
                return
            }
            if progress.idleFor > idleTimeout { throw AttemptTimeout(limit: .idle(idleTimeout)) }
            if ContinuousClock.now - started > deadline { throw AttemptTimeout(limit: .deadline(deadline)) }
        }
    }

    /// A duration in seconds, as a person reads it: `30`, `0.5`.
    static func seconds(_ duration: Duration) -> String {
        let value = RetryPolicy.seconds(duration)
        return value == value.rounded() ? String(Int(value)) : String(format: "%.3g", value)
    }
}
