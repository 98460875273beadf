import Foundation
import Hummingbird

/// Lets an attachment call through only with `Authorization: Bearer <token>` for a valid
/// token (401 otherwise) that has the call's scope: `all:read` for reads, `all:write` for
/// writes and deletes (403 otherwise).
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    let tokens: TokenRegistry

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization],
              let token = Self.bearerToken(header),
              let scopes = tokens.scopes(of: token)
        else {
            throw SandboxError.unauthenticated
        }
        let needed: TokenScope = request.method == .get || request.method == .head ? .read : .write
        guard scopes.contains(needed) else { throw SandboxError.forbidden(missingScope: needed) }
        return try await next(request, context)
    }

    /// The token of a `Bearer` header (scheme case-insensitive, RFC 9110 §11.1).
    static func bearerToken(_ header: String) -> String? {
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }
}
