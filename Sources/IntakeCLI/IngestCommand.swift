import ArgumentParser
import Foundation
import Intake
import IntakeEndorsed
import IntakeEngine
import IntakeLedger
import IntakeOutbox
import IntakePoppler
import IntakeWorkers
import Logging
import ServiceLifecycle

/// `intake ingest`: the main job.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Run every file under the given paths through the pipeline.",
        discussion: """
            Each file is sniffed (libmagic), its text extracted (poppler for PDF; DOCX, ODT, \
            RTF, plain text, Markdown, HTML, JSON), classified as about, resume, role_preferences or \
            work_experiences, hashed for duplicates, and recorded in the outbox of the state \
            folder, or, with --endpoint, uploaded to Endorsed. Every file ends with exactly \
            one outcome: uploaded or stored, duplicate, skipped or failed (processed with \
            --dry-run).

            Uploads use PUT attachments/remote.<remote id>, so a retry or a second run \
            rewrites the same attachment and never adds a second one. Credentials come from \
            the environment: ENDORSED_ACCESS_TOKEN, or ENDORSED_CLIENT_ID and \
            ENDORSED_CLIENT_SECRET; they are checked before any file is read.

            Folders are walked in name order; hidden entries are left out and symbolic links \
            inside folders are reported as skipped, not followed. The candidate of a file is \
            the longest matching prefix of --candidate-map, else the first folder named by a \
            UUID inside the folder walked (or the nearest one above it), else --candidate-id. On the first Ctrl-C no new file is taken and the files in flight \
            finish; a second one stops at once.

            Examples:
              intake ingest samples
              intake ingest samples --report report.jsonl --concurrency 4
              intake ingest ~/inbox --dry-run --report /tmp/what-would-happen.jsonl
              intake ingest ~/inbox --endpoint https://endorsed.ai/api/v1 --report up.jsonl
            """
    )

    @Argument(help: "Files or folders to ingest.", completion: .file())
    var paths: [String]

    @Option(name: .shortAndLong, help: "How many files are parsed at once, each by its own worker process (default: the number of cores); as many more wait in the pipeline, so that no worker idles.")
    var concurrency: Int?

    @Option(name: .long, help: "Write one JSON object per file (JSON Lines) to this file.", completion: .file())
    var report: String?

    @Option(name: .long, help: "Folder for Intake's state: the ledger of runs, and the outbox.", completion: .directory)
    var state: String = ".intake"

    @Flag(name: .long, help: "Process every file again, even those an earlier run finished and that have not changed.")
    var force = false

    @Flag(name: .long, help: "Neither read nor write the ledger: every file goes through and nothing is remembered (no incremental re-run, no dedupe across runs).")
    var noLedger = false

    @Option(name: .long, help: ArgumentHelp("After Ctrl-C or SIGTERM, how long the files in flight (uploads included) may take to end before they are cancelled.", valueName: "seconds"))
    var stopTimeout: Double = 30

    @Flag(name: .long, help: "Run every stage but deliver nothing and write no state; files end as processed.")
    var dryRun = false

    @Option(name: .long, help: "Skip a file as `unsure` when the classifier's confidence is below this (0 to 1; default \(Classify.defaultMinimumConfidence); 0 classifies every file).")
    var minConfidence: Double = Classify.defaultMinimumConfidence

    @Option(name: .long, help: ArgumentHelp("The page budget of a PDF: documents of up to this many pages are read whole; a longer one only until the classifier has what it reads, and never past this many pages (0: every page). The file is delivered whole either way.", valueName: "pages"))
    var maxPages: Int = PDFTextExtractor.defaultMaximumPages

    @Flag(name: .long, help: "Do not recognise scans: image-only PDFs end as no_text and images as unsupported_type instead of being read with Tesseract OCR (which runs in the parser workers only).")
    var noOcr = false

    @Flag(name: .long, help: "Also take hidden files and folders (names starting with a dot) inside the folders.")
    var includeHidden = false

    @Flag(name: .long, inversion: .prefixedNo, help: "Show live progress on a terminal.")
    var progress = true

    @Flag(name: .shortAndLong, help: "Log each file's stages to standard error.")
    var verbose = false

    @Flag(name: .long, help: "Print the summary as one JSON object instead of text.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("While the run goes, serve its metrics in the Prometheus text format at http://HOST:PORT/metrics (port 0: a free one; the URL is printed on standard error).", valueName: "host:port"))
    var metrics: String?

    @OptionGroup(title: "Parsing in worker processes")
    var isolation: IsolationOptions

    @OptionGroup(title: "Upload to Endorsed, and candidates")
    var upload: UploadOptions

    func validate() throws {
        if let concurrency, concurrency < 1 {
            throw ValidationError("--concurrency must be at least 1.")
        }
        if !(stopTimeout >= 0 && stopTimeout <= 86_400) {
            throw ValidationError("--stop-timeout must be from 0 seconds to a day (86400).")
        }
        if !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence must be between 0 and 1.")
        }
        if maxPages < 0 {
            throw ValidationError("--max-pages must be 0 (every page) or more.")
        }
        if let metrics, MetricsEndpoint.Address(metrics) == nil {
            throw ValidationError("--metrics must be HOST:PORT, such as 127.0.0.1:9464 (port 0: a free one).")
        }
    }

    func run() async throws {
        try await run(onlyFiles: nil)
    }

    /// What `intake retry` hands over: the settings the retried run recorded, and the
    /// options given after `--`, which win over them.
    struct Retry {
        var settings: RunSettings?
        var givenOptions: Set<String>
    }

    /// Runs the command; with `onlyFiles` (absolute paths), only those files of the walk
    /// go through (`intake retry`), with the settings of the run retried where the options
    /// after `--` do not say otherwise.
    func run(onlyFiles: Set<String>?, retrying retry: Retry? = nil) async throws {
        var logger = Logger(label: "intake", factory: { TerminalLogHandler(label: $0) })
        logger.logLevel = verbose ? .debug : .warning

        // Everything that can be wrong with the set-up is found before a file is read.
        var candidates: CandidateMap
        var endorsed: EndorsedSettings?
        var minimumConfidence = minConfidence
        var maximumPages = maxPages
        var recognizesScans = !noOcr
        let filesInFlight = concurrency ?? ProcessInfo.processInfo.activeProcessorCount
        var parserWorkers = isolation.parserWorkers(count: filesInFlight)
        do {
            let environment = ProcessInfo.processInfo.environment
            candidates = try upload.loadCandidateMap()
            endorsed = dryRun ? nil : try upload.endorsedSettings(environment: environment)
            if let retry, let stored = retry.settings {
                let given = retry.givenOptions
                if !given.contains("--endpoint") && !dryRun, stored.destination == .endorsed, let storedUpload = stored.endorsed {
                    do {
                        endorsed = try upload.overlaid(with: storedUpload, except: given).endorsedSettings(environment: environment)
                    } catch {
                        throw CLIError("the run retried uploaded to \(storedUpload.endpoint), but \(error)")
                    }
                }
                if given.isDisjoint(with: ["--candidate-map", "--candidate-id"]) {
                    candidates = try stored.candidateMap()
                }
                if !given.contains("--min-confidence") {
                    minimumConfidence = stored.minimumConfidence
                }
                if !given.contains("--max-pages") {
                    // A run recorded before the page budget read every page.
                    maximumPages = stored.maximumPages ?? 0
                }
                if !given.contains("--no-ocr") {
                    recognizesScans = stored.recognizesScans ?? true
                }
                if given.isDisjoint(with: ["--file-timeout", "--worker-memory", "--in-process"]) {
                    parserWorkers = stored.parserWorkerConfiguration(workers: filesInFlight)
                }
            }
        } catch {
            Console.error("\(error)")
            throw IntakeExitCode.couldNotRun
        }
        let options = Ingestion.Options(
            paths: paths,
            maxFilesInFlight: filesInFlight,
            reportURL: report.map { URL(filePath: $0) },
            stateDirectory: dryRun ? nil : URL(filePath: state),
            includeHidden: includeHidden,
            minimumConfidence: minimumConfidence,
            parsing: ParsingSettings(maximumPages: maximumPages, recognizesScans: recognizesScans),
            candidates: candidates,
            endorsed: endorsed,
            force: force,
            usesLedger: !noLedger,
            onlyFiles: onlyFiles,
            retriesPoisonFiles: onlyFiles != nil,
            stopTimeout: .milliseconds(Int64(stopTimeout * 1000)),
            parserWorkers: parserWorkers,
            metricsAddress: metrics.flatMap(MetricsEndpoint.Address.init)
        )
        if retry != nil && !json {
            Console.print("  to: \(Ingestion.configuration(options, logger: logger).destinationDescription)")
        }
        // Log lines and a redrawn progress line would garble each other: --verbose wins.
        let display = ProgressDisplay(enabled: progress && !verbose && isatty(STDERR_FILENO) == 1)
        let result: Ingestion.Result
        do {
            result = try await Ingestion.run(options, logger: logger, progress: display)
        } catch {
            Console.error("\(error)")
            throw IntakeExitCode.couldNotRun
        }
        let sinkDescription = Ingestion.configuration(options, logger: logger).destinationDescription
        if json {
            print(SummaryText.json(result.summary, reportPath: report, sinkDescription: sinkDescription))
        } else {
            Console.print(SummaryText.render(result.summary, reportPath: report, sinkDescription: sinkDescription))
        }
        if let reportError = result.reportError {
            Console.error("\(reportError)")
            throw IntakeExitCode.couldNotRun
        }
        switch result.signal {
        case SIGINT: throw IntakeExitCode.interrupted
        case SIGTERM: throw IntakeExitCode.terminated
        default: break
        }
        if result.summary.hasFailures { throw IntakeExitCode.someFilesFailed }
    }
}

