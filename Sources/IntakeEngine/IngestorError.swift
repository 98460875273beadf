import Intake
import IntakeLedger

/// Why an ``Ingestor`` cannot start or take an input: said before any file is read, so
/// nothing is lost or sent twice because of it.
public enum IngestorError: Error, Sendable, CustomStringConvertible {
    /// The ledger cannot be used: another process holds the state folder, or the ledger
    /// cannot be created, read or written.
    case ledger(LedgerError)
    /// The outbox cannot be created or opened.
    case outbox(String)
    /// The outbox is the destination but no state folder was given.
    case outboxWithoutState
    /// Endorsed refused the client credentials (the token call).
    case credentialsRefused(String)
    /// Endorsed refused the access token: `renewable` when it had just been issued for the
    /// client credentials (the client is not allowed to use attachments).
    case tokenRefused(String, renewable: Bool)
    /// The credentials may not read attachments (they need the all:read and all:write scopes).
    case forbidden(String)
    /// Endorsed cannot be reached at the endpoint, or does not answer as the API does.
    case unreachable(endpoint: String, String)
    /// An input was handed over while the engine is not running: ``Ingestor/run()`` did
    /// not begin within ``IngestorConfiguration/startWait``, or the engine has stopped.
    case notRunning
    /// A stop (a graceful shutdown, a cancellation, ``Ingestor/stop()``) came while the
    /// engine was starting: it never ran, and the inputs that waited for it are refused.
    case stoppedWhileStarting
    /// The engine could not start, for the reason given.
    case couldNotStart(String)

    public var description: String {
        switch self {
        case .ledger(let error): "\(error)"
        case .outbox(let message): message
        case .outboxWithoutState: "the outbox is the destination, but there is no state folder to keep it in"
        case .credentialsRefused(let message): "Endorsed refused the client credentials (\(message))"
        case .tokenRefused(let message, renewable: false): "Endorsed refused the access token (\(message))"
        case .tokenRefused(let message, renewable: true):
            "Endorsed refused the token it had just issued for these client credentials (\(message)); the client may not be allowed to use attachments"
        case .forbidden(let message): "the Endorsed credentials are not allowed to read attachments (\(message)); they need the all:read and all:write scopes"
        case .unreachable(let endpoint, let message): "cannot use Endorsed at \(endpoint): \(message)"
        case .notRunning: "the engine is not running: call run() (or use it inside a ServiceGroup) before handing it inputs"
        case .stoppedWhileStarting: "the engine was stopped before it was ready"
        case .couldNotStart(let reason): "the engine could not start: \(reason)"
        }
    }
}

/// Why an input handed to ``Ingestor/ingest(_:)`` was refused before any stage read it.
/// Each names what is wrong with the input, never a command-line flag.
public enum IngestInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input holds no bytes.
    case empty(fileName: String)
    /// The file name is empty, holds a path separator or a control character, or is `.`
    /// or `..`.
    case invalidFileName(String, reason: String)
    /// The candidate id is not a UUID.
    case invalidCandidateID(String)
    /// The input is larger than the engine takes as bytes or a stream.
    case tooLarge(bytes: Int, limit: Int)
    /// The stream of bytes failed before its end; nothing of it was parsed.
    case streamFailed(fileName: String, reason: String)
    /// The bytes could not be held for reading (the system refused the memory file).
    case unusable(fileName: String, reason: String)
    /// The metadata holds an empty key, or more than ``IngestInput/maximumMetadataEntries``
    /// entries, or a key or value over ``IngestInput/maximumMetadataLength`` characters.
    case invalidMetadata(String)

    public var description: String {
        switch self {
        case .empty(let name): "\(name) is empty: there is nothing to ingest"
        case .invalidFileName(let name, let reason): "the file name \(TerminalText.quoted(name)) is not usable: \(reason)"
        case .invalidCandidateID(let value): "the candidate id \(TerminalText.quoted(value)) is not a UUID"
        case .tooLarge(let bytes, let limit): "the input holds \(bytes) bytes or more; inputs handed over as bytes or a stream may hold at most \(limit)"
        case .streamFailed(let name, let reason): "the stream of \(name) failed before its end: \(reason)"
        case .unusable(let name, let reason): "the bytes of \(name) cannot be held for reading: \(reason)"
        case .invalidMetadata(let reason): "the metadata is not usable: \(reason)"
        }
    }

    /// A stable snake_case code: `empty_input`, `invalid_file_name`, `invalid_candidate_id`,
    /// `input_too_large`, `stream_failed`, `input_unusable`, `invalid_metadata`.
    public var code: String {
        switch self {
        case .empty: "empty_input"
        case .invalidFileName: "invalid_file_name"
        case .invalidCandidateID: "invalid_candidate_id"
        case .tooLarge: "input_too_large"
        case .streamFailed: "stream_failed"
        case .unusable: "input_unusable"
        case .invalidMetadata: "invalid_metadata"
        }
    }
}

/// Text from a caller, quoted for a message: control characters are shown escaped, so a
/// hostile name cannot drive a terminal or forge a log line.
enum TerminalText {
    static func quoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars.prefix(200) {
            if scalar.properties.generalCategory == .control || scalar == "\"" || scalar == "\\" {
                quoted += scalar.escaped(asASCII: true)
            } else {
                quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + (text.unicodeScalars.count > 200 ? "…\"" : "\"")
    }
}
