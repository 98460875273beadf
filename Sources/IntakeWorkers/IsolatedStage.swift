import Intake

/// A stage whose work runs in a ``ParserWorkerPool``'s worker process instead of this one.
///
/// It has the wrapped stage's name and version, so the trail, the report and the ledger's
/// fingerprint read exactly as they would in process; only where the bytes are parsed
/// changes. The worker runs its own instance of the stage with that name (see
/// ``ParserWorker``), rebuilt from the fields a parsing stage reads: the file, the MIME
/// type and its evidence, a text and page count. What it sets on those fields, its
/// notes and its ending come back. A stage run in a worker may end a file only as
/// `skipped`, and cannot use custom `DocumentKey` data.
///
/// The time budget is per file: every isolated stage of a file draws on the same
/// ``ParserWorkerPool/Configuration/fileTimeout``.
///
/// A file held in memory (`InputFile.isInMemory`) is sent with its bytes, which
/// the worker holds in a memory file of its own; one over
/// ``ParserWorker/maximumInMemoryFileBytes`` fails with ``WorkerInputTooLargeError``
/// without reaching a worker.
public struct IsolatedStage: Stage {
    /// The stage as configured in this process; the worker has its twin.
    public let stage: any Stage
    /// Where the stage runs.
    public let pool: ParserWorkerPool

    public var name: String { stage.name }
    public var version: Int { stage.version }

    /// Runs `stage` (by name) in `pool`'s workers.
    public init(_ stage: any Stage, in pool: ParserWorkerPool) {
        self.stage = stage
        self.pool = pool
    }

    public func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
        let used = document[WorkerTimeKey.self] ?? .zero
        let budget = pool.configuration.fileTimeout - used
        guard budget > .zero else {
            throw WorkerFailure.timeout(seconds: Self.seconds(pool.configuration.fileTimeout))
        }
        let request = try await Self.request(stage: stage.name, document: document, context: context)
        let clock = ContinuousClock()
        let started = clock.now
        defer { document[WorkerTimeKey.self] = used + (clock.now - started) }

        let frame = try await pool.perform(request, stage: stage.name, timeout: budget, displayPath: document.file.displayPath)
        let reply = try frame.message(WorkerReply.self)
        reply.apply(to: &document, text: frame.payload.isEmpty ? nil : frame.text)
        switch reply.outcome {
        case .proceed:
            return .proceed
        case .skipped(let code, let message):
            return .end(.skipped(SkipReason(code: code, message: message)))
        case .failed(let code, let message, let details):
            throw WorkerStageError(code: code, message: message, details: details)
        }
    }

    /// The frame that asks a worker to run `stage` on `document`, with the bytes of a file
    /// held in memory (read on the blocking pool) ahead of the text.
    static func request(stage: String, document: Document, context: StageContext) async throws -> WorkerFrame {
        let file = document.file
        guard let memory = file.memory else {
            return try WorkerRequest.frame(stage: stage, document: document, contents: nil)
        }
        guard memory.size <= Int64(ParserWorker.maximumInMemoryFileBytes) else {
            throw WorkerInputTooLargeError.memoryFile(fileName: file.fileName, size: memory.size, limit: ParserWorker.maximumInMemoryFileBytes)
        }
        let contents = try await context.blocking.run {
            let opened = try OpenedFile.open(file)
            return try opened.read(upTo: Int(opened.identity.size), at: 0)
        }
        let frame = try WorkerRequest.frame(stage: stage, document: document, contents: contents)
        // The bytes fit, but with a long text from an earlier stage the whole may not: the
        // worker would refuse the frame and end, which would pass for a crash.
        let requestBytes = WorkerFrame.prefixLength + frame.header.count + frame.payload.count
        guard requestBytes <= ParserWorker.maximumRequestBytes else {
            throw WorkerInputTooLargeError.request(fileName: file.fileName, bytes: requestBytes, limit: ParserWorker.maximumRequestBytes)
        }
        return frame
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// The time a file has spent in workers so far, across its isolated stages.
enum WorkerTimeKey: DocumentKey {
    typealias Value = Duration
}

extension Stage {
    /// This stage, run in `pool`'s worker processes: see ``IsolatedStage``.
    public func isolated(in pool: ParserWorkerPool) -> IsolatedStage {
        IsolatedStage(self, in: pool)
    }
}
