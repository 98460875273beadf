import Foundation
import Intake
import IntakeEngine
import IntakeCLI
import IntakeTestFixtures
import IntakeWorkers
import Logging

/// Runs files through sniff and extract in a pool of real `intake` worker processes.
struct WorkerHarness {
    var configuration: ParserWorkerPool.Configuration

    /// A pool of the built `intake`, with a short budget so hostile files end quickly.
    init(
        workers: Int = 2, fileTimeout: Duration = .seconds(3), memoryLimitBytes: UInt64 = 1 << 30,
        maximumReplyBytes: Int = ExtractedText.maximumBytes + (1 << 20), requestsPerWorker: Int = 1000,
        recycleResidentBytes: UInt64 = 384 << 20, executable: URL = BuiltProducts.intakeExecutable
    ) {
        configuration = ParserWorkerPool.Configuration(
            executable: executable, workers: workers, fileTimeout: fileTimeout, memoryLimitBytes: memoryLimitBytes,
            maximumReplyBytes: maximumReplyBytes, requestsPerWorker: requestsPerWorker, recycleResidentBytes: recycleResidentBytes
        )
    }

    /// What the test does once the run has started.
    enum Action { case letItRun, cancelTheRun }

    /// The outcome of every file under `paths`, by display path, and what the pool did.
    /// `whileRunning` is called with the pool once the run has started; when it answers
    /// `.cancelTheRun`, the run's task is cancelled.
    func run(
        _ paths: [String], concurrency: Int = 2,
        whileRunning: @escaping @Sendable (ParserWorkerPool) async -> Action = { _ in .letItRun }
    ) async -> (outcomes: [String: FileOutcome], statistics: ParserWorkerPool.Statistics) {
        await run(entries: nil, paths: paths, concurrency: concurrency, whileRunning: whileRunning)
    }

    /// The same over entries listed before (a walk whose files then changed).
    func run(_ entries: [SourceEntry]) async -> (outcomes: [String: FileOutcome], statistics: ParserWorkerPool.Statistics) {
        await run(entries: entries, paths: [], concurrency: 2, whileRunning: { _ in .letItRun })
    }

    private func run(
        entries: [SourceEntry]?, paths: [String], concurrency: Int,
        whileRunning: @escaping @Sendable (ParserWorkerPool) async -> Action
    ) async -> (outcomes: [String: FileOutcome], statistics: ParserWorkerPool.Statistics) {
        await ParserWorkerPool.withWorkers(configuration) { pool in
            let pipeline = Pipeline(stages: StandardPipeline.parsingStages().map { $0.isolated(in: pool) })
            let runner = PipelineRunner(pipeline: pipeline, maxFilesInFlight: concurrency, logger: Logger(label: "test"))
            let collected = OutcomeCollector()
            let running = Task {
                if let entries {
                    _ = await runner.run(ListedEntries(entries: entries)) { collected.add($0) }
                } else {
                    _ = await runner.run(FolderSource(paths: paths)) { collected.add($0) }
                }
            }
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    if await whileRunning(pool) == .cancelTheRun { running.cancel() }
                }
                await running.value
                group.cancelAll()
            }
            return (collected.outcomes, pool.statistics)
        }
    }

    /// The same files through the same stages in this process, for comparison.
    static func runInProcess(_ paths: [String]) async -> [String: FileOutcome] {
        let pipeline = Pipeline(stages: StandardPipeline.parsingStages())
        let runner = PipelineRunner(pipeline: pipeline, maxFilesInFlight: 2, logger: Logger(label: "test"))
        let collected = OutcomeCollector()
        _ = await runner.run(FolderSource(paths: paths)) { collected.add($0) }
        return collected.outcomes
    }

    /// Waits (at most `seconds`) until a worker is extracting the text of `displayPath`, and
    /// returns its pid.
    static func worker(parsing displayPath: String, in pool: ParserWorkerPool, seconds: Int = 20) async -> Int32? {
        for _ in 0..<(seconds * 50) {
            if let pid = pool.workerProcessIDs(parsing: displayPath, stage: "extract").first { return pid }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }
}

/// Outcomes gathered from the runner's callback.
final class OutcomeCollector: @unchecked Sendable {
    // The runner calls back from one task at a time; the lock keeps readers honest.
    private let lock = NSLock()
    private var byPath: [String: FileOutcome] = [:]

    func add(_ outcome: FileOutcome) {
        lock.withLock { byPath[outcome.file.displayPath] = outcome }
    }

    var outcomes: [String: FileOutcome] { lock.withLock { byPath } }
}

extension FileOutcome {
    /// The failure, if the file failed.
    var failure: FileFailure? {
        if case .failed(let failure) = status { return failure }
        return nil
    }
}

/// Entries listed before the run, handed over one by one.
struct ListedEntries: AsyncSequence, Sendable {
    let entries: [SourceEntry]

    struct AsyncIterator: AsyncIteratorProtocol {
        var remaining: ArraySlice<SourceEntry>
        mutating func next() async -> SourceEntry? { remaining.popFirst() }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(remaining: entries[...]) }

    /// What the walk of `path` lists now.
    static func walk(_ path: String) async -> [SourceEntry] {
        var entries: [SourceEntry] = []
        for await entry in FolderSource(paths: [path]) { entries.append(entry) }
        return entries
    }
}
