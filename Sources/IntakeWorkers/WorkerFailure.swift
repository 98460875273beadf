import Intake

/// Why a file's parsing in a worker process did not come back: the file alone fails with
/// one of these codes, in the stage that was running, and the worker is replaced.
public enum WorkerFailure: ReportableError, Sendable, Equatable {
    /// The file used up its time budget (``ParserWorkerPool/Configuration/fileTimeout``);
    /// the worker was killed.
    case timeout(seconds: Double)
    /// The worker died while parsing the file: a signal (a crash inside a C library), or
    /// an exit.
    case crashed(signal: Int32?, exitStatus: Int32?)
    /// The worker reached its memory ceiling while parsing the file.
    case outOfMemory(limitBytes: UInt64)
    /// The worker tried to send back more than the reply cap allows.
    case replyTooLarge(limitBytes: Int)
    /// No worker could be started (the executable is missing, or is not a worker).
    case unavailable(reason: String)

    public var code: String {
        switch self {
        case .timeout: "timeout"
        case .crashed: "crashed"
        case .outOfMemory: "out_of_memory"
        case .replyTooLarge: "reply_too_large"
        case .unavailable: "worker_unavailable"
        }
    }

    public var message: String {
        switch self {
        case .timeout(let seconds):
            "parsing did not finish within the \(Self.format(seconds)) s budget per file; the worker was killed"
        case .crashed(let signal?, _):
            "the parser worker died of \(Self.signalName(signal)) while reading this file"
        case .crashed(nil, let status?):
            "the parser worker exited with status \(status) while reading this file"
        case .crashed:
            "the parser worker died while reading this file"
        case .outOfMemory(let limit):
            "parsing needed more than the \(Self.format(bytes: limit)) memory ceiling per worker"
        case .replyTooLarge(let limit):
            "the parser sent back more than \(Self.format(bytes: UInt64(limit))) of text"
        case .unavailable(let reason):
            "no parser worker could be started: \(reason)"
        }
    }

    public var details: [String: String] {
        switch self {
        case .crashed(let signal?, _): ["signal": Self.signalName(signal)]
        case .crashed(nil, let status?): ["exit_status": "\(status)"]
        default: [:]
        }
    }

    /// Whether a file that failed so is a poison file: it costs its whole budget each time
    /// it is tried, so later runs do not try it again until it changes.
    public static func isPoison(code: String) -> Bool {
        ["timeout", "crashed", "out_of_memory"].contains(code)
    }

    /// `SIGSEGV (11)`, or the bare number for a signal without a usual name.
    static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL",
            11: "SIGSEGV", 13: "SIGPIPE", 15: "SIGTERM", 24: "SIGXCPU", 25: "SIGXFSZ", 31: "SIGSYS",
        ]
        return names[signal].map { "\($0) (\(signal))" } ?? "signal \(signal)"
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }

    /// `1024 MiB`, `4 KiB`, `100 bytes`.
    private static func format(bytes: UInt64) -> String {
        if bytes >= 1 << 20 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}

/// A stage's failure inside a worker, with the stage's own code and message.
struct WorkerStageError: ReportableError {
    let code: String
    let message: String
    let details: [String: String]
}
