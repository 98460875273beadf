import Synchronization

/// Holds every task that arrives until `count` tasks have arrived, then lets them all go.
///
/// Tests use it to know, without timing, that several files are inside a stage at once.
final class Rendezvous: Sendable {
    private let count: Int
    private let state = Mutex<(arrived: Int, waiting: [CheckedContinuation<Void, Never>])>((0, []))

    init(count: Int) {
        self.count = count
    }

    /// Waits until `count` tasks (this one included) have called `arrive()`.
    func arrive() async {
        await withCheckedContinuation { continuation in
            let release: [CheckedContinuation<Void, Never>] = state.withLock { state in
                state.arrived += 1
                if state.arrived < count {
                    state.waiting.append(continuation)
                    return []
                }
                defer { state.waiting.removeAll() }
                return state.waiting + [continuation]
            }
            release.forEach { $0.resume() }
        }
    }
}
