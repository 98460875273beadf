import Hummingbird

/// Rolls the fault dice for an attachment call and injects the fault it meets.
/// Server errors, drops and rate limits happen before anything is read; a land-then-error
/// lets the write through and replaces its success with a 500; a partial-body drop reads
/// part of the body and then closes the connection, so the client is cut off while it is
/// still sending.
struct FaultMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    let dice: FaultDice

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let isWrite = request.method == .post || request.method == .put
        switch dice.roll(isWrite: isWrite) {
        case nil:
            return try await next(request, context)
        case .serverError:
            context.trace.fault = .serverError
            throw SandboxError.internalServerError
        case .drop:
            context.trace.fault = .drop
            throw ConnectionDrop()
        case .rateLimit:
            context.trace.fault = .rateLimit
            throw SandboxError.tooManyRequests(retryAfterSeconds: dice.faults.retryAfterSeconds)
        case .partialBodyDrop:
            context.trace.fault = .partialBodyDrop
            try await Self.readPart(of: request)
            throw ConnectionDrop()
        case .tokenError, .tokenDrop:
            // Rolled only for token calls.
            return try await next(request, context)
        case .landThenError:
            let response = try await next(request, context)
            // Only a write that landed gets the fault; a refused one keeps its answer.
            guard (200..<300).contains(response.status.code) else { return response }
            context.trace.fault = .landThenError
            throw SandboxError.internalServerError
        }
    }

    /// Reads half of the body (by its `Content-Length`; its first chunk when the length is
    /// not given) and leaves the rest unread.
    static func readPart(of request: Request) async throws {
        let length = request.headers[.contentLength].flatMap { Int($0) }
        let wanted = max(1, (length ?? 0) / 2)
        var read = 0
        for try await chunk in request.body {
            read += chunk.readableBytes
            if length == nil || read >= wanted { return }
        }
    }
}
