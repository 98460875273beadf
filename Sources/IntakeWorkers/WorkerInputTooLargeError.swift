import Intake

/// A file held in memory that cannot be sent to a parser worker: its bytes travel inside
/// the request, and requests have a cap. The file alone fails, with `too_large_for_worker`,
/// before anything reaches a worker; parse it in process, or hand it over as a file on disk.
public enum WorkerInputTooLargeError: ReportableError, Sendable, Hashable {
    /// The file holds more than ``ParserWorker/maximumInMemoryFileBytes``.
    case memoryFile(fileName: String, size: Int64, limit: Int)
    /// The file fits, but with the text an earlier stage found, the request would be over
    /// the cap a worker reads.
    case request(fileName: String, bytes: Int, limit: Int)

    public var code: String { "too_large_for_worker" }

    public var message: String {
        switch self {
        case .memoryFile(let name, let size, let limit):
            "\(name) holds \(size) bytes in memory, more than the \(limit >> 20) MiB a parser worker takes; parse it in process or hand it over as a file on disk"
        case .request(let name, let bytes, let limit):
            "\(name) and the text found so far make a request of \(bytes) bytes, more than the \(limit >> 20) MiB a parser worker reads"
        }
    }

    public var details: [String: String] {
        switch self {
        case .memoryFile(_, let size, let limit): ["size": "\(size)", "limit": "\(limit)"]
        case .request(_, let bytes, let limit): ["request_bytes": "\(bytes)", "limit": "\(limit)"]
        }
    }
}
