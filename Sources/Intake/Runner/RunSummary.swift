/// Counts of a finished (or cancelled) run: by outcome, by attachment type, and bytes.
public struct RunSummary: Sendable, Hashable {
    /// Files that ended, by status name (`stored`, `failed`, …).
    public internal(set) var countsByStatus: [String: Int] = [:]
    /// Files that were classified and not skipped or failed (delivered, duplicates, and
    /// processed in a dry run), by attachment type.
    public internal(set) var countsByType: [AttachmentType: Int] = [:]
    /// Failed files by stage and code (`extract/pdf_encrypted`).
    public internal(set) var failuresByCode: [String: Int] = [:]
    /// Skipped files by code (`empty_file`).
    public internal(set) var skipsByCode: [String: Int] = [:]
    /// Unchanged poison files, which an earlier run's failure keeps out, by stage and code
    /// (`extract/timeout`).
    public internal(set) var poisonByCode: [String: Int] = [:]
    /// Every file that ended.
    public internal(set) var files = 0
    /// Bytes of every file that ended.
    public internal(set) var bytes: Int64 = 0
    /// Wall-clock time of the run.
    public internal(set) var elapsed: Duration = .zero
    /// Whether the run was stopped or cancelled before the source ran out: files after
    /// that point were never taken, and are in no report.
    public internal(set) var stoppedEarly = false

    public init() {}

    /// Whether any file failed.
    public var hasFailures: Bool { count(.failed) > 0 }

    /// How many files ended with `status`.
    public func count(_ status: OutcomeStatus) -> Int { countsByStatus[status.rawValue] ?? 0 }

    /// Adds the counts of `other` (another batch of the same engine) to these; the elapsed
    /// times add up, and stopping early sticks.
    public mutating func merge(_ other: RunSummary) {
        countsByStatus.merge(other.countsByStatus, uniquingKeysWith: +)
        countsByType.merge(other.countsByType, uniquingKeysWith: +)
        failuresByCode.merge(other.failuresByCode, uniquingKeysWith: +)
        skipsByCode.merge(other.skipsByCode, uniquingKeysWith: +)
        poisonByCode.merge(other.poisonByCode, uniquingKeysWith: +)
        files += other.files
        bytes += other.bytes
        elapsed += other.elapsed
        stoppedEarly = stoppedEarly || other.stoppedEarly
    }

    /// Adds one outcome to the counts.
    public mutating func record(_ outcome: FileOutcome) {
        files += 1
        bytes += outcome.file.size
        countsByStatus[outcome.status.name, default: 0] += 1
        switch outcome.status {
        case .failed(let failure):
            failuresByCode["\(failure.stage)/\(failure.code)", default: 0] += 1
        case .skipped(let reason):
            skipsByCode[reason.code, default: 0] += 1
        case .unchanged(let earlier) where earlier.failure != nil:
            let failure = earlier.failure!
            poisonByCode["\(failure.stage)/\(failure.code)", default: 0] += 1
        case .uploaded, .stored, .duplicate, .processed, .unchanged:
            if let type = outcome.document.classification?.type {
                countsByType[type, default: 0] += 1
            }
        }
    }
}
