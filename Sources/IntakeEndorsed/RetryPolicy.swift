/// How the client retries a call that failed in a way worth retrying: a 5xx, a 429, a
/// timeout or a dropped connection. Other 4xx answers are never retried: sending the same
/// request again would get the same answer.
///
/// The wait before retry `n` (1-based) is drawn uniformly from zero to
/// `min(maximumBackoff, initialBackoff × 2^(n-1))` ("full jitter"), so that many clients
/// that failed together do not come back together. A `Retry-After` from the server
/// replaces the drawn wait when it is longer, up to ``maximumRetryAfter``.
///
/// ```swift
/// let patient = RetryPolicy(maximumAttempts: 8, maximumBackoff: .seconds(60))
/// ```
public struct RetryPolicy: Sendable, Hashable {
    /// How many times a call is sent at most, the first time included. 1 means no retry.
    public var maximumAttempts: Int
    /// The cap of the first wait; each later cap doubles.
    public var initialBackoff: Duration
    /// No drawn wait is longer than this.
    public var maximumBackoff: Duration
    /// The longest `Retry-After` honoured. A server asking for longer gets this wait
    /// instead, and the attempt counts like any other, so a run cannot stall for hours.
    public var maximumRetryAfter: Duration

    /// - Parameters:
    ///   - maximumAttempts: at least 1; default 10. With a server that fails nearly half of
    ///     all calls, one document in about 3,000 still runs out of attempts; with 6 it
    ///     would be one in 120.
    ///   - initialBackoff: default 0.25 s.
    ///   - maximumBackoff: default 20 s.
    ///   - maximumRetryAfter: default 120 s.
    public init(
        maximumAttempts: Int = 10, initialBackoff: Duration = .milliseconds(250),
        maximumBackoff: Duration = .seconds(20), maximumRetryAfter: Duration = .seconds(120)
    ) {
        precondition(maximumAttempts >= 1, "a call is sent at least once")
        self.maximumAttempts = maximumAttempts
        self.initialBackoff = initialBackoff
        self.maximumBackoff = maximumBackoff
        self.maximumRetryAfter = maximumRetryAfter
    }

    /// Sends every call once, never retrying.
    public static let never = RetryPolicy(maximumAttempts: 1)

    /// The wait before sending attempt `attempt + 1`, after attempt `attempt` (1-based)
    /// failed; `retryAfter` is the server's `Retry-After`, if it sent one.
    public func delay(afterAttempt attempt: Int, retryAfter: Duration? = nil) -> Duration {
        var generator = SystemRandomNumberGenerator()
        return delay(afterAttempt: attempt, retryAfter: retryAfter, using: &generator)
    }

    /// ``delay(afterAttempt:retryAfter:)`` with a given random source, for tests.
    public func delay(afterAttempt attempt: Int, retryAfter: Duration?, using generator: inout some RandomNumberGenerator) -> Duration {
        let exponent = min(max(attempt - 1, 0), 30)
        let cap = min(maximumBackoff, initialBackoff * (1 << exponent))
        let capSeconds = Self.seconds(cap)
        let drawn = capSeconds > 0 ? Duration.seconds(Double.random(in: 0...capSeconds, using: &generator)) : .zero
        guard let retryAfter else { return drawn }
        return max(drawn, min(retryAfter, maximumRetryAfter))
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
