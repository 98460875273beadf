import AsyncHTTPClient
import CoreMetrics
import Foundation
import Intake
import Logging
import NIOCore

/// Hands out the access token for each call: the static one, or one obtained from client
/// credentials, cached and renewed before it expires.
///
/// Concurrent callers that find no usable token share one token request rather than each
/// sending their own. That shared request runs in a task of its own, so a caller that is
/// cancelled while waiting does not cancel it for the others.
actor TokenProvider {
    private enum State {
        case empty
        /// A token and how long it was valid for when it arrived.
        case ready(AccessToken, lifetime: TimeInterval)
        case fetching(Task<AccessToken, any Error>)
    }

    private let credentials: EndorsedCredentials
    private let tokenURL: String
    private let transport: RetryingTransport
    private let now: @Sendable () -> Date
    private var state = State.empty
    private(set) var tokensObtained = 0
    /// Counts every token obtained (`intake_token_renewals_total`).
    private let renewals: Counter?

    init(
        credentials: EndorsedCredentials, endpoint: EndorsedEndpoint, transport: RetryingTransport, renewals: Counter? = nil,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.credentials = credentials
        self.tokenURL = endpoint.url(for: "auth/tokens")
        self.transport = transport
        self.renewals = renewals
        self.now = now
    }

    /// A token that is not about to expire.
    ///
    /// - Parameter via: the transport for a token call, if one is needed; by default the
    ///   provider's own. A call already under way for other callers is shared as it is.
    func token(via custom: RetryingTransport? = nil) async throws -> AccessToken {
        if case .accessToken(let value) = credentials {
            return AccessToken(value: value, expiresAt: .distantFuture)
        }
        switch state {
        case .ready(let token, let lifetime) where !token.needsRenewal(at: now(), margin: Self.renewalMargin(lifetime: lifetime)):
            return token
        case .fetching(let task):
            return try await task.value
        case .ready, .empty:
            return try await fetch(via: custom)
        }
    }

    /// A token other than `refused`, which the server just answered 401 to: a new one,
    /// unless another caller has already replaced it. Throws the 401 as an
    /// ``EndorsedError`` when the credentials cannot be renewed (a static token).
    func token(replacing refused: AccessToken, refusal: EndorsedError, via custom: RetryingTransport? = nil) async throws -> AccessToken {
        guard credentials.canRenew else { throw refusal }
        switch state {
        case .ready(let current, _) where current != refused:
            return current
        case .fetching(let task):
            return try await task.value
        case .ready, .empty:
            return try await fetch(via: custom)
        }
    }

    /// How long before its expiry a token is renewed: a tenth of its lifetime, at least
    /// one second (a call in flight must not outlive its token) and at most five minutes
    /// (a 14-day token is renewed in its last five minutes, not its last 33 hours).
    static func renewalMargin(lifetime: TimeInterval) -> TimeInterval {
        max(1, min(300, lifetime / 10))
    }

    private func fetch(via custom: RetryingTransport?) async throws -> AccessToken {
        let transport = custom ?? self.transport
        let task = Task { [credentials, tokenURL, now] in
            try await Self.request(credentials: credentials, url: tokenURL, transport: transport, now: now)
        }
        state = .fetching(task)
        do {
            let token = try await task.value
            state = .ready(token, lifetime: token.expiresAt.timeIntervalSince(now()))
            tokensObtained += 1
            renewals?.increment()
            return token
        } catch {
            state = .empty
            throw error
        }
    }

    private static func request(credentials: EndorsedCredentials, url: String, transport: RetryingTransport, now: @Sendable () -> Date) async throws -> AccessToken {
        guard case .clientCredentials(let clientID, let clientSecret, let scopes) = credentials else {
            preconditionFailure("only client credentials are exchanged for tokens")
        }
        var fields = [("grant_type", "client_credentials"), ("client_id", clientID), ("client_secret", clientSecret)]
        if !scopes.isEmpty { fields.append(("scope", scopes.joined(separator: " "))) }
        let form = FormEncoding.encode(fields)
        let answer = try await transport.send("POST auth/tokens") { _ in
            var request = HTTPClientRequest(url: url)
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            request.headers.add(name: "Accept", value: "application/json")
            request.body = .bytes(ByteBuffer(string: form))
            return request
        }
        if answer.echoesCredential && !answer.isSuccess { throw TokenRequestError(refusal: answer.error) }
        do {
            let token = try AccessToken.decode(status: answer.status, body: answer.body, receivedAt: now())
            transport.credentials.remember(token: token.value)
            return token
        } catch {
            throw TokenRequestError(refusal: error)
        }
    }
}

/// The token call failed: the credentials were refused, or the answer was not a token.
public struct TokenRequestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What Endorsed answered.
    public let refusal: EndorsedError

    /// Whether the server refused the credentials themselves (401 or 403), as opposed to
    /// failing to answer properly.
    public var credentialsRefused: Bool { refusal.status == 401 || refusal.status == 403 }

    public var description: String {
        "the Endorsed token call failed: \(refusal.message)"
    }
}

extension TokenRequestError: ReportableError {
    public var code: String { credentialsRefused ? "endorsed_credentials_refused" : refusal.code }
    public var message: String { description }
}

/// `application/x-www-form-urlencoded` as the WHATWG URL standard encodes it.
enum FormEncoding {
    static func encode(_ fields: [(String, String)]) -> String {
        fields.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
    }

    /// Every byte but `A–Z a–z 0–9 * - . _` is percent-encoded, and the space becomes `+`.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "*"), UInt8(ascii: "-"),
                UInt8(ascii: "."), UInt8(ascii: "_"):
                escaped.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                escaped += "+"
            default:
                escaped += String(format: "%%%02X", byte)
            }
        }
        return escaped
    }
}
