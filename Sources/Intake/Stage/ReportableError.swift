/// An error with a stable code, thrown by a stage to fail one file.
///
/// Reports show the code and the message; the code lets operators count and filter
/// failures (`pdf_encrypted`, `unreadable`), the message tells them what to do.
public protocol ReportableError: Error, CustomStringConvertible {
    /// A stable snake_case code.
    var code: String { get }
    /// What went wrong, for a person: never a secret.
    var message: String { get }
    /// More facts for the report, by snake_case key, such as the `api_code` and
    /// `http_status` a remote API answered. Empty by default; never a secret.
    var details: [String: String] { get }
}

extension ReportableError {
    public var description: String { "\(code): \(message)" }
    public var details: [String: String] { [:] }
}

/// Why a file failed: the stage that threw, a stable code and a message.
public struct FileFailure: Sendable, Hashable, Error, CustomStringConvertible {
    /// The name of the stage that threw (or `source` when the file could not be listed).
    public let stage: String
    /// A stable snake_case code.
    public let code: String
    /// What went wrong.
    public let message: String
    /// More facts from the error (``ReportableError/details``), such as an API's own code.
    public let details: [String: String]

    public init(stage: String, code: String, message: String, details: [String: String] = [:]) {
        self.stage = stage
        self.code = code
        self.message = message
        self.details = details
    }

    /// Describes an error thrown by a stage.
    public init(stage: String, error: any Error) {
        switch error {
        case let reportable as any ReportableError:
            self.init(stage: stage, code: reportable.code, message: reportable.message, details: reportable.details)
        case is CancellationError:
            self.init(stage: stage, code: "cancelled", message: "the run was cancelled while this file was in flight")
        default:
            self.init(stage: stage, code: "error", message: String(describing: error))
        }
    }

    public var description: String { "\(stage): \(code): \(message)" }

    /// Codes of failures that cost a file its whole budget each time it is tried: a parser
    /// that hung on it, crashed on it, or ran out of memory on it. A ``RunHistory`` keeps
    /// such a poison file out of later runs until the file changes, or is retried on purpose.
    public static let poisonCodes: Set<String> = ["timeout", "crashed", "out_of_memory"]

    /// Whether this failure makes the file a poison file (``poisonCodes``).
    public var isPoison: Bool { Self.poisonCodes.contains(code) }
}
