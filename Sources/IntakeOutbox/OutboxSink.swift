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

    /// Opens (creating if needed) the outbox in `stateDirectory`.
    public init(stateDirectory: URL) throws {
        do {
            try FileManager.default.createDirectory(at: stateDirectory, withIntermediateDirectories: true)
        } catch {
            throw OutboxError(code: "state_unwritable", message: "cannot create the state folder \(stateDirectory.path(percentEncoded: false)): \(error.localizedDescription)")
        }
        databaseURL = stateDirectory.appending(path: "outbox.sqlite")
        do {
            var configuration = Configuration()
            // Another process holding the write lock (a second run on the same state
            // folder) makes writers wait this long before failing, instead of at once.
            configuration.busyMode = .timeout(10)
            database = try DatabasePool(path: databaseURL.path(percentEncoded: false), configuration: configuration)
            try Self.migrator.migrate(database)
        } catch {
            throw OutboxError(code: "outbox_unusable", message: "cannot open the outbox \(databaseURL.path(percentEncoded: false)): \(error)")
        }
    }

    public func deliver(_ document: Document, context: StageContext) async throws -> SinkReceipt {
        let entry = try OutboxEntry(document: document, storedAt: Date())
        let wasNew: Bool
        do {
            wasNew = try await database.write { db in
                let existing = try OutboxEntry.fetchOne(db, key: entry.remoteID)
                var row = entry
                if let existing { row.firstStoredAt = existing.firstStoredAt }
                try row.save(db)
                return existing == nil
            }
        } catch let cancellation as CancellationError {
            // A cancelled run: the file is cancelled, not failed by the outbox. GRDB rolls
            // the write back and throws this when the task is cancelled.
            throw cancellation
        } catch {
            throw OutboxError(code: "outbox_write_failed", message: "cannot write to the outbox: \(error)")
        }
        return SinkReceipt(kind: .stored, sink: name, attachmentID: nil, detail: wasNew ? nil : "already in the outbox; row refreshed")
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
