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

    private let fixed: [Data]
    private let issued = Mutex<[Data]>([])

    init(_ credentials: EndorsedCredentials) {
        let values: [String] = switch credentials {
        case .accessToken(let token): [token]
        case .clientCredentials(_, let secret, _): [secret]
        }
        fixed = values.filter { $0.utf8.count >= Self.shortestSearched }.map { Data($0.utf8) }
    }

    /// Remembers a token the client was issued.
    func remember(token: String) {
        guard token.utf8.count >= Self.shortestSearched else { return }
        issued.withLock { tokens in
            tokens.append(Data(token.utf8))
            if tokens.count > Self.rememberedTokens { tokens.removeFirst(tokens.count - Self.rememberedTokens) }
        }
    }

    /// Whether `body` holds one of the values, as sent or percent-encoded as in a form.
    func appear(in body: Data) -> Bool {
        guard !body.isEmpty else { return false }
        let values = fixed + issued.withLock { $0 }
        return values.contains { value in
            if body.range(of: value) != nil { return true }
            let text = String(decoding: value, as: UTF8.self)
            let encoded = Data(FormEncoding.escape(text).utf8)
            return encoded != value && body.range(of: encoded) != nil
        }
    }
}
