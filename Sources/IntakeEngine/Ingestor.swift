import Crypto
import Foundation
import Intake
import IntakeEndorsed
import IntakeLedger
import IntakeOutbox
import IntakeWorkers
import Logging
import ServiceLifecycle
import Synchronization

/// The engine a backend embeds: the standard pipeline with its sink, the ledger's history,
/// dedupe across runs and the recording of outcomes, behind one call per upload.
///
/// ```swift
/// let ingestor = try Ingestor(IngestorConfiguration(destination: .endorsed(endorsed), stateDirectory: state))
/// try await Ingestor.withRunning(ingestor) { ingestor in
///     let outcome = try await ingestor.ingest(IngestInput(bytes: body, fileName: "cv.pdf", candidateID: id))
///     // outcome.status: uploaded; its JSON is the report line
/// }
/// ```
///
/// **Exactly once.** A document is sent under a remote id derived from its candidate and
/// its bytes (`RemoteID`), with an upsert, so sending it again lands on the same
/// attachment. The ledger adds the memory: an input's outcome is recorded once the sink
/// acknowledged it, before ``ingest(_:)`` returns, so the same upload handed over again —
/// by this engine or by one started later on the same state folder — ends `unchanged`,
/// with the attachment the first one got, and is not sent again. Two hand-overs of the
/// same upload at the same moment end one `uploaded`, one `duplicate`.
///
/// **Lifecycle.** The engine is a swift-service-lifecycle `Service`: ``run()`` checks that
/// Endorsed takes the credentials, starts the parser workers, and runs until the task is
/// cancelled or a graceful shutdown is triggered (by a `ServiceGroup` on SIGTERM, or
/// ``stop()``). Inputs handed over before it is ready wait; on a graceful shutdown no new
/// input is taken, batches take no new file, and the inputs in flight end and are
/// recorded before ``run()`` returns. ``withRunning(_:_:)`` does all of that around a body.
///
/// **Batches.** ``run(_:until:onOutcome:)`` takes a whole source (a `FolderSource`)
/// the way `intake ingest` does: incremental, files recorded in batches.
public final class Ingestor: Sendable {
    /// The configuration the engine was made with.
    public let configuration: IngestorConfiguration

    let ledger: Ledger?
    /// Held while an outbox is written without a ledger: one process per state folder.
    private let outboxLock: StateFolderLock?
    private let client: EndorsedClient?
    private let workers: ParserWorkerPool?
    /// The stages every input goes through.
    public let pipeline: Pipeline
    /// What an earlier outcome depends on: the configuration and every stage's version.
    public let fingerprint: PipelineFingerprint
    /// Set when the run begins (after the access check), so that an engine that cannot
    /// start records no run.
    private let recorderSlot = Mutex<RunRecorder?>(nil)
    private var recorder: RunRecorder? { recorderSlot.withLock { $0 } }
    private let lifecycle = EngineLifecycle()
    private let totals = Mutex(RunSummary())
    private let metrics: EngineMetrics
    /// The engine's own threads for blocking work (libmagic and poppler when parsing in
    /// process, hashing, reading files): they end when the engine stops.
    private let blocking: BlockingPool
    private let nextSequenceNumber = Atomic<Int>(0)
    /// The most files a batch keeps in flight: the CPU stages' share, plus upload slots or
    /// files gathering for the outbox's next commit, and one waiting file per parser worker.
    private let batchFilesInFlight: Int
    /// How many files beyond the CPU stages' share may wait for the outbox's commit.
    static let filesAwaitingOutboxCommit = 32