/// A whole `ingest` run, apart from argument parsing and printing, so tests can drive it:
/// the options become an ``IntakeEngine/IngestorConfiguration``, and the engine does the
/// run; this adds the report file, the progress line and the signals.
enum Ingestion {
    /// The one thread that counts files for the progress line.
    private static let countingPool = BlockingPool(threadCount: 1)

    struct Options {
        var paths: [String]
        var maxFilesInFlight: Int
        var reportURL: URL?
        /// Where the ledger (and the outbox, without Endorsed) lives; `nil` for a dry run,
        /// which writes no state.
        var stateDirectory: URL?
        var includeHidden = false
        var minimumConfidence: Double = Classify.defaultMinimumConfidence
        /// How documents are read: the page budget.
        var parsing = ParsingSettings()
        /// The operator's candidate rules; by default the UUID-folder rule alone.
        var candidates: CandidateMap = .folderRuleOnly
        /// Upload to Endorsed with these settings instead of the outbox.
        var endorsed: EndorsedSettings?
        /// Process every file, whatever the ledger says of it.
        var force = false
        /// Keep the ledger in the state folder (the default).
        var usesLedger = true
        /// Only these files of the walk (absolute paths), when set.
        var onlyFiles: Set<String>?
        /// Whether poison files that are unchanged go through again (`intake retry`).
        var retriesPoisonFiles = false
        /// After a stop signal, how long the files in flight may take before they are
        /// cancelled (and recorded as cancelled, for the next run).
        var stopTimeout: Duration = .seconds(30)
        /// Parse files in worker processes set up so; `nil` parses them in this process,
        /// unisolated.
        var parserWorkers: ParserWorkerPool.Configuration?
        /// Serve the run's metrics in the Prometheus text format here, when set.
        var metricsAddress: MetricsEndpoint.Address?
    }

