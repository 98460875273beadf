import Foundation

/// An Endorsed access token from `POST /api/v1/auth/tokens`, with the moment it expires.
///
/// Endorsed has no refresh token: a client asks for a new token before this one expires,
/// which ``needsRenewal(at:margin:)`` decides. Its `description`, `debugDescription` and
/// mirror (`dump`) never show the token, so logging or interpolating one cannot leak it;
/// only ``value`` and ``authorizationHeaderValue`` hold it.
public struct AccessToken: Sendable, Hashable {
    /// The token itself. Send it only in the `Authorization` header.
    public let value: String
    /// The token type, `Bearer`.
    public let tokenType: String
    /// The scopes granted, for example `all:read` and `all:write`.
    public let scopes: [String]
    /// When the token stops being accepted: the moment the answer arrived plus `expires_in`.
    public let expiresAt: Date

    /// Makes a token from its parts; ``decode(status:body:receivedAt:)`` is the usual way.
    public init(value: String, tokenType: String = "Bearer", scopes: [String] = [], expiresAt: Date) {
        self.value = value
        self.tokenType = tokenType
        self.scopes = scopes
        self.expiresAt = expiresAt
    }

    /// The value of the `Authorization` header for every other call.
    public var authorizationHeaderValue: String { "Bearer \(value)" }

    /// Whether to ask for a new token before a call at `date`: true once `date` is within
    /// `margin` seconds of the expiry (or past it). The margin covers the call's own
    /// duration and clock skew, so a token does not expire in flight.
    public func needsRenewal(at date: Date, margin: TimeInterval = 300) -> Bool {
        date.addingTimeInterval(margin) >= expiresAt
    }

    /// Decodes the token answer. `now` is when the answer arrived (the expiry counts from
    /// it, not from when the request left, which errs on the early side).
    ///
    /// An error envelope becomes that ``EndorsedError``; any other answer that is not a
    /// usable token becomes ``EndorsedError/Code/unexpectedResponse`` whose message names the
    /// faulty field and which never carries the body, since the body may hold a token.
    public static func decode(status: Int = 200, body: Data, receivedAt now: Date) throws(EndorsedError) -> AccessToken {
        func unexpected(_ reason: String) -> EndorsedError {
            EndorsedError(code: .unexpectedResponse, status: status, messages: [reason], bodyPrefix: nil)
        }
        let answer: Answer
        do {
            answer = try JSONDecoder().decode(Answer.self, from: body)
        } catch {
            // Not JSON, or a field of the wrong type: the envelope decoder says which, and it
            // withholds a body that mentions access_token.
            throw EndorsedError.decode(status: status, body: body)
        }
        if answer.isError == true || !(200..<300).contains(status) {
            throw EndorsedError.decode(status: status, body: body)
        }
        guard let token = answer.accessToken, !token.isEmpty else {
            throw unexpected("token answer has no access_token")
        }
        let tokenType = answer.tokenType ?? "Bearer"
        // Anything but Bearer would make the Authorization header we send wrong.
        guard tokenType.caseInsensitiveCompare("Bearer") == .orderedSame else {
            throw unexpected("token answer has token_type \(tokenType.debugDescription), not Bearer")
        }
        guard let seconds = answer.expiresIn else {
            throw unexpected("token answer has no usable expires_in")
        }
        return AccessToken(value: token, tokenType: tokenType, scopes: answer.scope ?? [], expiresAt: now.addingTimeInterval(seconds))
    }

    private struct Answer: Decodable {
        var isError: Bool?
        var accessToken: String?
        var tokenType: String?
        /// Seconds; `nil` when absent, not a number, negative or not finite.
        var expiresIn: TimeInterval?
        var scope: [String]?

        enum CodingKeys: String, CodingKey {
            case isError = "is_error"
            case accessToken = "access_token"
            case tokenType = "token_type"
            case expiresIn = "expires_in"
            case scope
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            isError = try container.decodeIfPresent(Bool.self, forKey: .isError)
            accessToken = try? container.decodeIfPresent(String.self, forKey: .accessToken)
            tokenType = try? container.decodeIfPresent(String.self, forKey: .tokenType)
            // Endorsed documents expires_in as a string ("1209600"); OAuth servers send a
            // number. Accept both, so a fix on their side does not break us.
            let seconds: Double?
            if let text = try? container.decodeIfPresent(String.self, forKey: .expiresIn) {
                seconds = Double(text.trimmingCharacters(in: .whitespaces))
            } else {
                seconds = try? container.decodeIfPresent(Double.self, forKey: .expiresIn)
            }
            expiresIn = seconds.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
            // An array per the docs; a space-separated string as OAuth has it.
            if let list = try? container.decodeIfPresent([String].self, forKey: .scope) {
                scope = list
            } else if let text = try? container.decodeIfPresent(String.self, forKey: .scope) {
                scope = text.split(separator: " ").map(String.init)
            } else {
                scope = nil
            }
        }
    }
}

extension AccessToken: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The token's type, scopes and expiry, with the token itself redacted.
    public var description: String {
        "AccessToken(\(tokenType), scope: [\(scopes.joined(separator: " "))], expires: \(expiresAt.ISO8601Format()), value: <redacted>)"
    }

    /// The same as ``description``: the token stays redacted in the debugger and in `print`
    /// of collections too.
    public var debugDescription: String { description }

    /// A mirror without the token, so `dump` and the debugger's child view cannot show it.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "value": "<redacted>",
            "tokenType": tokenType,
            "scopes": scopes,
            "expiresAt": expiresAt,
        ], displayStyle: .struct)
    }
}
