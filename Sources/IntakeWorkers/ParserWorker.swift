import Foundation
import Intake
import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The worker side of ``ParserWorkerPool``: a process that runs parsing stages on one file
/// at a time, for a parent that gave it the file's path over a pipe.
///
/// A program that embeds Intake becomes its own worker with one line at the top of its
/// `main`, before anything else runs; the pool then starts that same executable:
///
/// ```swift
/// @main struct Backend {
///     static func main() async throws {
///         if ParserWorker.isRequested { return await ParserWorker.serve(stages: [SniffMIME(), ExtractText(PDFTextExtractor())]) }
///         try await ParserWorkerPool.withWorkers(.init()) { pool in
///             let pipeline = Pipeline {
///                 SniffMIME().isolated(in: pool)
///                 ExtractText(PDFTextExtractor()).isolated(in: pool)
///                 Classify()
///             }
///             // …
///         }
///     }
/// }
/// ```
///
/// The stages given here must be configured as the parent's: the parent sends only the
/// stage's name. A worker applies its memory ceiling to itself (`RLIMIT_AS`) before it
/// reads a request, so the kernel refuses it memory past the ceiling whatever the parser
/// does. Its standard output is the reply pipe; anything a C library prints there is sent
/// to standard error instead.
public enum ParserWorker {
    /// The environment variable that starts a process as a worker (`1`).
    public static let environmentKey = "INTAKE_PARSER_WORKER"
    /// The environment variable with the worker's memory ceiling, in bytes.
    static let memoryLimitKey = "INTAKE_WORKER_MEMORY_LIMIT"
    /// The environment variable with the parent's process id.
    static let parentKey = "INTAKE_WORKER_PARENT"
    /// The largest request a worker reads; requests carry a path, or the bytes of a file
    /// held in memory, and a text at most.
    static let maximumRequestBytes = 64 << 20

    /// The largest file held in memory (`InMemoryFile`) that an isolated stage
    /// sends to a worker: its bytes cross the pipe inside the request, so they must fit
    /// under the request's cap with room for a text, the header and any later growth. A
    /// larger one fails that file with ``WorkerInputTooLargeError`` (`too_large_for_worker`)
    /// before anything is sent; the worker and every other file go on. Parse such a file
    /// in process, or write it to disk and hand over its path.
    public static let maximumInMemoryFileBytes = 48 << 20

    /// Whether this process was started as a parser worker.
    public static var isRequested: Bool {
        ProcessInfo.processInfo.environment[environmentKey] == "1"
    }

    /// Serves requests on standard input, replying on standard output, until standard input
    /// closes; then returns. Call it when ``isRequested`` is true, and return from `main`
    /// after it.
    public static func serve(stages: [any Stage], logger: Logger = Logger(label: "intake.worker")) async {
        if let parent = ProcessInfo.processInfo.environment[parentKey].flatMap(Int32.init) {
            endWhenOrphaned(parent: parent)
        }
        if let limit = ProcessInfo.processInfo.environment[memoryLimitKey].flatMap(UInt64.init) {
            applyMemoryLimit(limit)
        }
        // The replies get a descriptor of their own; standard output becomes standard
        // error, so a C library's printf can never corrupt a frame.
        let replies = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 0)
        dup2(STDERR_FILENO, STDOUT_FILENO)

        var stagesByName: [String: any Stage] = [:]
        for stage in stages { stagesByName[stage.name] = stage }
        var hello = WorkerHello.current
        hello.stages = stages.map(\.name)
        guard let helloFrame = try? WorkerFrame(hello, text: nil), writeAll(helloFrame.bytes, to: replies) else { return }
        // One file at a time: one thread for blocking calls is all a worker needs.
        let context = StageContext(logger: logger, blocking: BlockingPool(threadCount: 1))

