import Foundation
import Intake

/// Why an attachment request could not be built: found before anything is sent, so these
/// are never worth retrying.
public enum AttachmentValidationError: ReportableError, Sendable, Hashable {
    /// The remote id is empty or only whitespace; Endorsed requires one, and an empty one
    /// would turn `remote.<id>` into a path that names no attachment.
    case emptyRemoteID
    /// The candidate id is present but not a UUID.
    case invalidCandidateID(String)
    /// The file name is present but empty; leave it out instead.
    case emptyFileName
    /// The file's content type is empty or holds a character not allowed in a header.
    case invalidFileContentType(String)
    /// The multipart boundary breaks RFC 2046 (1–70 characters from a fixed set).
    case invalidBoundary(String)
    /// A field value contains the boundary, which would end its part early.
    case boundaryInValue(field: String)
    /// The file to upload does not exist.
    case fileNotFound(path: String)
    /// The path to upload is not a regular file (a folder, a device, …).
    case notARegularFile(path: String)
    /// The file's size could not be read.
    case fileUnreadable(path: String, reason: String)
    /// The public file URL of the JSON form is not an absolute `http` or `https` URL.
    case invalidPublicFileURL(String)
    /// The file is larger than the client sends (``EndorsedClient/Configuration/maximumFileBytes``).
    case fileTooLarge(path: String, size: Int64, limit: Int64)

    public var code: String {
        switch self {
        case .emptyRemoteID: "empty_remote_id"
        case .invalidCandidateID: "invalid_candidate_id"
        case .emptyFileName: "empty_file_name"
        case .invalidFileContentType: "invalid_file_content_type"
        case .invalidBoundary: "invalid_boundary"
        case .boundaryInValue: "boundary_in_value"
        case .fileNotFound: "not_found"
        case .notARegularFile: "not_regular_file"
        case .fileUnreadable: "unreadable"
        case .invalidPublicFileURL: "invalid_public_file_url"
        case .fileTooLarge: "file_too_large"
        }
    }

    /// The checks both body forms share: a candidate id, when given, is a UUID; the remote
    /// id is not blank; a file name, when given, is not empty. Returns the candidate.
    static func checkSharedFields(candidateID: String?, remoteID: String, fileName: String?) throws(AttachmentValidationError) -> UUID? {
        var uuid: UUID?
        if let candidateID {
            guard let parsed = UUID(uuidString: candidateID) else { throw .invalidCandidateID(candidateID) }
            uuid = parsed
        }
        guard !remoteID.allSatisfy(\.isWhitespace) else { throw .emptyRemoteID }
        if let fileName, fileName.isEmpty { throw .emptyFileName }
        return uuid
    }

    public var message: String {
        switch self {
        case .emptyRemoteID: "the remote id is empty"
        case .invalidCandidateID(let value): "the candidate id \(value.debugDescription) is not a UUID"
        case .emptyFileName: "the file name is empty"
        case .invalidFileContentType(let value): "the content type \(value.debugDescription) is not a valid header value"
        case .invalidBoundary(let value): "the multipart boundary \(value.debugDescription) is not valid"
        case .boundaryInValue(let field): "the value of \(field) contains the multipart boundary"
        case .fileNotFound(let path): "no file at \(path)"
        case .notARegularFile(let path): "\(path) is not a regular file"
        case .fileUnreadable(let path, let reason): "cannot read the size of \(path): \(reason)"
        case .invalidPublicFileURL(let value): "the public file URL \(value.debugDescription) is not an absolute http or https URL"
        case .fileTooLarge(let path, let size, let limit):
            "\(path) has \(size) bytes, more than the \(limit) bytes an upload may have; it was not sent"
        }
    }
}
