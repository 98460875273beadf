import Synchronization
import Testing
@testable import IntakeOutbox

/// The group commit on its own: rows that arrive during a commit share the next one, each
/// caller gets its own row's outcome, and a failed commit fails exactly its own rows.
@Suite struct GroupCommitTests {
    struct Refused: Error {}

    /// The batches a commit was handed, and a gate that holds the first commit open.
    final class Recorder: Sendable {
        let batches = Mutex<[[Int]]>([])
        let firstCommitStarted = AsyncStream<Void>.makeStream()
        let releaseFirstCommit = AsyncStream<Void>.makeStream()
    }

    @Test func rowsArrivingDuringACommitShareTheNextAndAFailedCommitFailsExactlyItsRows() async throws {
        let recorder = Recorder()
        let commits = GroupCommit<Int, Int> { rows in
            let isFirst = recorder.batches.withLock { batches in
                batches.append(rows)
                return batches.count == 1
            }
            if isFirst {
                recorder.firstCommitStarted.continuation.yield()
                for await _ in recorder.releaseFirstCommit.stream { break }
            }
            // A batch that holds row 13 is refused as a whole; others answer ten times each row.
            return rows.contains(13) ? .failure(Refused()) : .success(rows.map { $0 * 10 })
        }
        try await withThrowingTaskGroup(of: (Int, Result<Int, any Error>).self) { group in
            group.addTask { (0, await commits.submit(0)) }
            for await _ in recorder.firstCommitStarted.stream { break }
            for row in 1...20 { group.addTask { (row, await commits.submit(row)) } }
            // Bounded: every row is queued long before this many turns.
            var turns = 0
            while commits.waitingRows < 20 && turns < 100_000 {
                await Task.yield()
                turns += 1
            }
            #expect(commits.waitingRows == 20)
            recorder.releaseFirstCommit.continuation.yield()
            for try await (row, outcome) in group {
                // Row 0 had the first commit to itself; the rest shared the one row 13 failed.
                switch outcome {
                case .success(let value): #expect(row == 0 && value == 0)
                case .failure(let error): #expect(row != 0 && error is Refused)
                }
            }
        }
        let batches = recorder.batches.withLock { $0 }
        #expect(batches.count == 2)
        #expect(batches.first == [0])
        #expect(Set(batches.last ?? []) == Set(1...20))
    }

    @Test func everyCallerGetsItsOwnRowsOutcome() async {
        let commits = GroupCommit<Int, Int> { rows in .success(rows.map { $0 * 10 }) }
        await withTaskGroup(of: Bool.self) { group in
            for row in 0..<200 {
                group.addTask {
                    if case .success(let value) = await commits.submit(row) { return value == row * 10 }
                    return false
                }
            }
            var answeredRightly = 0
            for await isRight in group where isRight { answeredRightly += 1 }
            #expect(answeredRightly == 200)
        }
    }
}
