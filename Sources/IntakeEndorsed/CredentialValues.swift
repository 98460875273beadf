import Foundation
import Synchronization

/// The secret values a client sends (its client secret or static token, and the tokens it
/// was issued), so that an answer repeating one of them is never quoted.
///
/// A proxy or firewall that echoes the request it refused puts `client_secret=…` or
/// `Authorization: Bearer …` into its error page; quoting that page in a message would
/// write the credential to stderr, the report and the ledger.
final class CredentialValues: Sendable {
    /// Shorter values are not searched for: they would match ordinary text by chance.
    static let shortestSearched = 8
    /// How many issued tokens are remembered; older ones have expired long ago.
    static let rememberedTokens = 8

    /// Each value as sent and, where it differs, percent-encoded as in a form.
    private let fixed: [Data]
    private let issued = Mutex<[[Data]]>([])

    init(_ credentials: EndorsedCredentials) {
        let value: String = switch credentials {
        case .accessToken(let token): token
        case .clientCredentials(_, let secret, _): secret
        }
        fixed = Self.forms(of: value)
    }

    /// Remembers a token the client was issued.
    func remember(token: String) {
        let forms = Self.forms(of: token)
        guard !forms.isEmpty else { return }
        issued.withLock { tokens in
            tokens.append(forms)
            if tokens.count > Self.rememberedTokens { tokens.removeFirst(tokens.count - Self.rememberedTokens) }
        }
    }

    /// Whether `body` holds one of the values, as sent or percent-encoded as in a form.
    func appear(in body: Data) -> Bool {
        guard !body.isEmpty else { return false }
        let values = fixed + issued.withLock { $0 }.joined()
        return values.contains { body.range(of: $0) != nil }
    }

    /// `value` as sent and as a form encodes it; none for a value too short to search.
    private static func forms(of value: String) -> [Data] {
        guard value.utf8.count >= shortestSearched else { return [] }
        let sent = Data(value.utf8), encoded = Data(FormEncoding.escape(value).utf8)
        return encoded == sent ? [sent] : [sent, encoded]
    }
}
