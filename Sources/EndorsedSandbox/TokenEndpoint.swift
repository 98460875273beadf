import Hummingbird

/// `POST /api/v1/auth/tokens`: client credentials in, a bearer token out. A token call
/// may meet the token faults of ``SandboxFaults`` (a 500, or a dropped connection).
///
/// ```json
/// {"is_error": false, "access_token": "sbx_…", "token_type": "Bearer", "expires_in": "3600", "scope": ["all:read", "all:write"]}
/// ```
/// `expires_in` is a string of whole seconds, as Endorsed sends it.
struct TokenEndpoint {
    let state: SandboxState

    func issue(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        // Faults come before anything is read: the body is not looked at, nothing issued.
        switch state.dice.rollToken() {
        case .tokenError:
            context.trace.fault = .tokenError
            throw SandboxError.internalServerError
        case .tokenDrop:
            context.trace.fault = .tokenDrop
            throw ConnectionDrop()
        default:
            break
        }
        let tokenRequest = try await TokenRequest.read(request)
        let configuration = state.configuration
        let scopes = try tokenRequest.validate(clientID: configuration.clientID, clientSecret: configuration.clientSecret)
        let token = state.tokens.issue(scopes: scopes)
        let answer = Answer(
            accessToken: token,
            expiresIn: String(max(configuration.tokenLifetime.components.seconds, 0)),
            scope: scopes.sorted().map(\.rawValue)
        )
        return JSONAnswer.response(status: .ok, body: answer)
    }

    private struct Answer: Encodable {
        var isError = false
        var accessToken: String
        var tokenType = "Bearer"
        var expiresIn: String
        var scope: [String]

        enum CodingKeys: String, CodingKey {
            case isError = "is_error"
            case accessToken = "access_token"
            case tokenType = "token_type"
            case expiresIn = "expires_in"
            case scope
        }
    }
}
