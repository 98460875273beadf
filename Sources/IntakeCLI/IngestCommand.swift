import ArgumentParser
import Foundation
import Intake
import IntakeOutbox
import Logging

/// `intake ingest`: the main job.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Run every file under the given paths through the pipeline.",
        discussion: """
            Each file is sniffed (libmagic), its text extracted (poppler for PDF; plain text, \
            Markdown, HTML, JSON), classified as about, resume, role_preferences or \
            work_experiences, hashed for duplicates, and recorded in the outbox of the state \
            folder. Every file ends with exactly one outcome: stored, duplicate, skipped or \
            failed (processed with --dry-run).

            Folders are walked in name order; hidden entries are left out and symbolic links \
            inside folders are reported as skipped, not followed. The candidate of a file is \
            the first folder named by a UUID inside the folder walked, else the nearest one \
            above it. On the first Ctrl-C no new file is taken and the files in flight \
            finish; a second one stops at once.

            Examples:
              intake ingest samples
              intake ingest samples --report report.jsonl --concurrency 4
              intake ingest ~/inbox --dry-run --report /tmp/what-would-happen.jsonl
            """
    )

    @Argument(help: "Files or folders to ingest.", completion: .file())
    var paths: [String]

    @Option(name: .shortAndLong, help: "How many files are in the pipeline at once (default: the number of cores).")
    var concurrency: Int?

    @Option(name: .long, help: "Write one JSON object per file (JSON Lines) to this file.", completion: .file())
    var report: String?

    @Option(name: .long, help: "Folder for Intake's state (the outbox database).", completion: .directory)
    var state: String = ".intake"

    @Flag(name: .long, help: "Run every stage but deliver nothing and write no state; files end as processed.")
    var dryRun = false

    @Option(name: .long, help: "Skip a file as `unsure` when the classifier's confidence is below this (0 to 1; default 0: every file is classified).")
    var minConfidence: Double = 0

    @Flag(name: .long, help: "Also take hidden files and folders (names starting with a dot) inside the folders.")
    var includeHidden = false

    @Flag(name: .long, inversion: .prefixedNo, help: "Show live progress on a terminal.")
    var progress = true

    @Flag(name: .shortAndLong, help: "Log each file's stages to standard error.")
    var verbose = false

    func validate() throws {
        if let concurrency, concurrency < 1 {
            throw ValidationError("--concurrency must be at least 1.")
        }
        if !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence must be between 0 and 1.")
        }
    }

    func run() async throws {
        var logger = Logger(label: "intake")
        logger.logLevel = verbose ? .debug : .warning

        let options = Ingestion.Options(
            paths: paths,
            maxFilesInFlight: concurrency ?? ProcessInfo.processInfo.activeProcessorCount,
            reportURL: report.map { URL(filePath: $0) },
            stateDirectory: dryRun ? nil : URL(filePath: state),
            includeHidden: includeHidden,
            minimumConfidence: minConfidence
        )
        // Log lines and a redrawn progress line would garble each other: --verbose wins.
        let display = ProgressDisplay(enabled: progress && !verbose && isatty(STDERR_FILENO) == 1)
        let result: Ingestion.Result
        do {
            result = try await Ingestion.run(options, logger: logger, progress: display)
        } catch {
            FileHandle.standardError.write(Data("intake: \(error)\n".utf8))
            throw IntakeExitCode.couldNotRun
        }
        let sinkDescription = dryRun ? "none (dry run)" : "outbox \(options.stateDirectory!.appending(path: "outbox.sqlite").path(percentEncoded: false))"
        print(SummaryText.render(result.summary, reportPath: report, sinkDescription: sinkDescription))
        if let reportError = result.reportError {
            FileHandle.standardError.write(Data("intake: \(reportError)\n".utf8))
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

/// A whole `ingest` run, apart from argument parsing and printing, so tests can drive it.
enum Ingestion {
    /// The one thread that counts files for the progress line.
    private static let countingPool = BlockingPool(threadCount: 1)

    struct Options {
        var paths: [String]
        var maxFilesInFlight: Int
        var reportURL: URL?
        /// Where the outbox lives; `nil` for a dry run.
        var stateDirectory: URL?
        var includeHidden = false
        var minimumConfidence: Double = 0
    }

    struct Result {
        var summary: RunSummary
        /// The signal that interrupted the run, if one did.
        var signal: Int32?
        /// Why the report is incomplete, if it is.
        var reportError: CLIError?
    }

    /// Runs the pipeline over the options' paths. Throws only when the run cannot start
    /// (the state folder or the report cannot be created).
    static func run(_ options: Options, logger: Logger, progress: ProgressDisplay = ProgressDisplay(enabled: false), watchSignals: Bool = true) async throws -> Result {
        let sink = try options.stateDirectory.map { try OutboxSink(stateDirectory: $0) }
        let report = try options.reportURL.map { try ReportWriter(url: $0) }
        let pipeline = StandardPipeline.make(sink: sink, minimumConfidence: options.minimumConfidence)
        let runner = PipelineRunner(pipeline: pipeline, maxFilesInFlight: options.maxFilesInFlight, logger: logger)
        // The report and the state folder may sit inside a folder being walked: they are
        // Intake's own output, never its input.
        let ownOutput = [options.reportURL, options.stateDirectory].compactMap { $0 }
        let source = FolderSource(paths: options.paths, includeHidden: options.includeHidden, excluding: ownOutput)

        enum Event { case finished(RunSummary), signal(Int32), counted }
        let stop = StopRequest()
        var summary: RunSummary?
        var signal: Int32?
        await withTaskGroup(of: Event.self) { group in
            group.addTask {
                .finished(await runner.run(source, until: stop) { outcome in
                    report?.write(outcome)
                    progress.record(outcome)
                })
            }
            if progress.isEnabled {
                group.addTask {
                    // A second, name-only walk gives the progress line its total. It has a
                    // thread of its own, so that the stages keep every thread of the shared pool.
                    if let total = try? await source.count(on: countingPool) { progress.setTotal(total) }
                    return .counted
                }
            }
            if watchSignals {
                group.addTask {
                    guard let number = await SignalWatcher.firstSignal(of: [SIGINT, SIGTERM]) else { return .counted }
                    return .signal(number)
                }
            }
            for await event in group {
                switch event {
                case .finished(let result):
                    summary = result
                    group.cancelAll()  // stops the signal watcher and the count
                case .signal(let number):
                    // Graceful: no new files; the ones in flight finish and are reported.
                    // The watcher has put back the default action, so a second signal ends
                    // the process at once.
                    signal = number
                    stop.request()
                case .counted:
                    break
                }
            }
        }
        progress.finish()
        var reportError: CLIError?
        do { try report?.close() } catch let error as CLIError { reportError = error } catch {}
        return Result(summary: summary ?? RunSummary(), signal: signal, reportError: reportError)
    }
}
