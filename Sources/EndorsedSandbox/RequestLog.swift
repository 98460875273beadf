import Synchronization

/// Every request the sandbox received, in arrival order.
///
/// A request is numbered when it arrives and recorded when it is answered, so that
/// concurrent requests are listed in the order they came even when a slow one (a large
/// upload, latency) finishes last. A request still in flight is not listed yet.
final class RequestLog: Sendable {
    private struct State {
        var nextNumber = 0
        /// Sorted by number.
        var records: [(number: Int, record: SandboxRequestRecord)] = []
    }

    private let state = Mutex(State())

    /// The arrival number of a request that has just arrived.
    func arrive() -> Int {
        state.withLock { state in
            defer { state.nextNumber += 1 }
            return state.nextNumber
        }
    }

    /// Records the request that arrived as `number`.
    func record(_ record: SandboxRequestRecord, number: Int) {
        state.withLock { state in
            // Nearly always the last: search from the end.
            var index = state.records.endIndex
            while index > state.records.startIndex, state.records[index - 1].number > number { index -= 1 }
            state.records.insert((number, record), at: index)
        }
    }

    /// All records so far, in arrival order.
    var all: [SandboxRequestRecord] {
        state.withLock { $0.records.map(\.record) }
    }
}
