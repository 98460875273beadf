import Intake

/// Why the ledger cannot be used. Each stops a run before any file is read, so nothing is
/// lost or sent twice because of it.
public enum LedgerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Another process holds the state folder.
    case inUse(stateDirectory: String)
    /// The state folder or the lock file cannot be created or opened.
    case stateUnusable(path: String, reason: String)
    /// The database cannot be opened or read: corrupted, not a database, or from a newer
    /// Intake.
    case unreadable(path: String, reason: String)
    /// A write to the database failed.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .inUse(let state):
            "another process is using the state folder \(state); wait for it to end, or use another state folder"
        case .stateUnusable(let path, let reason):
            "cannot use \(path): \(reason)"
        case .unreadable(let path, let reason):
            "the ledger \(path) cannot be read (\(reason)); nothing was read or sent. If it is damaged, move it aside: the next run then starts a new ledger and re-sends every file, which lands on the same attachments"
        case .writeFailed(let path, let reason):
            "cannot write to the ledger \(path): \(reason)"
        }
    }
}

extension LedgerError: ReportableError {
    public var code: String {
        switch self {
        case .inUse: "ledger_in_use"
        case .stateUnusable: "state_unusable"
        case .unreadable: "ledger_unreadable"
        case .writeFailed: "ledger_write_failed"
        }
    }

    public var message: String { description }
}
