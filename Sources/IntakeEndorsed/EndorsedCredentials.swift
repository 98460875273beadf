import Crypto
import Foundation

/// How the client authenticates: a ready access token, or client credentials that it
/// exchanges for tokens itself (and again before each one expires).
///
/// Like ``AccessToken``, its descriptions and mirror never show a token or a secret.
///
/// ```swift
/// let credentials = try EndorsedCredentials.fromEnvironment(ProcessInfo.processInfo.environment)
/// ```
public enum EndorsedCredentials: Sendable, Hashable {
    /// A token obtained elsewhere. It cannot be renewed: when it expires or is refused,
    /// calls fail with `UNAUTHENTICATED`.
    case accessToken(String)
    /// A client id (a UUID) and secret for `POST /auth/tokens` with
    /// `grant_type=client_credentials`. `scopes` empty asks for the server's default.
    case clientCredentials(clientID: String, clientSecret: String, scopes: [String] = [])

    /// The environment variable holding a ready access token.
    public static let accessTokenVariable = "ENDORSED_ACCESS_TOKEN"
    /// The environment variable holding the client id.
    public static let clientIDVariable = "ENDORSED_CLIENT_ID"
    /// The environment variable holding the client secret.
    public static let clientSecretVariable = "ENDORSED_CLIENT_SECRET"

    /// Reads credentials from `environment`: `ENDORSED_ACCESS_TOKEN`, or else both
    /// `ENDORSED_CLIENT_ID` and `ENDORSED_CLIENT_SECRET`. Empty values count as unset.
    ///
    /// - Throws: ``CredentialsError`` saying what to set, when neither is complete.
    public static func fromEnvironment(_ environment: [String: String]) throws(CredentialsError) -> EndorsedCredentials {
        func value(_ name: String) -> String? {
            guard let raw = environment[name] else { return nil }
            let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        let token = value(accessTokenVariable)
        let clientID = value(clientIDVariable)
        let clientSecret = value(clientSecretVariable)
        if let token {
            return .accessToken(token)
        }
        switch (clientID, clientSecret) {
        case (let id?, let secret?):
            return .clientCredentials(clientID: id, clientSecret: secret)
        case (nil, nil):
            throw .missing
        case (nil, _):
            throw .incomplete(missingVariable: clientIDVariable)
        case (_, nil):
            throw .incomplete(missingVariable: clientSecretVariable)
        }
    }

    /// Which account the credentials act for, safe to store: the client id, or for a static
    /// token the first 8 hex digits of its SHA-256 (not enough to recover or use it).
    public var accountKey: String {
        switch self {
        case .clientCredentials(let clientID, _, _): "client:" + clientID.lowercased()
        case .accessToken(let token): "token:" + SHA256.hash(data: Data(token.utf8)).prefix(4).map { String(format: "%02x", $0) }.joined()
        }
    }

    /// Whether a refused or expired token can be replaced by asking for a new one.
    public var canRenew: Bool {
        if case .clientCredentials = self { return true }
        return false
    }
}

extension EndorsedCredentials: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The kind of credentials and the client id, never the token or the secret.
    public var description: String {
        switch self {
        case .accessToken: "access token (<redacted>)"
        case .clientCredentials(let clientID, _, _): "client credentials for \(clientID) (secret <redacted>)"
        }
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror { Mirror(reflecting: description) }
}

/// Why no credentials could be read from the environment.
public enum CredentialsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// None of the variables is set.
    case missing
    /// Client credentials are half set.
    case incomplete(missingVariable: String)

    public var description: String {
        switch self {
        case .missing:
            "no Endorsed credentials: set \(EndorsedCredentials.accessTokenVariable), or \(EndorsedCredentials.clientIDVariable) and \(EndorsedCredentials.clientSecretVariable)"
        case .incomplete(let variable):
            "incomplete Endorsed client credentials: set \(variable) too (or \(EndorsedCredentials.accessTokenVariable) instead)"
        }
    }
}
