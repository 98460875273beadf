import Foundation
import Intake

/// An error answer from the Endorsed API, or an answer that could not be understood.
///
/// Endorsed answers errors with an envelope:
/// `{"is_error": true, "error": {"code": "UNAUTHENTICATED", "issues": [{"message": "…"}]}}`.
/// ``decode(status:body:)`` turns any non-success answer into this type and never fails:
/// a body that is not the envelope becomes ``Code/unexpectedResponse`` with the status and
/// the start of the body, so a report always says what came back.
///
/// It holds only what the server answered (status, code, messages, a body prefix) and
/// never a request header or token, so it is safe to log and to write to the report.
public struct EndorsedError: ReportableError, Sendable, Hashable {
    /// An Endorsed error code. A struct rather than an enum because Endorsed has codes it
    /// does not document (validation, rate limits): an unknown one is kept as sent instead
    /// of being collapsed into "other" or failing the decoding.
    public struct Code: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
        /// The code exactly as Endorsed sent it.
        public let rawValue: String

        public init(rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { self.rawValue = value }
        public var description: String { rawValue }

        /// 401: the token is missing, wrong or expired.
        public static let unauthenticated: Code = "UNAUTHENTICATED"
        /// 403: the token lacks the scope or the right for this call.
        public static let forbidden: Code = "FORBIDDEN"
        /// 404: no such attachment (or candidate).
        public static let notFound: Code = "NOT_FOUND"
        /// 500: the server failed.
        public static let internalServerError: Code = "INTERNAL_SERVER_ERROR"
        /// Ours, not Endorsed's: the body was not JSON or not the error envelope.
        /// Lowercase so that it can never be mistaken for a code Endorsed sent.
        public static let unexpectedResponse: Code = "unexpected_response"
    }

    /// How many bytes of an unexpected body are kept: enough to recognise a proxy's HTML
    /// page or a truncated answer, short enough for a report line.
    public static let bodyPrefixLimit = 200

    /// The error code: Endorsed's, or ``Code/unexpectedResponse``.
    public let endorsedCode: Code
    /// The HTTP status of the answer.
    public let status: Int
    /// Every `issues[].message` of the envelope, in order (possibly none); for an
    /// unexpected answer, one message saying what was wrong with it.
    public let messages: [String]
    /// For ``Code/unexpectedResponse`` only: the first ``bodyPrefixLimit`` bytes of the body
    /// as text (invalid UTF-8 replaced), or `nil` when it was withheld or did not apply.
    public let bodyPrefix: String?

    /// Makes an error from its parts; ``decode(status:body:)`` is the usual way.
    public init(code: Code, status: Int, messages: [String], bodyPrefix: String? = nil) {
        self.endorsedCode = code
        self.status = status
        self.messages = messages
        self.bodyPrefix = bodyPrefix
    }

    /// Words that mark a body as holding a credential even when its value is not known
    /// (a truncated token, another client's secret): a token answer's field, a form's
    /// secret field, an echoed `Authorization` header. A body quoted as it is (one that is
    /// not the envelope) is withheld when it has any of them.
    static let credentialMarkers = ["access_token", "client_secret", "bearer "]

    /// The message that stands in for the messages of an answer whose text is withheld.
    static let withheldMessage = "the answer's text is withheld: it repeats a credential"

    /// Whether `body` mentions a credential by one of ``credentialMarkers``, in any case.
    static func mentionsCredential(_ body: Data) -> Bool {
        let text = String(decoding: body, as: UTF8.self)
        return credentialMarkers.contains { text.localizedCaseInsensitiveContains($0) }
    }

    /// Whether `text` carries a credential's value: `client_secret=…` or `"client_secret": …`
    /// as a form or JSON sends it, `access_token` with a value, or `Bearer <token>`. An
    /// envelope's message such as "invalid client_secret" names the field without a value
    /// and stays.
    static func carriesCredential(_ text: String) -> Bool {
        let lowered = text.lowercased()
        for field in ["client_secret", "access_token"] {
            var rest = lowered[...]
            while let found = rest.range(of: field) {
                let after = rest[found.upperBound...].drop { $0 == "\"" || $0 == " " }
                if after.first == "=" || after.first == ":" { return true }
                rest = rest[found.upperBound...]
            }
        }
        var rest = lowered[...]
        while let found = rest.range(of: "bearer ") {
            if looksLikeToken(rest[found.upperBound...].drop { $0 == " " }.prefix { !$0.isWhitespace }) { return true }
            rest = rest[found.upperBound...]
        }
        return false
    }