    struct Result {
        var summary: RunSummary
        /// The signal that interrupted the run, if one did.
        var signal: Int32?
        /// Why the report or the ledger is incomplete, if one is (both, a line each, when
        /// both are).
        var reportError: CLIError?
    }

    /// The engine's configuration for `options`.
    static func configuration(_ options: Options, logger: Logger) -> IngestorConfiguration {
        let destination: IngestorConfiguration.Destination = if let endorsed = options.endorsed {
            .endorsed(endorsed)
        } else if options.stateDirectory != nil {
            .outbox
        } else {
            .none
        }
        var configuration = IngestorConfiguration(destination: destination, stateDirectory: options.stateDirectory)
        configuration.keepsLedger = options.usesLedger
        configuration.reprocessesEverything = options.force
        configuration.retriesPoisonFiles = options.retriesPoisonFiles
        configuration.maximumFilesInFlight = options.maxFilesInFlight
        configuration.minimumConfidence = options.minimumConfidence
        configuration.parsing = options.parsing
        configuration.candidates = options.candidates
        configuration.parserWorkers = options.parserWorkers
        // The paths are kept absolute, so that `intake retry` finds them from anywhere.
        configuration.recordedArguments = options.paths.map { URL(filePath: $0).absoluteURL.standardizedFileURL.path(percentEncoded: false) }
        configuration.logger = logger
        return configuration
    }

