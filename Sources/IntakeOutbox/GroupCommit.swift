import Synchronization

/// A group commit: rows that arrive while a commit is running wait together for the next,
/// so that many documents share one transaction and one sync to disk, and each caller
/// returns once the commit that carried its own row has ended.
///
/// One commit runs at a time. The first row to arrive when none is running starts the
/// committer; the committer takes every row waiting, commits them, hands each caller its
/// outcome, and goes on while rows keep arriving. A delivery thus costs the database's
/// writer one call per commit, not one per row.
///
/// The committer runs in a task of its own: a caller's cancellation must not interrupt a
/// commit that may carry other callers' rows as well.
final class GroupCommit<Row: Sendable, Outcome: Sendable>: Sendable {
    /// Writes `rows` in one transaction: one outcome per row, in their order, or the error
    /// that rolled them all back.
    typealias Commit = @Sendable (_ rows: [Row]) async -> Result<[Outcome], any Error>

    private typealias Waiter = CheckedContinuation<Result<Outcome, any Error>, Never>

    private struct State {
        var waiting: [(row: Row, waiter: Waiter)] = []
        var isCommitting = false
    }

    private let state = Mutex(State())
    private let commit: Commit

    init(commit: @escaping Commit) {
        self.commit = commit
    }

    /// How many rows wait for a commit to take them, for the tests.
    var waitingRows: Int { state.withLock { $0.waiting.count } }

    /// Queues `row` for the next commit and returns its outcome once that commit has ended.
    func submit(_ row: Row) async -> Result<Outcome, any Error> {
        await withCheckedContinuation { waiter in
            let startsCommitter = state.withLock { state in
                state.waiting.append((row, waiter))
                defer { state.isCommitting = true }
                return !state.isCommitting
            }
            if startsCommitter {
                Task { await self.commitWhileRowsWait() }
            }
        }
    }

    /// Commits what is waiting until nothing is; the committer's whole life.
    private func commitWhileRowsWait() async {
        while true {
            let batch = state.withLock { state in
                if state.waiting.isEmpty { state.isCommitting = false }
                defer { state.waiting = [] }
                return state.waiting
            }
            guard !batch.isEmpty else { return }
            switch await commit(batch.map(\.row)) {
            case .success(let outcomes) where outcomes.count == batch.count:
                for (waiting, outcome) in zip(batch, outcomes) { waiting.waiter.resume(returning: .success(outcome)) }
            case .success(let outcomes):
                let error = GroupCommitMismatch(rows: batch.count, outcomes: outcomes.count)
                for waiting in batch { waiting.waiter.resume(returning: .failure(error)) }
            case .failure(let error):
                for waiting in batch { waiting.waiter.resume(returning: .failure(error)) }
            }
        }
    }
}

/// A commit that answered for another number of rows than it was given: a bug, reported
/// to every caller of that commit rather than guessed around.
struct GroupCommitMismatch: Error, CustomStringConvertible {
    let rows: Int
    let outcomes: Int

    var description: String { "a commit of \(rows) rows gave \(outcomes) outcomes" }
}
