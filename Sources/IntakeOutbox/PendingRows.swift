import Synchronization

/// The rows waiting for the outbox's next commit, and what became of each once a commit
/// took it: the bookkeeping of a group commit.
///
/// Every delivery adds its row here and then asks the database's single writer to commit.
/// Whichever of those commits runs first takes every row waiting at that moment and writes
/// them in one transaction, so documents that arrive while a commit is syncing share the
/// next one instead of each paying a sync of its own. A commit settles each row it took
/// (the row's outcome, or the error that rolled the transaction back) before it ends, and
/// the writer runs one commit at a time: so when a delivery's own call to the writer
/// returns, its row has been settled, by its own commit or by an earlier one.
final class PendingRows<Row: Sendable, Outcome: Sendable>: Sendable {
    /// A row's place in the queue, by which its delivery finds its outcome.
    struct Ticket: Hashable, Sendable {
        fileprivate let number: UInt64
    }

    private struct State {
        var nextNumber: UInt64 = 0
        var waiting: [(ticket: Ticket, row: Row)] = []
        var settled: [Ticket: Result<Outcome, any Error>] = [:]
    }

    private let state = Mutex(State())

    /// Queues `row` for the next commit.
    func add(_ row: Row) -> Ticket {
        state.withLock { state in
            let ticket = Ticket(number: state.nextNumber)
            state.nextNumber += 1
            state.waiting.append((ticket, row))
            return ticket
        }
    }

    /// Every row waiting, in the order they came, taken out of the queue for a commit.
    func takeWaiting() -> [(ticket: Ticket, row: Row)] {
        state.withLock { state in
            defer { state.waiting = [] }
            return state.waiting
        }
    }

    /// Records what became of the rows of `tickets`: one outcome each, or one error for all.
    func settle(_ tickets: [Ticket], with outcomes: Result<[Outcome], any Error>) {
        state.withLock { state in
            switch outcomes {
            case .success(let outcomes):
                for (ticket, outcome) in zip(tickets, outcomes) { state.settled[ticket] = .success(outcome) }
            case .failure(let error):
                for ticket in tickets { state.settled[ticket] = .failure(error) }
            }
        }
    }

    /// What became of the row of `ticket`, forgotten once asked; `nil` while it is
    /// unsettled, in which case it is taken out of the queue so that no later commit
    /// writes it.
    func outcome(of ticket: Ticket) -> Result<Outcome, any Error>? {
        state.withLock { state in
            if let outcome = state.settled.removeValue(forKey: ticket) { return outcome }
            state.waiting.removeAll { $0.ticket == ticket }
            return nil
        }
    }
}