    /// A word after `Bearer` that is a token rather than prose ("a Bearer token"): eight
    /// characters or more of a token's alphabet (RFC 6750's b64token), with a digit or a
    /// sign among them.
    private static func looksLikeToken(_ word: Substring) -> Bool {
        let signs = Set("-._~+/=")
        guard word.count >= 8, word.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || signs.contains($0) }) else { return false }
        return word.contains { $0.isNumber || signs.contains($0) }
    }

    /// The error for an answer that is not what the protocol promises, keeping the start of
    /// its body. A body that mentions a credential (`credentialMarkers`) is withheld,
    /// because it could hold the token or the secret itself.
    public static func unexpected(status: Int, body: Data, reason: String) -> EndorsedError {
        unexpected(status: status, body: body, reason: reason, withholding: false)
    }

    /// ``unexpected(status:body:reason:)``, withholding the body also when `withholding`
    /// (the client found one of its own secret values in it).
    static func unexpected(status: Int, body: Data, reason: String, withholding: Bool) -> EndorsedError {
        let withheld = withholding || mentionsCredential(body)
        let prefix = String(decoding: body.prefix(bodyPrefixLimit), as: UTF8.self)
        return EndorsedError(
            code: .unexpectedResponse, status: status, messages: [reason],
            bodyPrefix: withheld ? nil : prefix
        )
    }

    /// Decodes a non-success answer. Never fails: see the type's documentation. When a
    /// message of the envelope carries a credential (`client_secret=…`, `Bearer …`), the
    /// envelope's code is kept and its messages are withheld.
    public static func decode(status: Int, body: Data) -> EndorsedError {
        decode(status: status, body: body, withholding: false)
    }

    /// ``decode(status:body:)``, withholding the text also when `withholding` (the client
    /// found one of its own secret values in the body).
    static func decode(status: Int, body: Data, withholding: Bool) -> EndorsedError {
        guard !body.isEmpty else {
            return unexpected(status: status, body: body, reason: "empty body")
        }
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: body)
        } catch {
            return unexpected(status: status, body: body, reason: "body is not the Endorsed error envelope", withholding: withholding)
        }
        // `is_error` false (or a success body with an error status) is not an error
        // envelope: reporting it as one would hide what actually came back.
        guard envelope.isError, let error = envelope.error, let code = error.code else {
            return unexpected(status: status, body: body, reason: "body is not the Endorsed error envelope", withholding: withholding)
        }
        let messages = (error.issues ?? []).compactMap(\.message)
        let withholdsMessages = withholding || messages.contains(where: carriesCredential)
        return EndorsedError(code: Code(rawValue: code), status: status, messages: withholdsMessages ? [withheldMessage] : messages)
    }

    // MARK: ReportableError

    /// A stable snake_case code for reports: Endorsed's code lowercased, anything outside
    /// `[a-z0-9_]` replaced by `_` (so an odd code from the server cannot break a report's
    /// conventions), prefixed `endorsed_` unless it is ``Code/unexpectedResponse``.
    public var code: String {
        if endorsedCode == .unexpectedResponse { return endorsedCode.rawValue }
        let cleaned = String(endorsedCode.rawValue.lowercased().unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "a"..."z", "0"..."9", "_": Character(scalar)
            default: "_"
            }
        })
        return "endorsed_" + (cleaned.isEmpty ? "unknown" : cleaned)
    }

    /// What went wrong, for a person: status, Endorsed's code and every message (or, for an
    /// unexpected answer, the reason and the start of the body).
    public var message: String {
        var text = "Endorsed answered HTTP \(status)"
        if endorsedCode != .unexpectedResponse { text += " \(endorsedCode.rawValue)" }
        if !messages.isEmpty { text += ": " + messages.joined(separator: "; ") }
        if let bodyPrefix {
            text += bodyPrefix.isEmpty ? "" : " (body starts: \(bodyPrefix.debugDescription))"
        } else if endorsedCode == .unexpectedResponse {
            text += " (body withheld)"
        }
        return text
    }

    /// The API's own code (`api_code`, as sent) and the HTTP status (`http_status`), for the
    /// report beside ``code``.
    public var details: [String: String] {
        ["api_code": endorsedCode.rawValue, "http_status": String(status)]
    }

    // The envelope, leniently: every part optional so that a malformed one becomes an
    // `unexpected_response` with the body, not a decoding error without it.
    private struct Envelope: Decodable {
        var isError: Bool
        var error: Body?

        enum CodingKeys: String, CodingKey {
            case isError = "is_error"
            case error
        }

        struct Body: Decodable {
            var code: String?
            var issues: [Issue]?
        }

        struct Issue: Decodable {
            var message: String?
        }
    }
}