    /// Opens what the configuration names — the ledger (locking the state folder), the
    /// outbox — and assembles the pipeline. Nothing is sent and no worker starts before
    /// ``run()``.
    ///
    /// - Throws: ``IngestorError``: the state folder is in use or unusable, the ledger or
    ///   the outbox cannot be opened.
    public init(_ configuration: IngestorConfiguration) throws(IngestorError) {
        self.configuration = configuration
        let logger = configuration.logger
        metrics = EngineMetrics(configuration.telemetry)
        let state = configuration.stateDirectory
        // The ledger first: a state folder in use by another process stops this engine
        // before anything else happens.
        if let state, configuration.keepsLedger {
            do {
                ledger = try Ledger(stateDirectory: state)
            } catch {
                throw .ledger(error)
            }
        } else {
            ledger = nil
        }
        let sink: (any AttachmentSink)?
        var filesInFlight = max(1, configuration.maximumFilesInFlight)
        switch configuration.destination {
        case .endorsed(let endorsed):
            var clientConfiguration = endorsed.client
            clientConfiguration.telemetry = configuration.telemetry
            let client = EndorsedClient(endpoint: endorsed.endpoint, credentials: endorsed.credentials, configuration: clientConfiguration, logger: logger)
            self.client = client
            sink = EndorsedSink(client: client, mode: endorsed.mode, requiresCandidate: endorsed.requiresCandidate)
            // Files waiting on the network must not hold every slot of the CPU stages.
            filesInFlight += endorsed.client.maximumConcurrentUploads
            outboxLock = nil
        case .outbox:
            client = nil
            guard let state else { throw .outboxWithoutState }
            do {
                // Without a ledger the outbox is still written: the folder is locked all the same.
                outboxLock = ledger == nil ? try StateFolderLock(stateDirectory: state) : nil
            } catch {
                throw .ledger(error)
            }
            do {
                sink = try OutboxSink(stateDirectory: state)
            } catch {
                throw .outbox("\(error)")
            }
            // Files waiting on the outbox's commit must not hold every slot of the CPU
            // stages: while one commit syncs, the next files go on and gather for the
            // next commit (a group commit), instead of the run waiting on each sync.
            filesInFlight += Self.filesAwaitingOutboxCommit
        case .none:
            client = nil
            sink = nil
            outboxLock = nil
        }
        let workers = configuration.parserWorkers.map { workerConfiguration in
            // The workers read as this engine does: its page budget goes into their environment.
            var workerConfiguration = workerConfiguration
            workerConfiguration.environment.merge(configuration.parsing.workerEnvironment) { _, engine in engine }
            return ParserWorkerPool(workerConfiguration, logger: logger)
        }
        if let workers {
            // A second file per worker waits in this process (classify, hash, ledger) while
            // its worker parses the next one, so no worker sits idle between files.
            filesInFlight += workers.configuration.workers
        }
        self.workers = workers
        batchFilesInFlight = filesInFlight

        let stages = StandardPipeline.make(
            sink: sink, minimumConfidence: configuration.minimumConfidence, candidates: configuration.candidates, workers: workers,
            parsing: configuration.parsing)
        let fingerprint = PipelineFingerprint(configuration: configuration.decisionKey, pipeline: stages)
        self.fingerprint = fingerprint
        let deliveringStages = stages.stages.map(\.name)
        let usesHistory = ledger != nil && !configuration.reprocessesEverything
        pipeline = StandardPipeline.make(
            sink: sink, minimumConfidence: configuration.minimumConfidence, candidates: configuration.candidates,
            history: usesHistory
                ? ledger?.history(fingerprint, deliveringStages: deliveringStages, retryingPoisonFiles: configuration.retriesPoisonFiles) : nil,
            recordsHistory: ledger != nil,
            duplicates: usesHistory ? ledger!.duplicateRegistry(fingerprint, deliveringStages: deliveringStages) : SpillingDuplicateRegistry(),
            workers: workers, parsing: configuration.parsing
        )
        // Last, once nothing can throw: an engine that fails to open starts no thread.
        blocking = BlockingPool(threadCount: max(2, ProcessInfo.processInfo.activeProcessorCount), name: "intake-eng")
    }

    deinit {
        // An engine dropped without being run (or after) leaves no thread behind.
        blocking.shutDown()
    }

    // MARK: Lifecycle

