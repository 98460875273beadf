import Synchronization

/// Counts how many tasks are inside a section at once and keeps the highest count seen.
final class HighWaterMark: Sendable {
    private let state = Mutex<(current: Int, highest: Int)>((0, 0))

    func enter() {
        state.withLock { state in
            state.current += 1
            state.highest = max(state.highest, state.current)
        }
    }

    func leave() {
        state.withLock { $0.current -= 1 }
    }

    var highest: Int { state.withLock { $0.highest } }
    var current: Int { state.withLock { $0.current } }
}
