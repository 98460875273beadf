import Foundation
import GRDB
import Intake

/// The embedded default sink: records in a SQLite file exactly what would be sent to
/// Endorsed for each document, instead of sending it.
///
/// One row per remote id, so delivering a document again (a re-run, a retry) updates its
/// row instead of adding one: the same idempotence the Endorsed upsert gives. The
/// database lives at `<state folder>/outbox.sqlite` and can be read with any SQLite tool:
///
/// ```sh
/// sqlite3 .intake/outbox.sqlite 'select remote_id, type, file_name from attachments'
/// ```
///
/// ```swift
/// let outbox = try OutboxSink(stateDirectory: URL(filePath: ".intake"))
/// let pipeline = Pipeline { /* … */ Upload(to: outbox) }
/// ```
public final class OutboxSink: AttachmentSink {
    public let name = "outbox"

    /// The database file.
    public let databaseURL: URL

    private let database: DatabasePool
    /// The rows waiting for the next commit, and the commit that writes them.
    private let commits: GroupCommit<OutboxEntry, Bool>

    /// Opens (creating if needed) the outbox in `stateDirectory`.
    public init(stateDirectory: URL) throws {
        do {
            try FileManager.default.createDirectory(at: stateDirectory, withIntermediateDirectories: true)
        } catch {
            throw OutboxError(code: "state_unwritable", message: "cannot create the state folder \(stateDirectory.path(percentEncoded: false)): \(error.localizedDescription)")
        }
        databaseURL = stateDirectory.appending(path: "outbox.sqlite")
        let database: DatabasePool
        do {
            var configuration = Configuration()
            // Another process holding the write lock (a second run on the same state
            // folder) makes writers wait this long before failing, instead of at once.
            configuration.busyMode = .timeout(10)
            database = try DatabasePool(path: databaseURL.path(percentEncoded: false), configuration: configuration)
            // GRDB sets WAL's `synchronous = NORMAL` on the writer as it opens a pool, after
            // any `prepareDatabase`: a commit would then reach the disk only at the next
            // checkpoint, and a power cut could lose a row the ledger already records as
            // stored. FULL syncs each commit; the group commit keeps that affordable.
            try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            try Self.migrator.migrate(database)
        } catch {
            throw OutboxError(code: "outbox_unusable", message: "cannot open the outbox \(databaseURL.path(percentEncoded: false)): \(error)")
        }
        self.database = database
        commits = GroupCommit { entries in
            do {
                return .success(try await database.writeWithoutTransaction { db in try Self.commit(entries, in: db) })
            } catch {
                return .failure(error)
            }
        }
    }

    /// Stores `document`'s row and returns once it is committed and synced to disk (the
    /// writer runs with `synchronous = FULL`), so that a document the ledger then records
    /// as stored stays stored through a power cut.
    ///
    /// Deliveries that arrive while a commit is syncing are written together in the next
    /// one (a group commit, see `GroupCommit`): one sync for many documents, each still
    /// acknowledged only after its own row is on disk. A delivery from a task already
    /// cancelled writes nothing and throws `CancellationError`; once its row is queued, the
    /// commit that carries it runs to its end whatever happens to the caller, since it
    /// may carry other documents' rows as well.
    public func deliver(_ document: Document, context: StageContext) async throws -> SinkReceipt {
        try Task.checkCancellation()
        // The row's dates are set by the commit that stores it.
        let entry = try OutboxEntry(document: document, storedAt: Date())
        let wasNew: Bool
        switch await commits.submit(entry) {
        case .success(let isNew):
            wasNew = isNew
        case .failure(let error):
            throw OutboxError(code: "outbox_write_failed", message: "cannot write to the outbox: \(error)")
        }
        return SinkReceipt(kind: .stored, sink: name, attachmentID: nil, detail: wasNew ? nil : "already in the outbox; row refreshed")
    }

    /// Writes `entries` in one transaction and says of each whether it was new. An error
    /// (a full disk, an I/O error) rolls the whole transaction back: the rows of one commit
    /// succeed or fail together.
    private static func commit(_ entries: [OutboxEntry], in db: Database) throws -> [Bool] {
        var outcomes: [Bool] = []
        try db.inTransaction {
            outcomes = []
            // One time for the whole commit, encoded once: it is when these rows were stored.
            let storedAt = Date().databaseValue
            // Cached statements: prepared once per connection, not once per row.
            let lookup = try db.cachedStatement(sql: "SELECT 1 FROM attachments WHERE remote_id = ?")
            let upsert = try db.cachedStatement(
                sql: """
                    INSERT INTO attachments (remote_id, candidate_id, type, file_name, path, sha256, text_sha256,
                                             mime, size, confidence, first_stored_at, last_stored_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(remote_id) DO UPDATE SET
                        candidate_id = excluded.candidate_id, type = excluded.type, file_name = excluded.file_name,
                        path = excluded.path, sha256 = excluded.sha256, text_sha256 = excluded.text_sha256,
                        mime = excluded.mime, size = excluded.size, confidence = excluded.confidence,
                        last_stored_at = excluded.last_stored_at
                    """
            )
            for entry in entries {
                let isNew = try Bool.fetchOne(lookup, arguments: [entry.remoteID]) == nil
                try upsert.execute(arguments: [
                    entry.remoteID, entry.candidateID, entry.type, entry.fileName, entry.path, entry.sha256,
                    entry.textSHA256, entry.mime, entry.size, entry.confidence, storedAt, storedAt,
                ])
                outcomes.append(isNew)
            }
            return .commit
        }
        return outcomes
    }

    /// The writer's `PRAGMA synchronous` (2 is FULL), for the tests that hold it there.
    func writerSynchronousSetting() async throws -> Int? {
        try await database.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
    }

    /// Every entry in the outbox, ordered by path.
    public func entries() async throws -> [OutboxEntry] {
        try await database.read { db in
            try OutboxEntry.order(Column("path")).fetchAll(db)
        }
    }

    /// The schema, one migration per version; a newer Intake adds migrations, never
    /// edits old ones.
    private static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: attachments") { db in
            try db.create(table: OutboxEntry.databaseTableName) { table in
                table.primaryKey("remote_id", .text)
                table.column("candidate_id", .text)
                table.column("type", .text).notNull()
                table.column("file_name", .text).notNull()
                table.column("path", .text).notNull()
                table.column("sha256", .text).notNull()
                table.column("text_sha256", .text)
                table.column("mime", .text).notNull()
                table.column("size", .integer).notNull()
                table.column("confidence", .double).notNull()
                table.column("first_stored_at", .datetime).notNull()
                table.column("last_stored_at", .datetime).notNull()
            }
        }
        return migrator
    }()
}

/// An error of the outbox: the state folder or the database cannot be used.
public struct OutboxError: ReportableError {
    public let code: String
    public let message: String
}
