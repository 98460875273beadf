import Foundation
import GRDB
import Intake

/// The durable memory of `intake` runs: an SQLite database in the state folder
/// (`<state>/ledger.sqlite`, WAL mode) with one row per run, one per input file, and one
/// per delivered document.
///
/// - A file's row records its outcome, its size and modification time, its hashes and
///   ids, the stages it went through and the fingerprint of those stages and the
///   configuration (``PipelineFingerprint``). It is written when the file's outcome is
///   known, which for a delivered file is after the sink acknowledged it: a run killed
///   before that leaves the file to the next run, whose upsert lands on the same
///   attachment.
/// - `history(_:)` answers whether an earlier outcome still stands (`RunHistory`), and
///   `duplicateRegistry(_:)` finds documents delivered by earlier runs.
/// - The state folder is locked while the ledger is open (`flock`), so two processes never
///   share it.
///
/// ```swift
/// let ledger = try Ledger(stateDirectory: URL(filePath: ".intake"))
/// let run = try ledger.beginRun(configuration: "sink=outbox", arguments: ["samples"])
/// ```
public final class Ledger: Sendable {
    /// The database file.
    public let databaseURL: URL
    let database: DatabasePool
    /// The folder lock; `nil` when the ledger is open for reading only.
    private let lock: StateFolderLock?

