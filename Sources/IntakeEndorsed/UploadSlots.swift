/// A counting semaphore for async code: at most `limit` holders at once, the rest wait in
/// arrival order. It bounds the uploads in flight independently of how many files the
/// pipeline has in flight, so a slow network does not hold CPU stages' slots hostage and
/// a fast CPU does not open a hundred connections.
actor UploadSlots {
    private var available: Int
    private var waiters: [(ticket: UInt64, continuation: CheckedContinuation<Void, any Error>)] = []
    private var nextTicket: UInt64 = 0

    init(limit: Int) {
        precondition(limit > 0, "at least one upload must be allowed in flight")
        available = limit
    }

    /// Runs `body` holding one slot.
    func withSlot<Result: Sendable>(_ body: @Sendable () async throws -> Result) async throws -> Result {
        try await acquire()
        defer { release() }
        return try await body()
    }

    private func acquire() async throws {
        try Task.checkCancellation()
        if available > 0 {
            available -= 1
            return
        }
        nextTicket += 1
        let ticket = nextTicket
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                waiters.append((ticket, continuation))
            }
        } onCancel: {
            Task { await self.cancelWaiting(ticket) }
        }
    }

    private func release() {
        if waiters.isEmpty {
            available += 1
        } else {
            waiters.removeFirst().continuation.resume()
        }
    }

    private func cancelWaiting(_ ticket: UInt64) {
        guard let index = waiters.firstIndex(where: { $0.ticket == ticket }) else { return }
        waiters.remove(at: index).continuation.resume(throwing: CancellationError())
    }
}
