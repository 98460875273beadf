import Foundation
import Intake
import IntakeTestFixtures
import Synchronization
import Testing

@Suite("PipelineRunner")
struct PipelineRunnerTests {
    /// Counts how many entries the runner has pulled, shared between a source and a test.
    final class PullCounter: Sendable {
        private let pulled = Atomic<Int>(0)
        var value: Int { pulled.load(ordering: .sequentiallyConsistent) }
        func increment() { pulled.add(1, ordering: .sequentiallyConsistent) }
    }

    /// A source that counts every entry the runner takes from it.
    struct CountingSource: AsyncSequence, Sendable {
        typealias Element = SourceEntry
        let files: [InputFile]
        let counter: PullCounter

        struct Iterator: AsyncIteratorProtocol {
            var remaining: ArraySlice<InputFile>
            let counter: PullCounter

            mutating func next() async -> SourceEntry? {
                guard let file = remaining.popFirst() else { return nil }
                counter.increment()
                return .file(file)
            }
        }

        func makeAsyncIterator() -> Iterator { Iterator(remaining: files[...], counter: counter) }
    }

    /// Writes `count` small files named `file-00.txt`, … and returns them as a source would.
    static func makeFiles(_ count: Int, in folder: TemporaryFolder) throws -> [InputFile] {
        try (0..<count).map { index in
            let name = String(format: "file-%02d.txt", index)
            try folder.write(name, text: "file \(index)\n")
            return try folder.inputFile(name, sequenceNumber: index)
        }
    }

    @Test("never more than maxFilesInFlight files in the pipeline; every file gets exactly one outcome",
          .timeLimit(.minutes(1)))
    func boundedConcurrency() async throws {
        /// Counts the files inside it. The first three wait for one another, so the test
        /// knows the runner does let three in at once (it would hang if it let fewer in).
        struct ConcurrencyProbe: Stage {
            let name = "probe"
            let inside: HighWaterMark
            let firstThree: Rendezvous

            func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
                inside.enter()
                defer { inside.leave() }
                if document.file.sequenceNumber < 3 { await firstThree.arrive() }
                try await Task.sleep(for: .milliseconds(1))
                return .proceed
            }
        }

        let folder = try TemporaryFolder()
        for index in 0..<50 { try folder.write(String(format: "file-%02d.txt", index), text: "file \(index)\n") }
        let inside = HighWaterMark()
        let runner = PipelineRunner(
            pipeline: Pipeline { ConcurrencyProbe(inside: inside, firstThree: Rendezvous(count: 3)) },
            maxFilesInFlight: 3,
            logger: quietLogger
        )

        var outcomes: [FileOutcome] = []
        let summary = await runner.run(FolderSource(paths: [folder.path])) { outcomes.append($0) }

