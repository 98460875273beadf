import Synchronization

/// The requests the sandbox received, in arrival order: the last
/// ``SandboxConfiguration/maximumRequestRecords`` of them.
///
/// A request is numbered when it arrives and recorded when it is answered, so that
/// concurrent requests are listed in the order they came even when a slow one (a large
/// upload, latency) finishes last. A request still in flight is not listed yet.
final class RequestLog: Sendable {
    private struct State {
        var nextNumber = 0
        /// Sorted by number.
        var records: [(number: Int, record: SandboxRequestRecord)] = []
        var dropped = 0
    }

    private let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

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
            // Dropped in batches of a tenth, so that a full log does not shift every time.
            if state.records.count > capacity {
                let excess = state.records.count - capacity + capacity / 10
                let dropping = min(excess, state.records.count - 1)
                state.records.removeFirst(dropping)
                state.dropped += dropping
            }
        }
    }

    /// How many of the oldest records were dropped to stay within the capacity.
    var droppedCount: Int {
        state.withLock { $0.dropped }
    }

    /// All records so far, in arrival order.
    var all: [SandboxRequestRecord] {
        state.withLock { $0.records.map(\.record) }
    }
}
