import Foundation
import Hummingbird

/// Reads a create or update body in the form its Content-Type names: `multipart/form-data`
/// (also when Content-Type is absent, as Endorsed documents) or `application/json`.
struct AttachmentBodyReader {
    var incomingDirectory: URL
    var keepsFileBytes: Bool
    var maximumFileSize: Int64

    func read(_ request: Request) async throws -> AttachmentFields {
        guard let contentType = request.headers[.contentType] else {
            throw SandboxError.validation(
                "Content-Type is missing, so the body is taken as multipart/form-data, which needs a boundary: send Content-Type: multipart/form-data; boundary=…, or application/json."
            )
        }
        let mediaType = HeaderValue(parsing: contentType)
        switch mediaType.value {
        case "multipart/form-data":
            guard let boundary = mediaType.parameters["boundary"], !boundary.isEmpty else {
                throw SandboxError.validation("Content-Type multipart/form-data has no boundary parameter.")
            }
            guard boundary.utf8.count <= 70 else {
                throw SandboxError.validation("Content-Type's boundary is longer than 70 characters.")
            }
            let reader = MultipartFormReader(
                boundary: boundary, incomingDirectory: incomingDirectory, keepsFileBytes: keepsFileBytes,
                maximumFileSize: maximumFileSize
            )
            return try await reader.read(request.body)
        case "application/json":
            return try await JSONAttachmentReader.read(request.body)
        default:
            throw SandboxError.validation(
                "Content-Type \(AttachmentWrite.quoted(mediaType.value)) is not supported: send multipart/form-data or application/json."
            )
        }
    }
}