        while let frame = readFrame(from: STDIN_FILENO) {
            let reply: WorkerFrame
            do {
                let request = try frame.message(WorkerRequest.self)
                reply = try await handle(request, payload: frame.payload, stages: stagesByName, context: context)
            } catch {
                // A request this worker cannot read: the parent and worker disagree.
                reply = (try? WorkerFrame(
                    WorkerReply(outcome: .failed(code: "worker_protocol", message: "the worker could not read the request: \(error)", details: [:]),
                                document: Document(file: InputFile(url: URL(filePath: "/")))),
                    text: nil
                )) ?? WorkerFrame(header: Data(), payload: [])
            }
            guard writeAll(reply.bytes, to: replies) else { return }
        }
    }

    private static func handle(_ request: WorkerRequest, payload: [UInt8], stages: [String: any Stage], context: StageContext) async throws -> WorkerFrame {
        let (contents, text) = try request.split(payload)
        var document: Document
        do {
            document = try request.document(text: text, contents: contents)
        } catch {
            // The system would not hold the bytes here: the file fails with the reason, and
            // the reply gives back what the parent sent, so that nothing is lost.
            let failure = FileFailure(stage: request.stage, error: error)
            let outcome = WorkerReply.Outcome.failed(code: failure.code, message: failure.message, details: failure.details)
            let unchanged = request.document(of: InputFile(url: URL(filePath: "/dev/null")), text: text)
            return try WorkerFrame(WorkerReply(outcome: outcome, document: unchanged), text: unchanged.text)
        }
        guard let stage = stages[request.stage] else {
            let outcome = WorkerReply.Outcome.failed(
                code: "unknown_stage", message: "the worker has no stage named \(request.stage)", details: [:])
            return try WorkerFrame(WorkerReply(outcome: outcome, document: document), text: nil)
        }
        var context = context
        context.logger[metadataKey: "file"] = "\(request.displayPath)"
        let outcome: WorkerReply.Outcome
        do {
            switch try await stage.process(&document, context: context) {
            case .proceed:
                outcome = .proceed
            case .end(.skipped(let reason)):
                outcome = .skipped(code: reason.code, message: reason.message)
            case .end(let ending):
                outcome = .failed(
                    code: "worker_unsupported_ending",
                    message: "stage \(stage.name) ended the file as \(ending), which a worker cannot send back; run it in process",
                    details: [:])
            }
        } catch {
            let failure = FileFailure(stage: stage.name, error: error)
            outcome = .failed(code: failure.code, message: failure.message, details: failure.details)
        }
        return try WorkerFrame(WorkerReply(outcome: outcome, document: document), text: document.text)
    }

    /// A worker never outlives its parent (`kill -9` of the parent included), even while
    /// its main thread is stuck inside a C call: a thread of its own looks four times a
    /// second, and ends the process once it has been handed to another parent.
    /// (`PR_SET_PDEATHSIG` would fire when the parent's *thread* that spawned it ends,
    /// which Swift's thread pool does on its own.)
    private static func endWhenOrphaned(parent: Int32) {
        let watcher = Thread {
            while getppid() == parent { usleep(250_000) }
            _exit(70)
        }
        watcher.stackSize = 256 << 10
        watcher.start()
    }

    /// Caps this process's address space: past it, the kernel refuses memory, and the
    /// allocation that asked for it fails.
    private static func applyMemoryLimit(_ bytes: UInt64) {
        var limit = rlimit(rlim_cur: rlim_t(bytes), rlim_max: rlim_t(bytes))
        #if canImport(Glibc)
        setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
        #else
        setrlimit(RLIMIT_AS, &limit)
        #endif
    }

    /// Reads one frame, or `nil` at the end of input (the parent closed the pipe or died).
    private static func readFrame(from descriptor: Int32) -> WorkerFrame? {
        guard let prefix = readExactly(WorkerFrame.prefixLength, from: descriptor) else { return nil }
        let (headerLength, payloadLength) = WorkerFrame.lengths(ofPrefix: prefix)
        guard headerLength + payloadLength <= maximumRequestBytes,
              let header = readExactly(headerLength, from: descriptor),
              let payload = readExactly(payloadLength, from: descriptor)
        else { return nil }
        return WorkerFrame(header: Data(header), payload: payload)
    }

    private static func readExactly(_ count: Int, from descriptor: Int32) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, count - filled)
            }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { return nil }
            filled += got
        }
        return bytes
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var written = 0
        while written < bytes.count {
            let sent = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + written, bytes.count - written)
            }
            if sent < 0 && errno == EINTR { continue }
            guard sent > 0 else { return false }
            written += sent
        }
        return true
    }
}
