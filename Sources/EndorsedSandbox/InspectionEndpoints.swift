import Foundation
import Hummingbird

/// Pages for people and tests: what the sandbox received. With an
/// ``SandboxConfiguration/inspectionToken`` they need `Authorization: Bearer <that token>`
/// (``InspectionAuthorization``); an API token does not open them.
///
/// - `GET /sandbox/attachments`: every ``SandboxAttachment`` as a JSON array.
/// - `GET /sandbox/files/<uuid>`: the bytes of an uploaded file.
/// - `GET /sandbox/requests`: every ``SandboxRequestRecord`` as a JSON array.
struct InspectionEndpoints {
    let state: SandboxState

    func attachments(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        JSONAnswer.response(status: .ok, body: state.attachments.all, pretty: true)
    }

    /// The log's records, oldest first; `X-Sandbox-Dropped-Requests` says how many older
    /// ones were dropped to keep the log within its bound.
    func requests(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        var response = JSONAnswer.response(status: .ok, body: state.requests.all, pretty: true)
        response.headers[.init("X-Sandbox-Dropped-Requests")!] = String(state.requests.droppedCount)
        return response
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

/// Lets a `/sandbox/*` page through only with `Authorization: Bearer <inspection token>`
/// when the sandbox has one (401 `UNAUTHENTICATED` otherwise). The pages show every file
/// received, so a sandbox reachable from other machines must not serve them to anyone.
struct InspectionAuthorization: RouterMiddleware {
    typealias Context = SandboxRequestContext

    let token: String?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let token else { return try await next(request, context) }
        guard let header = request.headers[.authorization],
              let offered = AuthenticationMiddleware.bearerToken(header),
              TokenRequest.constantTimeEquals(offered, token)
        else {
            throw SandboxError.unauthenticated
        }
        return try await next(request, context)
    }
}
