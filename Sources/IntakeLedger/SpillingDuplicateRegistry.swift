import Foundation
import GRDB
import Intake
import Synchronization

/// A `DuplicateRegistry` for one run whose memory does not grow with the number of files:
/// the first ``inMemoryLimit`` claims are kept in memory, and every claim after them in a
/// private temporary SQLite database, which SQLite deletes when the registry goes away.
///
/// A run must remember each document it kept, to find the copies that come after it. In
/// memory that costs some 700 bytes a file (hashes, candidate, path), which a run over a
/// million files cannot afford; on disk a claim costs a lookup and an insert into a table
/// that SQLite pages through a bounded cache.
///
/// Claims are atomic as `DuplicateRegistry` requires: before the spill under one lock,
/// after it in the database's serial writer, which also reads the claims kept in memory
/// (no longer changed after the spill).
public final class SpillingDuplicateRegistry: DuplicateRegistry {
    /// Claims kept in memory before the rest go to the temporary database.
    public let inMemoryLimit: Int

    /// The claims after the first ``inMemoryLimit``, and those kept in memory before.
    private final class Spill: Sendable {
        let database: DatabaseQueue
        let inMemory: DuplicateKeepers

        init(inMemory: DuplicateKeepers) throws {
            self.inMemory = inMemory
            var configuration = Configuration()
            // Nothing here needs to survive the process: no journal, no sync.
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
            }
            // An empty path is SQLite's private temporary database: on disk once it outgrows
            // its cache, deleted when closed.
            database = try DatabaseQueue(path: "", configuration: configuration)
            try database.write { db in
                try db.execute(sql: """
                    CREATE TABLE bytes (candidate_id TEXT NOT NULL, hash TEXT NOT NULL, path TEXT NOT NULL,
                                        PRIMARY KEY (candidate_id, hash)) WITHOUT ROWID;
                    CREATE TABLE text (candidate_id TEXT NOT NULL, hash TEXT NOT NULL, path TEXT NOT NULL,
                                       PRIMARY KEY (candidate_id, hash)) WITHOUT ROWID;
                    """)
            }
        }

        func claim(_ claim: DuplicateClaim) async throws -> DuplicateReference? {
            try await database.write { [inMemory] db in
                let candidate = claim.candidateID ?? ""
                // The same order as in memory: the same bytes first, anywhere, then the same text.
                if let reference = inMemory.sameBytes(as: claim) { return reference }
                if let first = try String.fetchOne(
                    db.cachedStatement(sql: "SELECT path FROM bytes WHERE candidate_id = ? AND hash = ?"),
                    arguments: [candidate, claim.contentSHA256]
                ) {
                    return DuplicateReference(firstPath: first, match: .sameBytes)
                }
                if let reference = inMemory.sameText(as: claim) { return reference }
                if let hash = claim.textSHA256, let first = try String.fetchOne(
                    db.cachedStatement(sql: "SELECT path FROM text WHERE candidate_id = ? AND hash = ?"), arguments: [candidate, hash]
                ) {
                    return DuplicateReference(firstPath: first, match: .sameText)
                }
                try db.cachedStatement(sql: "INSERT OR REPLACE INTO bytes VALUES (?, ?, ?)")
                    .execute(arguments: [candidate, claim.contentSHA256, claim.path])
                if let hash = claim.textSHA256 {
                    try db.cachedStatement(sql: "INSERT OR REPLACE INTO text VALUES (?, ?, ?)").execute(arguments: [candidate, hash, claim.path])
                }
                return nil
            }
        }
    }

    private enum State {
        case inMemory(DuplicateKeepers)
        case spilled(Spill)
    }

    private let state = Mutex<State>(.inMemory(DuplicateKeepers()))

    /// Creates an empty registry.
    ///
    /// - Parameter inMemoryLimit: claims kept in memory (some 700 bytes each) before the
    ///   rest go to a temporary database; 20,000 by default, about 14 MB.
    public init(inMemoryLimit: Int = 20_000) {
        self.inMemoryLimit = max(0, inMemoryLimit)
    }

    /// Whether the claims have outgrown memory and go to the temporary database.
    public var hasSpilled: Bool {
        state.withLock { state in
            if case .spilled = state { return true }
            return false
        }
    }

    public func claim(_ claim: DuplicateClaim) async throws -> DuplicateReference? {
        enum Decision {
            case answered(DuplicateReference?)
            case spilled(Spill)
        }
        let decision = try state.withLock { state throws -> Decision in
            switch state {
            case .spilled(let spill):
                return .spilled(spill)
            case .inMemory(var keepers):
                if let earlier = keepers.earlier(than: claim) { return .answered(earlier) }
                guard keepers.count < inMemoryLimit else {
                    let spill = try Spill(inMemory: keepers)
                    state = .spilled(spill)
                    return .spilled(spill)
                }
                // Out of `state` while it changes, so that the dictionaries are not copied.
                state = .inMemory(DuplicateKeepers())
                keepers.keep(claim)
                state = .inMemory(keepers)
                return .answered(nil)
            }
        }
        switch decision {
        case .answered(let reference): return reference
        case .spilled(let spill): return try await spill.claim(claim)
        }
    }
}
