import Foundation

/// An attachment as `GET /api/v1/attachments/{id}` answers it: `id, remote_id, type,
/// file_name, candidate_id, ephemeral_url, created_at, modified_at`, absent values as
/// `null`.
struct AttachmentView: Encodable {
    var attachment: SandboxAttachment
    /// `<origin>/sandbox/files/<id>` for uploaded bytes, else the `public_file_url`.
    var ephemeralURL: String?

    init(_ attachment: SandboxAttachment, origin: String) {
        self.attachment = attachment
        if attachment.storedFile != nil {
            ephemeralURL = "\(origin)/sandbox/files/\(attachment.id.uuidString.lowercased())"
        } else {
            ephemeralURL = attachment.publicFileURL
        }
    }

    enum CodingKeys: String, CodingKey {
        case id
        case remoteID = "remote_id"
        case type
        case fileName = "file_name"
        case candidateID = "candidate_id"
        case ephemeralURL = "ephemeral_url"
        case createdAt = "created_at"
        case modifiedAt = "modified_at"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(attachment.id.uuidString.lowercased(), forKey: .id)
        try container.encode(attachment.remoteID, forKey: .remoteID)
        try container.encode(attachment.type, forKey: .type)
        try container.encode(attachment.fileName, forKey: .fileName)
        try container.encode(attachment.candidateID, forKey: .candidateID)
        try container.encode(ephemeralURL, forKey: .ephemeralURL)
        try container.encode(attachment.createdAt, forKey: .createdAt)
        try container.encode(attachment.modifiedAt, forKey: .modifiedAt)
    }
}
