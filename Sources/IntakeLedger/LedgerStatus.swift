import Foundation
import GRDB

/// What the ledger holds, for `intake status`: every file's latest outcome counted, the
/// last run, and the files that failed with why.
public struct LedgerStatus: Sendable, Codable, Hashable {
    /// One run.
    public struct Run: Sendable, Codable, Hashable {
        public let id: Int64
        public let startedAt: Date
        public let finishedAt: Date?
        /// The paths it was given.
        public let arguments: [String]
        /// What its outcomes depend on: the sink and the options.
        public let configuration: String
        public let files: Int?
        /// Outcomes by status, as the run counted them.
        public let counts: [String: Int]?
        /// Whether it was interrupted or stopped before the end. `nil` while it runs (or
        /// when it was killed).
        public let stoppedEarly: Bool?
        /// Its settings as its engine encoded them; `nil` for runs recorded before they were kept.
        public let settings: String?
    }

    /// One failed file.
    public struct Failure: Sendable, Codable, Hashable {
        public let path: String
        public let code: String?
        public let message: String?
        public let runID: Int64
    }

    /// Every file known, by its latest status.
    public let filesByStatus: [String: Int]
    /// How many runs the ledger has seen.
    public let runs: Int
    /// The latest run, if any.
    public let lastRun: Run?
    /// The files whose latest outcome is a failure, by path.
    public let failures: [Failure]
}

extension Ledger {
    /// What the ledger holds now.
    public func status() throws(LedgerError) -> LedgerStatus {
        try read { db in
            var byStatus: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM files GROUP BY status") {
                byStatus[row["status"]] = row["n"]
            }
            let runs = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM runs") ?? 0
            let last = try Row.fetchOne(db, sql: "SELECT * FROM runs ORDER BY id DESC LIMIT 1").map { row in
                LedgerStatus.Run(
                    id: row["id"], startedAt: row["started_at"], finishedAt: row["finished_at"],
                    arguments: (row["arguments"] as String).split(separator: "\u{1F}").map(String.init),
                    configuration: row["configuration"], files: row["files"],
                    counts: (row["counts"] as String?).flatMap { try? JSONDecoder().decode([String: Int].self, from: Data($0.utf8)) },
                    stoppedEarly: row["stopped_early"], settings: row["settings"]
                )
            }
            let failures = try Row.fetchAll(db, sql: "SELECT path, code, message, run_id FROM files WHERE status = 'failed' ORDER BY path").map { row in
                LedgerStatus.Failure(path: row["path"], code: row["code"], message: row["message"], runID: row["run_id"])
            }
            return LedgerStatus(filesByStatus: byStatus, runs: runs, lastRun: last, failures: failures)
        }
    }
}
