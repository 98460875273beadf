import Foundation
import Intake

/// The body of an attachment create or update, in one of the two forms Endorsed takes.
public enum AttachmentBody: Sendable {
    /// `multipart/form-data` with the file's bytes, streamed from disk.
    case multipart(AttachmentForm)
    /// `application/json` with a `public_file_url` Endorsed downloads the file from.
    case json(AttachmentLink)

    /// The attachment's remote id.
    public var remoteID: String {
        switch self {
        case .multipart(let form): form.remoteID
        case .json(let link): link.remoteID
        }
    }
}

/// The JSON form of an attachment: its fields and the public URL of its file.
public struct AttachmentLink: Sendable, Hashable {
    /// The candidate's UUID, lowercase, or `nil` to leave `candidate_id` out.
    public let candidateID: UUID?
    /// The attachment's id in the originating system.
    public let remoteID: String
    /// The attachment type.
    public let type: AttachmentType
    /// The `file_name` field, when given.
    public let fileName: String?
    /// Where Endorsed downloads the file, without credentials.
    public let publicFileURL: URL

    /// Checks the fields as ``AttachmentForm`` does, and that the URL is absolute `http(s)`.
    public init(candidateID: String?, remoteID: String, type: AttachmentType, fileName: String? = nil, publicFileURL: URL) throws(AttachmentValidationError) {
        let uuid = try AttachmentValidationError.checkSharedFields(candidateID: candidateID, remoteID: remoteID, fileName: fileName)
        guard let scheme = publicFileURL.scheme?.lowercased(), scheme == "https" || scheme == "http",
            publicFileURL.host() != nil
        else { throw .invalidPublicFileURL(publicFileURL.absoluteString) }
        self.candidateID = uuid
        self.remoteID = remoteID
        self.type = type
        self.fileName = fileName
        self.publicFileURL = publicFileURL
    }

    /// The JSON body, keys sorted so that the same attachment is always the same bytes.
    public func jsonBody() -> Data {
        var object: [String: String] = [
            "remote_id": remoteID,
            "type": type.rawValue,
            "public_file_url": publicFileURL.absoluteString,
        ]
        if let candidateID { object["candidate_id"] = candidateID.uuidString.lowercased() }
        if let fileName { object["file_name"] = fileName }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A dictionary of strings always encodes.
        return (try? encoder.encode(object)) ?? Data()
    }
}