        #expect(inside.highest == 3)
        #expect(inside.current == 0)
        #expect(outcomes.count == 50)
        #expect(outcomes.map(\.file.pathInSource).sorted() == (0..<50).map { String(format: "file-%02d.txt", $0) })
        #expect(outcomes.allSatisfy { $0.status == .processed })
        #expect(summary.files == 50)
        #expect(summary.countsByStatus == ["processed": 50])
        #expect(summary.bytes == outcomes.reduce(0) { $0 + $1.file.size })
        #expect(summary.bytes > 0)
        #expect(!summary.stoppedEarly)
    }

    @Test("a file is taken from the source only when a slot is free (back-pressure)")
    func backPressure() async throws {
        /// Lets other tasks run, so that a runner that read ahead would have the chance to.
        struct Yielding: Stage {
            let name = "yield"
            func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
                for _ in 0..<3 { await Task.yield() }
                return .proceed
            }
        }

        let limit = 3
        let folder = try TemporaryFolder()
        let counter = PullCounter()
        let source = CountingSource(files: try Self.makeFiles(20, in: folder), counter: counter)
        let runner = PipelineRunner(pipeline: Pipeline { Yielding() }, maxFilesInFlight: limit, logger: quietLogger)

        var pulledAtEachOutcome: [Int] = []
        _ = await runner.run(source) { _ in pulledAtEachOutcome.append(counter.value) }

        #expect(pulledAtEachOutcome.count == 20)
        let pulledBeforeFirstOutcome = try #require(pulledAtEachOutcome.first)
        #expect(pulledBeforeFirstOutcome <= limit + 1)
        // Later on too: when the n-th outcome is handed over, at most `limit` more entries
        // than outcomes have been pulled (memory stays flat, whatever the source's length).
        for (index, pulled) in pulledAtEachOutcome.enumerated() {
            #expect(pulled <= index + 1 + limit, "outcome \(index + 1) arrived with \(pulled) entries pulled")
        }
        #expect(counter.value == 20)
    }

    @Test("a stage that throws fails that file only, naming the stage and the error's code")
    func failuresNameStageAndCode() async throws {
        struct Flaky: Stage {
            struct BadFileError: ReportableError {
                var code: String { "bad_file" }
                var message: String { "this file is bad" }
            }
            struct PlainError: Error, CustomStringConvertible {
                var description: String { "plain trouble" }
            }

            let name = "flaky"
            func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
                if document.file.fileName.hasPrefix("bad") { throw BadFileError() }
                if document.file.fileName.hasPrefix("plain") { throw PlainError() }
                return .proceed
            }
        }

        let folder = try TemporaryFolder()
        let names = ["bad-1.txt", "good-1.txt", "plain-1.txt", "good-2.txt", "bad-2.txt", "good-3.txt"]
        for name in names { try folder.write(name, text: name) }
        let seen = EventLog<String>()
        let runner = PipelineRunner(pipeline: Pipeline { Flaky(); FileNameRecorder(name: "after", seen: seen) }, maxFilesInFlight: 2, logger: quietLogger)

        var outcomes: [String: FileOutcome] = [:]
        let summary = await runner.run(FolderSource(paths: [folder.path])) { outcomes[$0.file.fileName] = $0 }

        #expect(outcomes.count == names.count)
        for name in ["bad-1.txt", "bad-2.txt"] {
            let failure = try #require(outcomes[name]?.status.failure, "\(name) should have failed")
            #expect(failure.stage == "flaky")
            #expect(failure.code == "bad_file")
            #expect(failure.message == "this file is bad")
            #expect(outcomes[name]?.document.trail.map(\.result) == [.failed])
        }
        let plain = try #require(outcomes["plain-1.txt"]?.status.failure)
        #expect(plain.stage == "flaky")
        #expect(plain.code == "error")
        #expect(plain.message == "plain trouble")
        for name in ["good-1.txt", "good-2.txt", "good-3.txt"] {
            #expect(outcomes[name]?.status == .processed)
        }
        #expect(Set(seen.all) == ["good-1.txt", "good-2.txt", "good-3.txt"])
        #expect(summary.failuresByCode == ["flaky/bad_file": 2, "flaky/error": 1])
        #expect(summary.hasFailures)
    }

    @Test("a stage that ends a file as skipped stops the later stages for that file")
    func skipEndsTheTrip() async throws {
        struct SkipDrafts: Stage {
            let name = "skip-drafts"
            func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
                guard document.file.fileName.hasPrefix("draft") else { return .proceed }
                return .end(.skipped(SkipReason(code: "draft", message: "drafts are not sent")))
            }
        }

        let folder = try TemporaryFolder()
        for name in ["draft-a.txt", "final-a.txt", "draft-b.txt"] { try folder.write(name, text: name) }
        let seen = EventLog<String>()
        let runner = PipelineRunner(pipeline: Pipeline { SkipDrafts(); FileNameRecorder(name: "after", seen: seen) }, maxFilesInFlight: 4, logger: quietLogger)

        var outcomes: [String: FileOutcome] = [:]
        let summary = await runner.run(FolderSource(paths: [folder.path])) { outcomes[$0.file.fileName] = $0 }

        #expect(seen.all == ["final-a.txt"])
        for name in ["draft-a.txt", "draft-b.txt"] {
            let outcome = try #require(outcomes[name])
            #expect(outcome.status.skipReason?.code == "draft")
            #expect(outcome.document.trail.map(\.stage) == ["skip-drafts"])
            #expect(outcome.document.trail.map(\.result) == [.ended])
        }
        #expect(outcomes["final-a.txt"]?.status == .processed)
        #expect(outcomes["final-a.txt"]?.document.trail.map(\.stage) == ["skip-drafts", "after"])
        #expect(summary.skipsByCode == ["draft": 2])
        #expect(summary.countsByStatus == ["skipped": 2, "processed": 1])
    }

    @Test("cancelling the run stops taking files; every started file still gets an outcome",
          .timeLimit(.minutes(1)))
    func cancellation() async throws {
        /// Announces each file, then waits far longer than any test runs, unless cancelled.
        struct Slow: Stage {
            let name = "slow"
            let entered: AsyncStream<String>.Continuation
            func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
                entered.yield(document.file.pathInSource)
                try await Task.sleep(for: .seconds(3600))
                return .proceed
            }
        }

        let folder = try TemporaryFolder()
        let counter = PullCounter()
        let source = CountingSource(files: try Self.makeFiles(20, in: folder), counter: counter)
        let (entered, enteredContinuation) = AsyncStream<String>.makeStream()
        let outcomes = EventLog<FileOutcome>()
        let runner = PipelineRunner(pipeline: Pipeline { Slow(entered: enteredContinuation) }, maxFilesInFlight: 3, logger: quietLogger)

        let run = Task { await runner.run(source) { outcomes.append($0) } }
        var started: Set<String> = []
        for await path in entered {
            started.insert(path)
            if started.count == 3 { break }
        }
        run.cancel()
        let summary = await run.value

        #expect(summary.stoppedEarly)
        #expect(counter.value == 3, "no file is taken after the run was cancelled")
        #expect(counter.value < 20)
        #expect(outcomes.all.count == 3)
        #expect(Set(outcomes.all.map(\.file.pathInSource)) == started)
        for outcome in outcomes.all {
            #expect(outcome.status.failure?.stage == "slow")
            #expect(outcome.status.failure?.code == "cancelled")
        }
        #expect(summary.files == 3)
        #expect(summary.failuresByCode == ["slow/cancelled": 3])
    }

    @Test("a stop request stops taking files and lets the files in flight finish",
          .timeLimit(.minutes(1)))
    func gracefulStop() async throws {
        /// Announces each file, then holds it until the test arrives at the rendezvous too.
        struct Gate: Stage {
            let name = "gate"
            let entered: AsyncStream<String>.Continuation
            let rendezvous: Rendezvous
            func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
                entered.yield(document.file.pathInSource)
                await rendezvous.arrive()
                return .proceed
            }
        }

        let folder = try TemporaryFolder()
        let counter = PullCounter()
        let source = CountingSource(files: try Self.makeFiles(20, in: folder), counter: counter)
        let (entered, enteredContinuation) = AsyncStream<String>.makeStream()
        let rendezvous = Rendezvous(count: 4)
        let stop = StopRequest()
        let outcomes = EventLog<FileOutcome>()
        let runner = PipelineRunner(pipeline: Pipeline { Gate(entered: enteredContinuation, rendezvous: rendezvous) }, maxFilesInFlight: 3, logger: quietLogger)

        let run = Task { await runner.run(source, until: stop) { outcomes.append($0) } }
        var started = 0
        for await _ in entered {
            started += 1
            if started == 3 { break }
        }
        stop.request()
        await rendezvous.arrive()  // the three files in flight may now finish
        let summary = await run.value

        #expect(summary.stoppedEarly)
        #expect(counter.value == 3, "no file is taken after the stop")
        #expect(outcomes.all.count == 3)
        #expect(outcomes.all.allSatisfy { $0.status == .processed }, "files in flight finish, not fail")
    }

    @Test("a source's skipped and failed entries become outcomes without entering the pipeline")
    func sourceDecisionsBypassThePipeline() async throws {

        let folder = try TemporaryFolder()
        try folder.write("real.txt", text: "real")
        let real = try folder.inputFile("real.txt", sequenceNumber: 0)
        let link = InputFile(url: folder.url.appending(path: "link.txt"), size: 0, sequenceNumber: 1)
        let missing = InputFile(url: folder.url.appending(path: "missing.txt"), size: 0, sequenceNumber: 2)
        let source = ListSource(entries: [
            .file(real),
            .skipped(link, .symbolicLink(to: "real.txt")),
            .failed(missing, FileFailure(stage: "source", code: "not_found", message: "no such file")),
        ])
        let seen = EventLog<String>()
        let runner = PipelineRunner(pipeline: Pipeline { FileNameRecorder(name: "recorder", seen: seen) }, maxFilesInFlight: 2, logger: quietLogger)

        var outcomes: [String: FileOutcome] = [:]
        let summary = await runner.run(source) { outcomes[$0.file.fileName] = $0 }

        #expect(seen.all == ["real.txt"])
        #expect(outcomes.count == 3)
        #expect(outcomes["real.txt"]?.status == .processed)
        #expect(outcomes["link.txt"]?.status.skipReason?.code == "symlink")
        #expect(outcomes["link.txt"]?.document.trail.isEmpty == true)
        #expect(outcomes["missing.txt"]?.status.failure == FileFailure(stage: "source", code: "not_found", message: "no such file"))
        #expect(outcomes["missing.txt"]?.document.trail.isEmpty == true)
        #expect(summary.countsByStatus == ["processed": 1, "skipped": 1, "failed": 1])
        #expect(summary.skipsByCode == ["symlink": 1])
        #expect(summary.failuresByCode == ["source/not_found": 1])
    }

    @Test("a limit below one is taken as one")
    func limitOfAtLeastOne() {
        #expect(PipelineRunner(pipeline: Pipeline(stages: []), maxFilesInFlight: 0, logger: quietLogger).maxFilesInFlight == 1)
        #expect(PipelineRunner(pipeline: Pipeline(stages: []), maxFilesInFlight: -4, logger: quietLogger).maxFilesInFlight == 1)
    }
}
