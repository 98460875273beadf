import Foundation

/// What earlier runs did with each file: the memory that makes re-runs incremental.
///
/// `intake` keeps it in the ledger of its state folder (the `IntakeLedger` module); an embedding
/// backend can keep it in its own database.
///
/// # Implementation requirements
/// - ``earlierOutcome(of:modified:)`` answers only when the earlier outcome still stands: the file
///   has the same size and modification time (and, where both are known, the same inode and
///   inode change time: ``InputFile/identity``), its outcome was final (not a failure), and
///   the configuration and the version of every stage it went through are the same.
///   Otherwise it answers `nil` and the file goes through the pipeline again.
/// - A poison file (its failure ``FileFailure/isPoison``: a parser hung, crashed or ran
///   out of memory on it) is the one failure that stands, with ``EarlierOutcome/failure``
///   set, unless the history was asked to retry such files (`intake retry --failed`).
/// - It is called concurrently for every file in flight.
public protocol RunHistory: Sendable {
    /// The outcome of an earlier run that still stands for `file`, if there is one.
    func earlierOutcome(of file: InputFile, modified: FileTimestamp) async throws -> EarlierOutcome?
}

/// A file's last modification, to the nanosecond, as `stat` gives it.
public struct FileTimestamp: Sendable, Hashable, Codable {
    public let seconds: Int64
    public let nanoseconds: Int64

    public init(seconds: Int64, nanoseconds: Int64) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    /// Nanoseconds since 1970, as one number for storage.
    public var totalNanoseconds: Int64 { seconds &* 1_000_000_000 &+ nanoseconds }
}

/// The outcome an earlier run gave a file that has not changed since.
public struct EarlierOutcome: Sendable, Hashable {
    /// The run that gave it.
    public let runID: Int64
    /// Its status then: `uploaded`, `stored`, `duplicate` or `skipped`; or `failed` for a
    /// poison file, with ``failure``.
    public let status: OutcomeStatus
    /// When it was recorded.
    public let recordedAt: Date
    /// The attachment the sink gave it, when it was delivered.
    public let attachmentID: String?
    /// The remote id it was delivered under, when it was.
    public let remoteID: String?
    /// The attachment type it was classified as, when it was.
    public let attachmentType: AttachmentType?
    /// The sink that took it (`endorsed`, `outbox`), when one did.
    public let sink: String?
    /// For a poison file: how it failed, which stands until the file changes.
    public let failure: FileFailure?

    public init(
        runID: Int64, status: OutcomeStatus, recordedAt: Date, attachmentID: String? = nil, remoteID: String? = nil,
        attachmentType: AttachmentType? = nil, sink: String? = nil, failure: FileFailure? = nil
    ) {
        self.runID = runID
        self.status = status
        self.recordedAt = recordedAt
        self.attachmentID = attachmentID
        self.remoteID = remoteID
        self.attachmentType = attachmentType
        self.sink = sink
        self.failure = failure
    }
}