    /// Runs the pipeline over the options' paths. Throws only when the run cannot start:
    /// the state folder or the report cannot be created, or Endorsed cannot be reached or
    /// refuses the credentials (checked before any file is read).
    static func run(_ options: Options, logger: Logger, progress: ProgressDisplay = ProgressDisplay(enabled: false), watchSignals: Bool = true) async throws -> Result {
        guard let address = options.metricsAddress else {
            return try await run(options, telemetry: .global, logger: logger, progress: progress, watchSignals: watchSignals)
        }
        // The endpoint listens before any file is read, and for as long as the run goes.
        let endpoint = MetricsEndpoint()
        let (listening, continuation) = AsyncStream<String>.makeStream()
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { continuation.finish() }
                try await endpoint.serve(at: address, logger: logger) { url in continuation.yield(url) }
            }
            var urls = listening.makeAsyncIterator()
            guard let url = await urls.next() else {
                do {
                    try await group.next()
                } catch {
                    throw CLIError("cannot serve the metrics at \(address): \(error)")
                }
                throw CLIError("cannot serve the metrics at \(address)")
            }
            Console.writeOwnText("intake: metrics at \(url)\n")
            defer { group.cancelAll() }
            return try await run(options, telemetry: endpoint.telemetry, logger: logger, progress: progress, watchSignals: watchSignals)
        }
    }

    private static func run(
        _ options: Options, telemetry: Telemetry, logger: Logger, progress: ProgressDisplay, watchSignals: Bool
    ) async throws -> Result {
        let ingestor: Ingestor
        do {
            var configuration = configuration(options, logger: logger)
            configuration.telemetry = telemetry
            ingestor = try Ingestor(configuration)
        } catch {
            throw CLIError(message(for: error))
        }
        // The report and the state folder may sit inside a folder being walked: they are
        // Intake's own output, never its input.
        let ownOutput = [options.reportURL, options.stateDirectory].compactMap { $0 }
        let walk = FolderSource(paths: options.paths, includeHidden: options.includeHidden, excluding: ownOutput)
        let source = walk.filter { entry in
            options.onlyFiles?.contains(entry.file.absolutePath) ?? true
        }

        // The engine and the batch run in one ServiceGroup: on a stop signal it shuts the
        // batch down gracefully (no new file; the files in flight finish and are reported),
        // then the engine, and cancels what has not ended after --stop-timeout: those files
        // end as `cancelled` in the report and the ledger, for the next run.
        let batch = FolderRun(ingestor: ingestor, walk: source, reportURL: options.reportURL, progress: progress)
        var groupConfiguration = ServiceGroupConfiguration(
            services: [
                .init(service: ingestor),
                .init(service: batch, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup),
            ],
            logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = options.stopTimeout
        let services = ServiceGroup(configuration: groupConfiguration)

        enum Event { case ended((any Error)?), signal(Int32), counted }
        var runFailure: (any Error)?
        var signal: Int32?
        await withTaskGroup(of: Event.self) { group in
            group.addTask {
                do {
                    try await services.run()
                    return .ended(nil)
                } catch {
                    return .ended(error)
                }
            }
            if progress.isEnabled {
                group.addTask {
                    // A second, name-only walk gives the progress line its total. It has a
                    // thread of its own, so that the stages keep every thread of the shared pool.
                    if let only = options.onlyFiles {
                        progress.setTotal(only.count)
                    } else if let total = try? await walk.count(on: countingPool) {
                        progress.setTotal(total)
                    }
                    return .counted
                }
            }
            if watchSignals {
                group.addTask {
                    guard let number = await StopSignals.first() else { return .counted }
                    return .signal(number)
                }
            }
            for await event in group {
                switch event {
                case .ended(let error):
                    runFailure = error
                    group.cancelAll()  // stops the signal watch and the count
                case .signal(let number):
                    // The watch has put back the default action: a second signal ends the
                    // process at once.
                    signal = number
                    await services.triggerGracefulShutdown()
                case .counted:
                    break
                }
            }
        }
        let report = batch.finished?.report
        let summary = batch.finished?.summary
        progress.finish()
        // Stopped by the signal before the engine was ready: an interrupted run, not a failed one.
        var stoppedBySignal = false
        if signal != nil, case .stoppedWhileStarting? = runFailure as? IngestorError { stoppedBySignal = true }
        if let runFailure, !stoppedBySignal {
            throw runFailure as? CLIError ?? CLIError(message(for: runFailure))
        }
        // The report and the ledger can both fail (a full disk): each is said.
        var problems: [String] = []
        do { try report?.close() } catch let error as CLIError { problems.append(error.description) } catch {}
        if let failure = ingestor.ledgerFailure {
            problems.append("the ledger is incomplete; the files not recorded go through again next run: \(failure)")
        }
        let reportError = problems.isEmpty ? nil : CLIError(problems.joined(separator: "\nintake: "))
        return Result(summary: summary ?? RunSummary(), signal: signal, reportError: reportError)
    }

    /// What the user reads when the engine cannot start: the engine's reason, with what
    /// to set or give for the command line (environment variables, options).
    static func message(for error: any Error) -> String {
        switch error {
        case IngestorError.ledger(.inUse(let state)):
            "another intake run is using the state folder \(state); wait for it to end, or give this run another --state"
        case IngestorError.credentialsRefused(let message):
            "Endorsed refused the client credentials (\(message)); check \(EndorsedCredentials.clientIDVariable) and \(EndorsedCredentials.clientSecretVariable)"
        case IngestorError.tokenRefused(let message, renewable: false):
            "Endorsed refused the access token (\(message)); set a valid \(EndorsedCredentials.accessTokenVariable), or \(EndorsedCredentials.clientIDVariable) and \(EndorsedCredentials.clientSecretVariable) instead"
        case IngestorError.tokenRefused(let message, renewable: true):
            "Endorsed refused the token it had just issued for these client credentials (\(message)); check that \(EndorsedCredentials.clientIDVariable) names a client allowed to use attachments"
        case let error as IngestorError: error.description
        default: "\(error)"
        }
    }
}

/// The command line's name for the engine's Endorsed settings.
typealias EndorsedSettings = EndorsedDestination
