import Foundation
import GRDB
import Intake

/// One attachment as the outbox recorded it: the fields an Endorsed upload would carry,
/// and the hashes that identify its content.
public struct OutboxEntry: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "attachments"

    /// The attachment's id in the originating system (see `RemoteID`).
    public var remoteID: String
    /// The candidate, when known.
    public var candidateID: String?
    /// The attachment type's API name (`resume`, …).
    public var type: String
    /// The file name sent with the attachment.
    public var fileName: String
    /// The path the file was read from, as the report shows it. A file held in memory has
    /// none: its key (`InputFile.absolutePath`, such as `upload:<candidate>/<sha256>`)
    /// stands here, and its name in ``fileName``.
    public var path: String
    /// SHA-256 of the bytes.
    public var sha256: String
    /// SHA-256 of the normalised text.
    public var textSHA256: String?
    /// The MIME type found from the bytes.
    public var mime: String
    /// Size in bytes.
    public var size: Int64
    /// The classifier's confidence.
    public var confidence: Double
    /// When the remote id was first stored.
    public var firstStoredAt: Date
    /// When it was last stored.
    public var lastStoredAt: Date

    enum CodingKeys: String, CodingKey {
        case remoteID = "remote_id", candidateID = "candidate_id", type, fileName = "file_name", path
        case sha256, textSHA256 = "text_sha256", mime, size, confidence
        case firstStoredAt = "first_stored_at", lastStoredAt = "last_stored_at"
    }

    init(document: Document, storedAt: Date) throws {
        guard let remoteID = document.remoteID, let sha256 = document.contentSHA256,
              let classification = document.classification, let mime = document.mimeType
        else {
            throw OutboxError(code: "not_ready", message: "the document lacks a remote id, hash, type or MIME type")
        }
        self.remoteID = remoteID
        self.candidateID = document.candidateID
        self.type = classification.type.rawValue
        self.fileName = document.file.fileName
        self.path = document.file.isInMemory ? document.file.absolutePath : document.file.displayPath
        self.sha256 = sha256
        self.textSHA256 = document.textSHA256
        self.mime = mime
        self.size = document.size
        self.confidence = classification.confidence
        self.firstStoredAt = storedAt
        self.lastStoredAt = storedAt
    }
}
