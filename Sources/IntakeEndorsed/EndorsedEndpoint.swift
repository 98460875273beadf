import Foundation
import Intake

/// The base URL of the Endorsed API, such as `https://endorsed.ai/api/v1`, checked once
/// so that every call can trust it.
///
/// `https` is required, except to a loopback host (`localhost`, `127.0.0.0/8`, `::1`),
/// where plain `http` is allowed for the local sandbox: a token sent over plain HTTP to
/// any other host could be read on the way. Certificates are always verified.
public struct EndorsedEndpoint: Sendable, Hashable, CustomStringConvertible {
    /// The base URL without a trailing slash.
    public let baseURL: URL

    /// Checks `text` and makes the endpoint.
    /// - Throws: ``EndpointError`` saying what is wrong with it.
    public init(_ text: String) throws(EndpointError) {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            let host = components.host, !host.isEmpty
        else { throw .notAURL(text) }
        guard scheme == "https" || scheme == "http" else { throw .unsupportedScheme(text) }
        guard components.user == nil, components.password == nil else { throw .credentialsInURL }
        guard components.query == nil, components.fragment == nil else { throw .queryOrFragment(text) }
        if scheme == "http" && !Self.isLoopback(host) { throw .plainHTTP(text) }
        var trimmed = components
        while trimmed.path.hasSuffix("/") { trimmed.path.removeLast() }
        guard let url = trimmed.url else { throw .notAURL(text) }
        baseURL = url
    }

    /// The absolute URL of `path` (already percent-encoded, no leading slash) under the base.
    public func url(for path: String) -> String {
        baseURL.absoluteString + "/" + path
    }

    public var description: String { baseURL.absoluteString }

    /// Whether `host` reaches only this machine (`LoopbackHost`).
    public static func isLoopback(_ host: String) -> Bool {
        LoopbackHost.contains(host)
    }
}

/// Why an endpoint URL was refused.
public enum EndpointError: Error, Sendable, Hashable, CustomStringConvertible {
    case notAURL(String)
    case unsupportedScheme(String)
    case plainHTTP(String)
    case credentialsInURL
    case queryOrFragment(String)

    public var description: String {
        switch self {
        case .notAURL(let text):
            "\(text.debugDescription) is not an absolute URL; give the API base, such as https://endorsed.ai/api/v1"
        case .unsupportedScheme(let text):
            "\(text.debugDescription) is not an http or https URL"
        case .plainHTTP(let text):
            "\(text.debugDescription) uses plain http to a host that is not this machine; the token would travel unencrypted, so use https"
        case .credentialsInURL:
            "the endpoint URL holds a user name or password; pass credentials in the environment instead"
        case .queryOrFragment(let text):
            "\(text.debugDescription) has a query or fragment; give only the API base"
        }
    }
}
