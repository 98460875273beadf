/// How one file ended: exactly one per input file.
public struct FileOutcome: Sendable {
    /// The outcome's kind, with its typed reason.
    public enum Status: Sendable, Hashable {
        /// Sent to a remote API, which acknowledged it.
        case uploaded(SinkReceipt)
        /// Recorded by a local sink (the outbox).
        case stored(SinkReceipt)
        /// Repeats a document seen before.
        case duplicate(DuplicateReference)
        /// Deliberately not processed further.
        case skipped(SkipReason)
        /// A stage threw.
        case failed(FileFailure)
        /// Went through every stage and no stage delivered it (a pipeline without a sink).
        case processed
        /// Done in an earlier run and not changed since; that run's outcome stands.
        case unchanged(EarlierOutcome)

        init(_ ending: Ending) {
            switch ending {
            case .delivered(let receipt):
                self = receipt.kind == .uploaded ? .uploaded(receipt) : .stored(receipt)
            case .duplicate(let reference): self = .duplicate(reference)
            case .skipped(let reason): self = .skipped(reason)
            case .unchanged(let earlier): self = .unchanged(earlier)
            }
        }

        /// The kind of status, without its reason: what reports, counts and the ledger use.
        public var kind: OutcomeStatus {
            switch self {
            case .uploaded: .uploaded
            case .stored: .stored
            case .duplicate: .duplicate
            case .skipped: .skipped
            case .failed: .failed
            case .processed: .processed
            case .unchanged: .unchanged
            }
        }

        /// The name of the status in reports: `uploaded`, `stored`, `duplicate`, `skipped`,
        /// `failed`, `processed` or `unchanged` (``OutcomeStatus``'s raw value).
        public var name: String { kind.rawValue }

        /// Whether the file failed.
        public var isFailure: Bool {
            if case .failed = self { return true }
            return false
        }
    }

    /// The document as the last stage left it.
    public let document: Document
    /// How it ended.
    public let status: Status
    /// Time from the first stage to the end.
    public let duration: Duration

    public init(document: Document, status: Status, duration: Duration) {
        self.document = document
        self.status = status
        self.duration = duration
    }

    /// The file this outcome is about.
    public var file: InputFile { document.file }
}

/// The kinds of outcome a file can have, by the names reports, counts and the ledger use.
public enum OutcomeStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Sent to a remote API, which acknowledged it.
    case uploaded
    /// Recorded by a local sink (the outbox).
    case stored
    /// Done in an earlier run and not changed since; that run's outcome stands.
    case unchanged
    /// Went through every stage and no stage delivered it (a dry run).
    case processed
    /// Repeats a document seen before.
    case duplicate
    /// Deliberately not processed further.
    case skipped
    /// A stage threw.
    case failed

    /// Whether an earlier outcome of this kind stands for an unchanged file: a failure is
    /// tried again (unless it made a poison file), the others stand.
    public var standsForAnUnchangedFile: Bool {
        switch self {
        case .uploaded, .stored, .duplicate, .skipped: true
        case .failed, .processed, .unchanged: false
        }
    }
}
