import Hummingbird
import Logging

/// The sandbox's routes and middleware.
///
/// ```
/// RecordingMiddleware                          every route: envelopes, latency, drops, the log
/// ├─ POST   /api/v1/auth/tokens                TokenEndpoint
/// ├─ /api/v1/attachments  FaultMiddleware → AuthenticationMiddleware
/// │  ├─ POST   /                               create
/// │  └─ GET, PUT, DELETE  /{id}                read, update or upsert, delete
/// ├─ /sandbox  InspectionAuthorization
/// │  └─ GET    attachments, requests, files/{uuid}
/// └─ anything else                             404 NOT_FOUND
/// ```
enum SandboxRouter {
    static func make(state: SandboxState, logger: Logger) -> Router<SandboxRequestContext> {
        let router = Router(context: SandboxRequestContext.self)
        router.add(middleware: RecordingMiddleware(state: state, logger: logger))

        let tokens = TokenEndpoint(state: state)
        router.post("/api/v1/auth/tokens") { request, context in
            try await tokens.issue(request, context: context)
        }

        let attachments = AttachmentEndpoints(state: state)
        router.group("/api/v1/attachments")
            .add(middleware: FaultMiddleware(dice: state.dice))
            .add(middleware: AuthenticationMiddleware(tokens: state.tokens))
            .post { request, context in try await attachments.create(request, context: context) }
            .get(":id") { request, context in try await attachments.read(request, context: context) }
            .put(":id") { request, context in try await attachments.update(request, context: context) }
            .delete(":id") { request, context in try await attachments.delete(request, context: context) }

        let inspection = InspectionEndpoints(state: state)
        router.group("/sandbox")
            .add(middleware: InspectionAuthorization(token: state.configuration.inspectionToken))
            .get("attachments") { request, context in try await inspection.attachments(request, context: context) }
            .get("requests") { request, context in try await inspection.requests(request, context: context) }
            .get("files/:id") { request, context in try await inspection.file(request, context: context) }
        return router
    }
}
