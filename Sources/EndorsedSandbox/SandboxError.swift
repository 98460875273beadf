import Foundation
import Hummingbird

/// An error answer of the sandbox: a status and Endorsed's error envelope,
/// `{"is_error": true, "error": {"code": …, "issues": [{"message": …}]}}`.
///
/// Handlers throw it; ``RecordingMiddleware`` turns it (and any other error) into the
/// answer, so that every error the sandbox gives has the envelope's shape.
struct SandboxError: Error, Sendable, Equatable {
    /// The HTTP status.
    var status: HTTPResponse.Status
    /// The envelope's `code`, for example `VALIDATION_ERROR`.
    var code: String
    /// One `issues[].message` each.
    var messages: [String]
    /// The `Retry-After` header's seconds, for a 429.
    var retryAfterSeconds: Int?

    init(status: HTTPResponse.Status, code: String, messages: [String], retryAfterSeconds: Int? = nil) {
        self.status = status
        self.code = code
        self.messages = messages
        self.retryAfterSeconds = retryAfterSeconds
    }

    /// 400 `VALIDATION_ERROR`, one message per problem, each naming the field.
    static func validation(_ messages: [String]) -> SandboxError {
        SandboxError(status: .badRequest, code: "VALIDATION_ERROR", messages: messages)
    }

    /// 400 `VALIDATION_ERROR` with one message.
    static func validation(_ message: String) -> SandboxError {
        validation([message])
    }

    /// 401 `UNAUTHENTICATED`, worded as Endorsed words it.
    static let unauthenticated = SandboxError(
        status: .unauthorized, code: "UNAUTHENTICATED",
        messages: ["Resource requires authentication. Please provide a valid access token."]
    )

    /// 403 `FORBIDDEN`: the token lacks the scope the call needs.
    static func forbidden(missingScope scope: TokenScope) -> SandboxError {
        SandboxError(
            status: .forbidden, code: "FORBIDDEN",
            messages: ["Access to this resource is not authorized. The access token lacks the scope \(scope.rawValue)."]
        )
    }

    /// 404 `NOT_FOUND`, worded as Endorsed words it.
    static let notFound = SandboxError(
        status: .notFound, code: "NOT_FOUND", messages: ["This resource entity does not exist."]
    )

    /// 409 `CONFLICT`: an attachment that exists may not be written again.
    static let immutable = SandboxError(
        status: .conflict, code: "CONFLICT", messages: ["Attachments are immutable after upload."]
    )

    /// 413 `PAYLOAD_TOO_LARGE`.
    static func payloadTooLarge(_ message: String) -> SandboxError {
        SandboxError(status: .contentTooLarge, code: "PAYLOAD_TOO_LARGE", messages: [message])
    }

    /// 429 `TOO_MANY_REQUESTS` with `Retry-After`.
    static func tooManyRequests(retryAfterSeconds: Int) -> SandboxError {
        SandboxError(
            status: .tooManyRequests, code: "TOO_MANY_REQUESTS",
            messages: ["Too many requests. Retry after \(retryAfterSeconds) seconds."],
            retryAfterSeconds: retryAfterSeconds
        )
    }

    /// 500 `INTERNAL_SERVER_ERROR`, worded as Endorsed words it.
    static let internalServerError = SandboxError(
        status: .internalServerError, code: "INTERNAL_SERVER_ERROR",
        messages: ["An unexpected error occurred on our end. Please try again later, and if the problem persists, contact our support team"]
    )

    /// The error for a status that Hummingbird itself answered (an `HTTPError`), with the
    /// code Endorsed would use for it.
    static func forStatus(_ status: HTTPResponse.Status, message: String?) -> SandboxError {
        switch status.code {
        case 400: validation(message ?? "The request is malformed.")
        case 401: unauthenticated
        case 403: SandboxError(status: .forbidden, code: "FORBIDDEN", messages: ["Access to this resource is not authorized."])
        case 404: notFound
        case 413: payloadTooLarge(message ?? "The request body is too large.")
        case 500...: internalServerError
        default:
            SandboxError(
                status: status,
                code: status.reasonPhrase.uppercased().replacingOccurrences(of: " ", with: "_"),
                messages: [message ?? status.reasonPhrase]
            )
        }
    }

    /// The answer: the envelope as JSON, and `Retry-After` when set.
    var response: Response {
        var response = JSONAnswer.response(status: status, body: Envelope(code: code, messages: messages))
        if let retryAfterSeconds {
            response.headers[.retryAfter] = String(retryAfterSeconds)
        }
        return response
    }

    private struct Envelope: Encodable {
        var code: String
        var messages: [String]

        enum CodingKeys: String, CodingKey {
            case isError = "is_error"
            case error
        }

        enum ErrorKeys: String, CodingKey {
            case code, issues
        }

        struct Issue: Encodable {
            var message: String
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(true, forKey: .isError)
            var error = container.nestedContainer(keyedBy: ErrorKeys.self, forKey: .error)
            try error.encode(code, forKey: .code)
            try error.encode(messages.map(Issue.init(message:)), forKey: .issues)
        }
    }
}