    /// Opens (creating if needed) the ledger of `stateDirectory` and locks the folder; or,
    /// with `readOnly`, opens an existing ledger to read it, without the lock, so that
    /// `intake status` works while a run is going.
    ///
    /// - Throws: ``LedgerError``: the folder is in use by another process, cannot be
    ///   created, or holds a ledger that cannot be read.
    public init(stateDirectory: URL, readOnly: Bool = false) throws(LedgerError) {
        let statePath = stateDirectory.path(percentEncoded: false)
        databaseURL = stateDirectory.appending(path: "ledger.sqlite")
        let path = databaseURL.path(percentEncoded: false)
        if readOnly {
            lock = nil
        } else {
            do {
                try FileManager.default.createDirectory(at: stateDirectory, withIntermediateDirectories: true)
            } catch {
                throw .stateUnusable(path: statePath, reason: error.localizedDescription)
            }
            lock = try StateFolderLock(stateDirectory: stateDirectory)
        }
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.readonly = readOnly
            // WAL with synchronous=NORMAL: a commit survives the process being killed (what
            // the ledger is for); only a power cut can lose the last commits, and a lost
            // record costs a re-upload onto the same attachment, never a duplicate. FULL
            // would add an fsync to every file's record.
            configuration.prepareDatabase { db in
                if !readOnly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            }
            database = try DatabasePool(path: path, configuration: configuration)
            // A damaged file can open fine and fail on first use: check it now, before any
            // file is read, rather than in the middle of a run.
            try database.read { db in
                guard try String.fetchOne(db, sql: "PRAGMA quick_check") == "ok" else {
                    throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "quick_check failed")
                }
            }
            if readOnly {
                guard try database.read({ db in try Self.migrator.hasCompletedMigrations(db) }) else {
                    throw DatabaseError(message: "the ledger is from another version of Intake; run intake ingest on it first")
                }
            } else {
                try Self.migrator.migrate(database)
            }
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
    }

    // MARK: Runs

    /// Records the start of a run and returns its id. `settings` is the run's settings as
    /// its engine encodes them (no secret in them): what a retry needs to run as it did.
    public func beginRun(configuration: String, arguments: [String], settings: String? = nil) throws(LedgerError) -> Int64 {
        try write { db in
            try db.execute(
                sql: "INSERT INTO runs (started_at, configuration, arguments, settings) VALUES (?, ?, ?, ?)",
                arguments: [Date(), configuration, arguments.joined(separator: "\u{1F}"), settings]
            )
            return db.lastInsertedRowID
        }
    }

    /// Records the end of a run with its counts.
    public func finishRun(_ runID: Int64, summary: RunSummary, interrupted: Bool) throws(LedgerError) {
        let counts = (try? JSONEncoder().encode(summary.countsByStatus)).map { String(decoding: $0, as: UTF8.self) }
        try write { db in
            try db.execute(
                sql: "UPDATE runs SET finished_at = ?, files = ?, counts = ?, stopped_early = ? WHERE id = ?",
                arguments: [Date(), summary.files, counts, interrupted || summary.stoppedEarly, runID]
            )
        }
    }

    /// Records the end of a run, from async code: the write waits on GRDB's writer
    /// without holding a thread of the caller's.
    public func finishRun(_ runID: Int64, summary: RunSummary, interrupted: Bool) async throws(LedgerError) {
        let counts = (try? JSONEncoder().encode(summary.countsByStatus)).map { String(decoding: $0, as: UTF8.self) }
        let files = summary.files
        let stoppedEarly = interrupted || summary.stoppedEarly
        try await writeAsync { db in
            try db.execute(
                sql: "UPDATE runs SET finished_at = ?, files = ?, counts = ?, stopped_early = ? WHERE id = ?",
                arguments: [Date(), files, counts, stoppedEarly, runID]
            )
        }
    }

    // MARK: Files

    /// Records how one file ended in run `runID`. Outcomes of `unchanged` files are not
    /// recorded again: their earlier row stands. A delivered document also gets its row
    /// in the deliveries, which later runs look up to find it again under another name.
    public func record(_ outcome: FileOutcome, runID: Int64, fingerprint: PipelineFingerprint) throws(LedgerError) {
        try record([outcome], runID: runID, fingerprint: fingerprint)
    }

    /// Records several outcomes in one transaction (one commit instead of one per file).
    public func record(_ outcomes: [FileOutcome], runID: Int64, fingerprint: PipelineFingerprint) throws(LedgerError) {
        guard !outcomes.isEmpty else { return }
        // Encoded once for the batch: a date's text costs a formatter call.
        let now = Date().databaseValue
        try write { db in
            for outcome in outcomes {
                try Self.insert(outcome, into: db, runID: runID, fingerprint: fingerprint, at: now)
            }
        }
    }

    /// Records several outcomes in one transaction, from async code: the write waits on
    /// GRDB's writer without holding a thread of the caller's.
    public func recordOutcomes(_ outcomes: [FileOutcome], runID: Int64, fingerprint: PipelineFingerprint) async throws(LedgerError) {
        guard !outcomes.isEmpty else { return }
        // Encoded once for the batch: a date's text costs a formatter call.
        let now = Date().databaseValue
        try await writeAsync { db in
            for outcome in outcomes {
                try Self.insert(outcome, into: db, runID: runID, fingerprint: fingerprint, at: now)
            }
        }
    }

    private static func insert(_ outcome: FileOutcome, into db: Database, runID: Int64, fingerprint: PipelineFingerprint, at now: DatabaseValue) throws {
        if case .unchanged = outcome.status { return }
        let document = outcome.document
        let stages = document.trail.map(\.stage).filter { $0 != "history" }
        let filePrint = fingerprint.fingerprint(stages: stages)
        var code: String?
        var message: String?
        var receipt: SinkReceipt?
        switch outcome.status {
        case .failed(let failure): (code, message) = (failure.code, failure.message)
        case .skipped(let reason): (code, message) = (reason.code, reason.message)
        case .duplicate(let reference): message = reference.firstPath
        case .uploaded(let sinkReceipt), .stored(let sinkReceipt): receipt = sinkReceipt
        case .processed, .unchanged: break
        }
        // The time before any stage read the file; without it the row never matches again.
        let modified = (document.modifiedAtStart ?? document.file.identity?.modified)?.totalNanoseconds
        let identity = document.file.identity
        // Cached statements: prepared once per connection, not once per file.
        try db.cachedStatement(
            sql: """
                INSERT INTO files (path, display_path, size, modified_ns, sha256, text_sha256, candidate_id,
                                   remote_id, type, status, code, message, attachment_id, sink, stages,
                                   trail, fingerprint, run_id, recorded_at, inode, changed_ns)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(path) DO UPDATE SET
                    display_path = excluded.display_path, size = excluded.size, modified_ns = excluded.modified_ns,
                    sha256 = excluded.sha256, text_sha256 = excluded.text_sha256, candidate_id = excluded.candidate_id,
                    remote_id = excluded.remote_id, type = excluded.type, status = excluded.status,
                    code = excluded.code, message = excluded.message, attachment_id = excluded.attachment_id,
                    sink = excluded.sink, stages = excluded.stages, trail = excluded.trail, fingerprint = excluded.fingerprint,
                    run_id = excluded.run_id, recorded_at = excluded.recorded_at,
                    inode = excluded.inode, changed_ns = excluded.changed_ns
                """
        ).execute(
            arguments: [
                key(document.file), document.file.displayPath, document.size, modified, document.contentSHA256,
                document.textSHA256, document.candidateID, document.remoteID, document.classification?.type.rawValue,
                outcome.status.name, code, message, receipt?.attachmentID, receipt?.sink, stages.joined(separator: ","),
                trailJSON(document.trail), filePrint, runID, now,
                identity.map { Int64(bitPattern: $0.inode) }, identity?.changed.totalNanoseconds,
            ]
        )
        if let receipt, let remoteID = document.remoteID, let sha256 = document.contentSHA256 {
            try db.cachedStatement(
                sql: """
                    INSERT INTO deliveries (fingerprint, remote_id, candidate_id, sha256, text_sha256, path,
                                            display_path, attachment_id, sink, run_id, delivered_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(fingerprint, remote_id) DO UPDATE SET
                        path = excluded.path, display_path = excluded.display_path,
                        attachment_id = excluded.attachment_id, run_id = excluded.run_id,
                        delivered_at = excluded.delivered_at, text_sha256 = excluded.text_sha256
                    """
            ).execute(
                arguments: [
                    filePrint, remoteID, document.candidateID ?? "", sha256, document.textSHA256,
                    key(document.file), document.file.displayPath, receipt.attachmentID, receipt.sink, runID, now,
                ]
            )
        }
    }

    /// The trail as JSON: `[{"ms", "notes", "result", "stage"}]`, keys sorted.
    ///
    /// Encoded from a `Codable` record: `JSONSerialization` over dictionaries of `Any`
    /// cost more than the rest of a file's row.
    static func trailJSON(_ trail: [StageRecord]) -> String {
        let records = trail.map { record in
            TrailRecord(
                stage: record.stage, result: record.result.rawValue,
                ms: (record.durationMilliseconds * 100).rounded() / 100, notes: record.notes
            )
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(records)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// One stage of the trail, as the `trail` column holds it.
    private struct TrailRecord: Encodable {
        let stage: String
        let result: String
        let ms: Double
        let notes: [String]
    }

    /// The key of a file: its absolute path, so that a run from another working folder or
    /// with the path typed differently finds the same row.
    static func key(_ file: InputFile) -> String {
        file.absolutePath
    }

    // MARK: Plumbing

    func write<T>(_ body: (Database) throws -> T) throws(LedgerError) -> T {
        do {
            return try database.write(body)
        } catch {
            throw .writeFailed(path: databaseURL.path(percentEncoded: false), reason: "\(error)")
        }
    }

    /// A write from async code: it waits on GRDB's writer without blocking a thread of the
    /// caller's. It runs in a task of its own, so that a caller being cancelled (a run past
    /// its stop deadline) still records what already happened: GRDB's async calls give up
    /// when their task is cancelled.
    func writeAsync<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(LedgerError) -> T {
        let database = self.database
        do {
            return try await Task { try await database.write(body) }.value
        } catch {
            throw .writeFailed(path: databaseURL.path(percentEncoded: false), reason: "\(error)")
        }
    }

    /// A read from async code: it waits on GRDB's reader pool, never blocking a thread of
    /// the caller's (a cooperative one, in a pipeline stage).
    func readAsync<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(LedgerError) -> T {
        do {
            return try await database.read(body)
        } catch {
            throw .unreadable(path: databaseURL.path(percentEncoded: false), reason: "\(error)")
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(LedgerError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw .unreadable(path: databaseURL.path(percentEncoded: false), reason: "\(error)")
        }
    }

    /// The schema, one migration per version; a newer Intake adds migrations, never edits
    /// old ones.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: runs, files, deliveries") { db in
            try db.create(table: "runs") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("started_at", .datetime).notNull()
                table.column("finished_at", .datetime)
                table.column("configuration", .text).notNull()
                table.column("arguments", .text).notNull()
                table.column("files", .integer)
                table.column("counts", .text)
                table.column("stopped_early", .boolean)
            }
            try db.create(table: "files") { table in
                table.primaryKey("path", .text)
                table.column("display_path", .text).notNull()
                table.column("size", .integer).notNull()
                table.column("modified_ns", .integer)
                table.column("sha256", .text)
                table.column("text_sha256", .text)
                table.column("candidate_id", .text)
                table.column("remote_id", .text)
                table.column("type", .text)
                table.column("status", .text).notNull()
                table.column("code", .text)
                table.column("message", .text)
                table.column("attachment_id", .text)
                table.column("sink", .text)
                table.column("stages", .text).notNull()
                // Each stage's result, time and notes, as JSON: what `intake inspect` shows.
                table.column("trail", .text).notNull()
                table.column("fingerprint", .text).notNull()
                table.column("run_id", .integer).notNull().references("runs")
                table.column("recorded_at", .datetime).notNull()
            }
            try db.create(index: "files_by_run", on: "files", columns: ["run_id", "status"])
            try db.create(table: "deliveries") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("fingerprint", .text).notNull()
                table.column("remote_id", .text).notNull()
                table.column("candidate_id", .text).notNull()
                table.column("sha256", .text).notNull()
                table.column("text_sha256", .text)
                table.column("path", .text).notNull()
                table.column("display_path", .text).notNull()
                table.column("attachment_id", .text)
                table.column("sink", .text).notNull()
                table.column("run_id", .integer).notNull().references("runs")
                table.column("delivered_at", .datetime).notNull()
                table.uniqueKey(["fingerprint", "remote_id"])
            }
            try db.create(index: "deliveries_by_text", on: "deliveries", columns: ["fingerprint", "candidate_id", "text_sha256"])
        }
        // The inode and its change time as the walk saw them: a file replaced by a copy
        // that kept its size and modification time (`cp -p`, `rsync -t`) is not unchanged.
        // Rows from v1 have neither, and are compared by size and time as before.
        migrator.registerMigration("v2: files.inode, files.changed_ns") { db in
            try db.alter(table: "files") { table in
                table.add(column: "inode", .integer)
                table.add(column: "changed_ns", .integer)
            }
        }
        // The settings of each run (where it sent, the candidate rules, the threshold), so
        // that a retry runs as the run did. Runs from before have none.
        migrator.registerMigration("v3: runs.settings") { db in
            try db.alter(table: "runs") { table in
                table.add(column: "settings", .text)
            }
        }
        return migrator
    }()
}
