import Logging

/// Runs a ``Pipeline`` over many files at once, with structured concurrency.
///
/// At most ``maxFilesInFlight`` files are in the pipeline at any moment. The runner takes
/// the next file from the source only when one finishes, so back-pressure reaches all the
/// way to the folder walk and memory stays flat however many files there are. Each
/// file's outcome is handed to `onOutcome` as soon as it ends, in the order files end.
///
/// ```swift
/// let runner = PipelineRunner(pipeline: pipeline, maxFilesInFlight: 4, logger: logger)
/// let summary = await runner.run(FolderSource(paths: ["samples"])) { outcome in
///     print(outcome.file.displayPath, outcome.status.name)
/// }
/// ```
///
/// Two ways to end a run early, and neither leaves a started file unreported:
/// - a ``StopRequest`` stops taking new files and lets the files in flight finish: the
///   graceful stop;
/// - cancelling the task that calls ``run(_:until:onOutcome:)`` also stops taking files,
///   and the files in flight see the cancellation and end (as `failed` with the code
///   `cancelled` unless they finish first).
/// Either way ``RunSummary/stoppedEarly`` says the source was not run to its end.
public struct PipelineRunner: Sendable {
    /// The stages every file goes through.
    public let pipeline: Pipeline
    /// The most files in the pipeline at once.
    public let maxFilesInFlight: Int
    /// The logger handed to every stage.
    public let logger: Logger
    /// Where stages run their blocking calls.
    public let blocking: BlockingPool
    /// Where the pipeline's spans (and the stages' metrics) go.
    public let telemetry: Telemetry

    /// Creates a runner. `maxFilesInFlight` below 1 is taken as 1.
    public init(pipeline: Pipeline, maxFilesInFlight: Int, logger: Logger, blocking: BlockingPool = .shared, telemetry: Telemetry = .global) {
        self.pipeline = pipeline
        self.maxFilesInFlight = max(1, maxFilesInFlight)
        self.logger = logger
        self.blocking = blocking
        self.telemetry = telemetry
    }

    /// Runs every entry of `source` through the pipeline and hands each outcome to
    /// `onOutcome` as it ends. Returns when every file taken from the source has ended.
    public func run<Source: AsyncSequence<SourceEntry, Never>>(
        _ source: Source,
        until stop: StopRequest = StopRequest(),
        onOutcome: (FileOutcome) async -> Void
    ) async -> RunSummary {
        let clock = ContinuousClock()
        let started = clock.now
        var summary = RunSummary()
        let context = StageContext(logger: logger, blocking: blocking, telemetry: telemetry)

        await withTaskGroup(of: FileOutcome.self) { group in
            var entries = source.makeAsyncIterator()
            var inFlight = 0
            var sourceIsExhausted = false

            // Fill up to the limit, then one in for each one out: the shape of a bounded
            // parallel copy. A file is read from the source only when a slot is free.
            while true {
                while !sourceIsExhausted && inFlight < maxFilesInFlight {
                    if Task.isCancelled || stop.isRequested {
                        summary.stoppedEarly = true
                        sourceIsExhausted = true
                        break
                    }
                    guard let entry = await entries.next(isolation: #isolation) else {
                        sourceIsExhausted = true
                        break
                    }
                    switch entry {
                    case .file(let file):
                        group.addTask { await pipeline.process(file, context: context) }
                        inFlight += 1
                    case .skipped(let file, let reason):
                        let outcome = FileOutcome(document: Document(file: file), status: .skipped(reason), duration: .zero)
                        summary.record(outcome)
                        await onOutcome(outcome)
                    case .failed(let file, let failure):
                        let outcome = FileOutcome(document: Document(file: file), status: .failed(failure), duration: .zero)
                        summary.record(outcome)
                        await onOutcome(outcome)
                    }
                }
                guard let outcome = await group.next() else { break }
                inFlight -= 1
                summary.record(outcome)
                await onOutcome(outcome)
            }
        }
        summary.elapsed = clock.now - started
        return summary
    }
}
