import Synchronization

/// The access tokens the sandbox has issued, and the static ones it always accepts.
///
/// Tokens are random and opaque: nothing can be learnt from one, and only this registry
/// knows which are valid. Expiry is measured on the continuous clock, so a change of the
/// wall clock neither extends nor cuts a token's life.
final class TokenRegistry: Sendable {
    private struct IssuedToken {
        var scopes: Set<TokenScope>
        var expiresAt: ContinuousClock.Instant
    }

    private struct State {
        var issued: [String: IssuedToken] = [:]
        var issuedCount = 0
    }

    private let staticTokens: Set<String>
    private let lifetime: Duration
    private let maximumLive: Int
    private let state = Mutex(State())

    init(staticTokens: Set<String>, lifetime: Duration, maximumLive: Int) {
        self.staticTokens = staticTokens
        self.lifetime = lifetime
        self.maximumLive = max(1, maximumLive)
    }

    /// Issues a new token with `scopes`, valid for the configured lifetime. Keeps at most
    /// `maximumLive` issued tokens: expired ones are forgotten first, then those closest to
    /// expiry (the oldest), so that a client asking for a token per call cannot grow the
    /// sandbox without bound.
    func issue(scopes: Set<TokenScope>) -> String {
        let token = Self.makeToken()
        let now = ContinuousClock.now
        let expiresAt = now.advanced(by: lifetime)
        state.withLock { state in
            if state.issued.count >= maximumLive {
                state.issued = state.issued.filter { $0.value.expiresAt > now }
            }
            if state.issued.count >= maximumLive {
                let oldest = state.issued.sorted { $0.value.expiresAt < $1.value.expiresAt }.prefix(state.issued.count - maximumLive + 1)
                for (revoked, _) in oldest { state.issued[revoked] = nil }
            }
            state.issued[token] = IssuedToken(scopes: scopes, expiresAt: expiresAt)
            state.issuedCount += 1
        }
        return token
    }

    /// How many issued tokens are held now, expired ones not yet forgotten included.
    var liveCount: Int {
        state.withLock { $0.issued.count }
    }

    /// The scopes of `token` when it is valid now (static, or issued, unexpired and not
    /// revoked); `nil` otherwise.
    func scopes(of token: String) -> Set<TokenScope>? {
        if staticTokens.contains(token) { return Set(TokenScope.allCases) }
        let now = ContinuousClock.now
        return state.withLock { state in
            guard let issued = state.issued[token] else { return nil }
            guard now < issued.expiresAt else {
                state.issued[token] = nil
                return nil
            }
            return issued.scopes
        }
    }

    /// How many tokens have been issued, revoked ones included.
    var issuedCount: Int {
        state.withLock { $0.issuedCount }
    }

    /// Makes every token issued so far invalid. Static tokens stay valid.
    func revokeIssued() {
        state.withLock { $0.issued.removeAll() }
    }

    /// 32 random bytes as 64 hex digits, prefixed so that a sandbox token is recognisable
    /// in a log it should never have reached.
    private static func makeToken() -> String {
        var generator = SystemRandomNumberGenerator()
        var token = "sbx_"
        for _ in 0..<4 {
            let word = generator.next() as UInt64
            let hex = String(word, radix: 16)
            token += String(repeating: "0", count: 16 - hex.count) + hex
        }
        return token
    }
}
