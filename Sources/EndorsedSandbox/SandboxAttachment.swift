import Foundation

/// One attachment the sandbox stores, with what a test needs to check a delivery: the
/// fields as received, the hash and size of the bytes, and how many writes it took.
public struct SandboxAttachment: Sendable, Codable, Hashable {
    /// The id the sandbox gave it (answered lowercase).
    public var id: UUID
    /// The `remote_id` it was written with.
    public var remoteID: String
    /// The `type`: `about`, `resume`, `role_preferences` or `work_experiences`.
    public var type: String
    /// The `candidate_id`, when one was given and not empty.
    public var candidateID: String?
    /// The `file_name`, when one was given.
    public var fileName: String?
    /// The `public_file_url` of a JSON write; `nil` for a multipart one.
    public var publicFileURL: String?
    /// Lowercase hex SHA-256 of the received file bytes (multipart only).
    public var sha256: String?
    /// How many file bytes were received (multipart only).
    public var size: Int64?
    /// Where the received bytes are on disk (multipart only).
    public var storedFile: URL?
    /// The `Content-Type` of the file part, when it had one.
    public var contentType: String?
    /// When it was created.
    public var createdAt: Date
    /// When it was last written.
    public var modifiedAt: Date
    /// How many accepted writes it received: 1 after its create, one more per update.
    public var writes: Int

    public init(
        id: UUID, remoteID: String, type: String, candidateID: String? = nil, fileName: String? = nil,
        publicFileURL: String? = nil, sha256: String? = nil, size: Int64? = nil, storedFile: URL? = nil,
        contentType: String? = nil, createdAt: Date, modifiedAt: Date, writes: Int
    ) {
        self.id = id
        self.remoteID = remoteID
        self.type = type
        self.candidateID = candidateID
        self.fileName = fileName
        self.publicFileURL = publicFileURL
        self.sha256 = sha256
        self.size = size
        self.storedFile = storedFile
        self.contentType = contentType
        self.createdAt = createdAt
        self.modifiedAt = modifiedAt
        self.writes = writes
    }
}
