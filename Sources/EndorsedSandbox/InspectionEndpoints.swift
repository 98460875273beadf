import Foundation
import Hummingbird

/// Pages for people and tests, without authentication: what the sandbox received.
///
/// - `GET /sandbox/attachments`: every ``SandboxAttachment`` as a JSON array.
/// - `GET /sandbox/files/<uuid>`: the bytes of an uploaded file.
/// - `GET /sandbox/requests`: every ``SandboxRequestRecord`` as a JSON array.
struct InspectionEndpoints {
    let state: SandboxState

    func attachments(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        JSONAnswer.response(status: .ok, body: state.attachments.all, pretty: true)
    }

    func requests(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        JSONAnswer.response(status: .ok, body: state.requests.all, pretty: true)
    }

    func file(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        guard let text = context.parameters.get("id"),
              let id = UUID(uuidString: text),
              let attachment = state.attachments.find(id: id),
              let storedFile = attachment.storedFile
        else {
            throw SandboxError.notFound
        }
        let body = try await FileIO().loadFile(path: storedFile.path(percentEncoded: false), context: context)
        // The bytes are whatever a client sent: served with the type it gave, but never
        // sniffed and never run as a page with scripts.
        return Response(
            status: .ok,
            headers: [
                .contentType: attachment.contentType ?? "application/octet-stream",
                .xContentTypeOptions: "nosniff",
                .contentSecurityPolicy: "sandbox",
            ],
            body: body
        )
    }
}
