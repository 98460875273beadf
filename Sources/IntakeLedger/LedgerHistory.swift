import Foundation
import GRDB
import Intake

extension Ledger {
    /// The ledger as the `RunHistory` of a run with `fingerprint`, whose
    /// delivered documents went through `deliveringStages`.
    /// Poison files (`FileFailure.isPoison`) stay out of the run while they are
    /// unchanged, unless `retryingPoisonFiles`.
    public func history(_ fingerprint: PipelineFingerprint, deliveringStages: [String], retryingPoisonFiles: Bool = false) -> some RunHistory {
        LedgerHistory(
            ledger: self, fingerprint: fingerprint, deliveryFingerprint: fingerprint.fingerprint(stages: deliveringStages),
            retriesPoisonFiles: retryingPoisonFiles
        )
    }

    /// The ledger as the `DuplicateRegistry` of a run with `fingerprint`: copies
    /// within the run, and documents delivered by earlier runs under another path.
    public func duplicateRegistry(_ fingerprint: PipelineFingerprint, deliveringStages: [String]) -> some DuplicateRegistry {
        let deliveryFingerprint = fingerprint.fingerprint(stages: deliveringStages)
        // A ledger that cannot say is taken to have some: the lookups then stay.
        let hasDeliveries = (try? read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM deliveries WHERE fingerprint = ?)", arguments: [deliveryFingerprint])
        }) ?? true
        return LedgerDuplicateRegistry(ledger: self, fingerprint: deliveryFingerprint, looksUpEarlierDeliveries: hasDeliveries)
    }
}

/// An earlier outcome stands when the file has the size and modification time it had,
/// ended in a final status, and its stages and the configuration are as they were. A
/// `duplicate` stands only while the content it repeats is recorded as delivered: if the
/// first copy failed, the duplicate goes through again and delivers the content itself.
/// A failure is tried again, unless it made the file a poison file.
struct LedgerHistory: RunHistory {
    let ledger: Ledger
    let fingerprint: PipelineFingerprint
    let deliveryFingerprint: String
    /// Whether poison files go through again (`intake retry --failed`).
    let retriesPoisonFiles: Bool

    func earlierOutcome(of file: InputFile, modified: FileTimestamp) async throws -> EarlierOutcome? {
        let key = Ledger.key(file)
        let stored = try await ledger.readAsync { [deliveryFingerprint] db in
            // A cached statement: prepared once per connection, not once per file.
            try Row.fetchOne(db.cachedStatement(sql: """
                SELECT size, modified_ns, inode, changed_ns, status, code, message, stages, fingerprint, run_id, recorded_at, attachment_id, remote_id,
                       type, sink,
                       status != 'duplicate' OR EXISTS (
                           SELECT 1 FROM deliveries AS d
                           WHERE d.fingerprint = ? AND d.candidate_id = COALESCE(files.candidate_id, '')
                             AND (d.sha256 = files.sha256 OR (files.text_sha256 IS NOT NULL AND d.text_sha256 = files.text_sha256))
                       ) AS content_delivered
                FROM files WHERE path = ?
                """), arguments: [deliveryFingerprint, key]).map(StoredFile.init)
        }
        guard let stored,
            stored.size == file.size,
            stored.modifiedNanoseconds == modified.totalNanoseconds,
            stored.isSameInode(as: file.identity),
            stored.outcome.status.standsForAnUnchangedFile || (stored.outcome.failure?.isPoison == true && !retriesPoisonFiles),
            stored.contentDelivered,
            stored.fingerprint == fingerprint.fingerprint(stages: stored.stages)
        else { return nil }
        return stored.outcome
    }

    /// What the ledger holds of a file, as far as this check needs.
    private struct StoredFile: Sendable {
        let size: Int64
        let modifiedNanoseconds: Int64?
        /// The inode and its change time when the row was written; `nil` in rows from
        /// before they were kept.
        let inode: Int64?
        let changedNanoseconds: Int64?
        let stages: [String]
        let fingerprint: String
        let outcome: EarlierOutcome
        /// For a duplicate: whether what it repeats is recorded as delivered.
        let contentDelivered: Bool

        /// Whether the file is the one the row was written for: the same inode, not changed
        /// since (a copy that kept its modification time has a new change time). A row or a
        /// file without them is judged by size and modification time alone.
        func isSameInode(as identity: FileIdentity?) -> Bool {
            guard let identity, let inode, let changedNanoseconds else { return true }
            return inode == Int64(bitPattern: identity.inode) && changedNanoseconds == identity.changed.totalNanoseconds
        }

        init(_ row: Row) {
            contentDelivered = row["content_delivered"]
            size = row["size"]
            modifiedNanoseconds = row["modified_ns"]
            inode = row["inode"]
            changedNanoseconds = row["changed_ns"]
            stages = (row["stages"] as String).split(separator: ",").map(String.init)
            fingerprint = row["fingerprint"]
            // A status this version does not know is taken for a failure: tried again.
            let status = OutcomeStatus(rawValue: row["status"] as String) ?? .failed
            // A failure's stage is the last the file went through.
            let failure = status == .failed
                ? FileFailure(stage: stages.last ?? "", code: row["code"] ?? "error", message: row["message"] ?? "")
                : nil
            outcome = EarlierOutcome(
                runID: row["run_id"], status: status, recordedAt: row["recorded_at"],
                attachmentID: row["attachment_id"], remoteID: row["remote_id"],
                attachmentType: (row["type"] as String?).flatMap(AttachmentType.init(rawValue:)), sink: row["sink"], failure: failure
            )
        }
    }
}

/// Duplicates within the run first (in memory), then documents an earlier run delivered
/// with the same fingerprint, for the same candidate, from another path. The same path
/// is not its own duplicate: a file touched since its delivery goes through again and
/// lands on its attachment.
///
/// A ledger with no delivery of that fingerprint when the registry is made is not asked
/// again: this process holds the state folder, so every delivery recorded after that is
/// of a document this registry kept, and any copy of it is found among the keepers first.
/// A first run over a new state folder then costs no read of the ledger per document.
struct LedgerDuplicateRegistry: DuplicateRegistry {
    let ledger: Ledger
    let fingerprint: String
    /// Whether the ledger held deliveries of `fingerprint` when the registry was made.
    let looksUpEarlierDeliveries: Bool
    // This run's keepers, whether delivered or not; bounded in memory for a long run.
    let inRun = SpillingDuplicateRegistry()

    func claim(_ claim: DuplicateClaim) async throws -> DuplicateReference? {
        if let first = try await inRun.claim(claim) { return first }
        guard looksUpEarlierDeliveries else { return nil }
        let candidate = claim.candidateID ?? ""
        let earlier = try await ledger.readAsync { [fingerprint] db in
            try Row.fetchOne(db.cachedStatement(sql: """
                SELECT display_path, path, run_id, sha256 = ? AS same_bytes FROM deliveries
                WHERE fingerprint = ? AND candidate_id = ? AND (sha256 = ? OR (text_sha256 IS NOT NULL AND text_sha256 = ?))
                ORDER BY same_bytes DESC, delivered_at LIMIT 1
                """), arguments: [claim.contentSHA256, fingerprint, candidate, claim.contentSHA256, claim.textSHA256])
                .map { row -> (path: String, reference: DuplicateReference) in
                    let reference = DuplicateReference(
                        firstPath: row["display_path"], match: (row["same_bytes"] as Bool) ? .sameBytes : .sameText,
                        earlierRunID: row["run_id"]
                    )
                    return (row["path"], reference)
                }
        }
        guard let earlier, earlier.path != claim.absolutePath else { return nil }
        return earlier.reference
    }
}