    /// Runs the engine: checks that Endorsed answers and takes the credentials, starts the
    /// parser workers, and then serves inputs until the task is cancelled or a graceful
    /// shutdown is triggered (a `ServiceGroup`'s, or ``stop()``). On a graceful shutdown
    /// the inputs in flight end first; then the workers stop and the run is recorded as
    /// ended. Cancelled, it stops the workers at once and returns once the inputs in flight
    /// have ended (their callers' cancellation, or their own limits, end them). Call it once.
    ///
    /// - Throws: ``IngestorError`` when the engine cannot start: Endorsed refuses the
    ///   credentials or cannot be reached, or the engine was already run.
    public func run() async throws {
        guard lifecycle.beginStarting() else {
            throw IngestorError.couldNotStart("the engine was already run; make a new one")
        }
        if let client, case .endorsed(let endorsed) = configuration.destination {
            do {
                // A stop during the check (which may retry a failing server for a while)
                // ends it: the engine then never ran, and says so.
                try await cancelWhenGracefulShutdown {
                    try await Self.verifyAccess(client, endpoint: endorsed.endpoint, credentials: endorsed.credentials)
                }
            } catch {
                let failure: IngestorError = if Task.isCancelled || Task.isShuttingDownGracefully {
                    .stoppedWhileStarting
                } else {
                    (error as? IngestorError) ?? .couldNotStart("\(error)")
                }
                lifecycle.markFailed(failure)
                blocking.shutDown()
                throw failure
            }
        }
        if let ledger {
            do {
                // The run's row is written on the engine's own thread: a write to SQLite
                // never holds a thread of Swift's cooperative pool.
                let (key, arguments, settings, fingerprint, metrics) = (
                    configuration.decisionKey, configuration.recordedArguments, RunSettings(configuration).encoded(), fingerprint, metrics
                )
                let recorder = try await blocking.run {
                    try RunRecorder(ledger: ledger, configuration: key, arguments: arguments, settings: settings, fingerprint: fingerprint, metrics: metrics)
                }
                recorderSlot.withLock { $0 = recorder }
            } catch {
                let failure: IngestorError = (error as? LedgerError).map { .ledger($0) } ?? .couldNotStart("\(error)")
                lifecycle.markFailed(failure)
                blocking.shutDown()
                throw failure
            }
        }
        let workers = self.workers
        let recorder = self.recorder
        let cutShort = Mutex(false)
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                if let workers {
                    // Cancelled last, after the inputs in flight have ended: that kills a
                    // worker still stuck in C.
                    group.addTask { await workers.run() }
                }
                if let recorder {
                    group.addTask {
                        while (try? await Task.sleep(for: RunRecorder.batchAge)) != nil {
                            await recorder.flushIfDue()
                        }
                    }
                }
                lifecycle.markRunning()
                // A cancellation cuts the run short only if it comes while inputs are in
                // flight: it is judged when it comes. One that comes once they have all
                // ended (a bounded stop running out while the workers stop) cut nothing;
                // judged after the drain, it would be counted whenever it came first.
                await withTaskCancellationHandler {
                    await lifecycle.waitForStop()
                    // Cancelled: the workers end now, so that a parse stuck in C cannot hold
                    // the inputs in flight. Either way the run ends only once they have
                    // ended, so that every outcome is recorded.
                    if Task.isCancelled { group.cancelAll() }
                    await lifecycle.waitUntilDrained()
                } onCancel: {
                    if lifecycle.hasInputsInFlight { cutShort.withLock { $0 = true } }
                    lifecycle.beginStopping()
                }
                group.cancelAll()
            }
        } onGracefulShutdown: { [lifecycle] in
            lifecycle.beginStopping()
        }
        lifecycle.markStopped()
        await finishRecording(interrupted: cutShort.withLock { $0 })
        // Nothing is in flight any more: the threads end with the engine.
        blocking.shutDown()
    }

    /// Asks a running engine to stop gracefully, as a `ServiceGroup`'s graceful shutdown
    /// does: no new input, the ones in flight end, then ``run()`` returns.
    public func stop() {
        lifecycle.beginStopping()
    }

    /// Returns once the engine is ready for inputs: Endorsed took the credentials and the
    /// parser workers are started. A backend calls it to say it is ready (a readiness
    /// probe, a "listening" line) only once it can serve.
    ///
    /// Waits as long as ``run()`` takes to start; call it beside ``run()`` (in a
    /// `ServiceGroup`, or ``withRunning(_:_:)``), not instead of it.
    ///
    /// - Throws: ``IngestorError`` when the engine cannot start, or was stopped before it
    ///   was ready.
    public func waitUntilReady() async throws(IngestorError) {
        try await lifecycle.enter(idleWait: nil)
        lifecycle.leave()
    }

    /// Runs `ingestor` while `body` runs: ``run()`` in a child task, `body` once the engine
    /// is ready, then a graceful stop that waits for `body`'s inputs to be recorded.
    ///
    /// - Throws: what `body` throws, or ``IngestorError`` when the engine cannot start.
    public static func withRunning<Result: Sendable>(
        _ ingestor: Ingestor, _ body: (Ingestor) async throws -> Result
    ) async throws -> Result {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await ingestor.run() }
            // Ready, or the reason it cannot start.
            do {
                try await ingestor.waitUntilReady()
            } catch {
                ingestor.stop()
                try await group.waitForAll()
                throw error
            }
            let result: Result
            do {
                result = try await body(ingestor)
            } catch {
                ingestor.stop()
                try? await group.waitForAll()
                throw error
            }
            ingestor.stop()
            try await group.waitForAll()
            return result
        }
    }

    // MARK: One input

    /// Runs one input through the pipeline and returns its outcome once it is final and
    /// recorded: for a delivered document, after the sink acknowledged it.
    ///
    /// Waits while the engine starts (and, before its run has begun, up to
    /// ``IngestorConfiguration/startWait``). A file's failure in a stage is an outcome
    /// (`failed`, naming the stage and code), not a throw; what throws is an input that
    /// cannot be taken at all.
    ///
    /// - Throws: ``IngestInputError`` for an input that is wrong in itself (empty, a file
    ///   name that is a path or holds control characters, a candidate id that is not a UUID,
    ///   too large, a stream that failed); ``IngestorError`` when the engine is not running.
    public func ingest(_ input: IngestInput) async throws -> IngestOutcome {
        try input.checkMetadata()
        let candidateID = try input.checkedCandidateID()
        if case .file = input.content {} else { try input.checkFileName() }

        try await lifecycle.enter(idleWait: configuration.startWait)
        defer { lifecycle.leave() }

        let file = try await inputFile(for: input, candidateID: candidateID)
        var context = StageContext(logger: configuration.logger, blocking: blocking, telemetry: configuration.telemetry)
        for (key, value) in input.metadata { context.logger[metadataKey: key] = "\(value)" }
        metrics.filesInFlight.increment()
        let outcome = await pipeline.process(
            file, context: context,
            prepare: { document in
                if let candidateID {
                    document.candidateID = candidateID
                    document.candidateIsGiven = true
                }
            }
        )
        metrics.filesInFlight.decrement()
        metrics.record(outcome)
        totals.withLock { $0.record(outcome) }
        await recorder?.recordNow(outcome)
        return IngestOutcome(outcome, metadata: input.metadata)
    }

    // MARK: Batches

    /// Runs every entry of `source` through the pipeline, at most a bounded number of files
    /// at once, and hands each outcome to `onOutcome` as it ends; returns the counts. The
    /// outcomes are recorded in batches (64 files or one second), so a batch killed between
    /// two loses the records of its last second, and those files go through again next time.
    ///
    /// `stop` (and the engine's graceful stop) ends it gracefully: no new file is taken and
    /// the files in flight end. Cancelling the calling task ends the files in flight as
    /// `cancelled`.
    ///
    /// - Throws: ``IngestorError`` when the engine is not running.
    public func run<Source: AsyncSequence<SourceEntry, Never>>(
        _ source: Source, until stop: StopRequest = StopRequest(),
        onOutcome: (IngestOutcome) async -> Void
    ) async throws(IngestorError) -> RunSummary {
        try await lifecycle.enter(idleWait: configuration.startWait)
        defer { lifecycle.leave() }
        lifecycle.addBatch(stop)
        defer { lifecycle.removeBatch(stop) }
        let runner = PipelineRunner(
            pipeline: pipeline, maxFilesInFlight: batchFilesInFlight, logger: configuration.logger, blocking: blocking, telemetry: configuration.telemetry
        )
        let recorder = self.recorder
        let metrics = self.metrics
        // The runner takes an entry only when a slot is free: entries taken less outcomes
        // given are the files in flight.
        let counted = source.map { entry in
            if case .file = entry { metrics.filesInFlight.increment() }
            return entry
        }
        let summary = await runner.run(counted, until: stop) { outcome in
            // A file the pipeline ran has a trail (its first stage at least); an entry the
            // source itself ended (a symbolic link skipped, a folder unreadable) has none.
            if !outcome.document.trail.isEmpty { metrics.filesInFlight.decrement() }
            metrics.record(outcome)
            await recorder?.record(outcome)
            await onOutcome(IngestOutcome(outcome))
        }
        totals.withLock { $0.merge(summary) }
        return summary
    }

    // MARK: State

    /// The first write to the ledger that failed, if one did: the inputs not recorded go
    /// through again next time, landing on the attachments they already have.
    public var ledgerFailure: String? { recorder?.failure }

    /// How many of the engine's threads for blocking work are running: all of them while
    /// the engine runs, none once it has stopped.
    public var blockingThreadsRunning: Int { blocking.runningThreadCount }

    /// The parser workers' statistics, when inputs are parsed in workers.
    public var workerStatistics: ParserWorkerPool.Statistics? { workers?.statistics }

    /// The settings the last run on `stateDirectory` recorded, to run again as it did
    /// (`intake retry`); `nil` when the ledger has no run, or its last run was recorded
    /// before settings were kept.
    ///
    /// - Throws: ``IngestorError/ledger(_:)`` when there is no ledger or it cannot be read.
    public static func lastRunSettings(stateDirectory: URL) throws(IngestorError) -> RunSettings? {
        do {
            return RunSettings.decoded(try Ledger(stateDirectory: stateDirectory, readOnly: true).status().lastRun?.settings)
        } catch {
            throw .ledger(error)
        }
    }

    // MARK: Internals

    /// The input file an input is read from: a memory file for bytes and streams, the file
    /// itself, as looked at now, for a file on disk.
    private func inputFile(for input: IngestInput, candidateID: String?) async throws -> InputFile {
        let sequenceNumber = nextSequenceNumber.add(1, ordering: .relaxed).oldValue
        let bytes: [UInt8]
        switch input.content {
        case .file(let url):
            return try await Self.lookedAt(url, sequenceNumber: sequenceNumber)
        case .bytes(let given):
            guard given.count <= configuration.maximumInputBytes else {
                throw IngestInputError.tooLarge(bytes: given.count, limit: configuration.maximumInputBytes)
            }
            bytes = given
        case .stream(let read):
            do {
                bytes = try await read(configuration.maximumInputBytes)
            } catch let error as IngestInputError {
                throw error
            } catch {
                throw IngestInputError.streamFailed(fileName: input.fileName, reason: "\(error)")
            }
        }
        guard !bytes.isEmpty else { throw IngestInputError.empty(fileName: input.fileName) }
        // The key is the content and the candidate: the same upload handed over again is
        // the same input to the ledger, whatever it is called.
        let sha256 = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        let key = "upload:\(candidateID ?? "none")/\(sha256)"
        let memory: InMemoryFile
        do {
            memory = try InMemoryFile(bytes: bytes, name: input.fileName)
        } catch {
            throw IngestInputError.unusable(fileName: input.fileName, reason: "\(error)")
        }
        return InputFile(memory: memory, fileName: input.fileName, key: key, sequenceNumber: sequenceNumber)
    }

    /// A file on disk as the folder walk would list it: looked at once, read only while it
    /// is still that file. Its folders name no candidate: a backend's file sits in a folder
    /// of the backend's, whose name means nothing (a temporary folder named by `UUID()`).
    private static func lookedAt(_ url: URL, sequenceNumber: Int) async throws -> InputFile {
        var source = FolderSource(paths: [url.path(percentEncoded: false)])
        source.candidateFolders = false
        var entries = source.makeAsyncIterator()
        switch await entries.next() {
        case .file(let file) where file.absolutePath == url.absoluteURL.standardizedFileURL.path(percentEncoded: false):
            return file
        case .file:
            // The walk went into a folder: the first file inside is not what was handed over.
            throw IngestInputError.unusable(fileName: url.lastPathComponent, reason: "it is a folder, not a file")
        case .skipped(_, let reason): throw IngestInputError.unusable(fileName: url.lastPathComponent, reason: reason.message)
        case .failed(_, let failure): throw IngestInputError.unusable(fileName: url.lastPathComponent, reason: failure.message)
        case nil: throw IngestInputError.unusable(fileName: url.lastPathComponent, reason: "it is a folder, or holds no file")
        }
    }

    private func finishRecording(interrupted: Bool) async {
        await recorder?.finish(totals.withLock { $0 }, interrupted: interrupted)
    }

    /// Checks that Endorsed answers and takes the credentials, before any input is read.
    static func verifyAccess(_ client: EndorsedClient, endpoint: EndorsedEndpoint, credentials: EndorsedCredentials) async throws(IngestorError) {
        do {
            try await client.verifyAccess()
        } catch let error as TokenRequestError where error.credentialsRefused {
            throw .credentialsRefused(error.refusal.message)
        } catch let error as EndorsedError where error.status == 401 {
            throw .tokenRefused(error.message, renewable: credentials.canRenew)
        } catch let error as EndorsedError where error.status == 403 {
            throw .forbidden(error.message)
        } catch let error as any ReportableError {
            throw .unreachable(endpoint: "\(endpoint)", error.message)
        } catch {
            throw .unreachable(endpoint: "\(endpoint)", "\(error)")
        }
    }
}

/// The engine runs in a backend's `ServiceGroup` beside its HTTP server: the group's
/// graceful shutdown (on SIGTERM, say) lets the uploads in flight end and be recorded.
extension Ingestor: Service {}
