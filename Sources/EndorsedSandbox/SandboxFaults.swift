/// Faults the sandbox injects into attachment calls, so that a client's retries, backoff
/// and duplicate handling can be tested against a real server.
///
/// Each attachment call rolls one die, a number in `0..<1`, and the rates are stacked in
/// this order: ``serverErrorRate``, ``landThenErrorRate``, ``dropRate``, ``rateLimitRate``,
/// ``partialBodyDropRate``. A roll below the first rate is a server error, a roll in the
/// next band a land-then-error (for writes; a read rolling there meets no fault), and so
/// on; a roll past their sum meets no fault. Rates are meant to add up to 1 at most.
///
/// The token call rolls a die of its own, so that token faults never shift the faults the
/// attachment calls meet: ``tokenErrorRate``, then ``tokenDropRate``. The `/sandbox/*`
/// pages never meet faults; ``latency`` applies to every API call.
///
/// ```swift
/// let flaky = SandboxFaults(serverErrorRate: 0.1, dropRate: 0.05, rateLimitRate: 0.1)
/// let tokenOutage = SandboxFaults(tokenErrorRate: 1)
/// ```
public struct SandboxFaults: Sendable, Hashable {
    /// Share of attachment calls answered 500 `INTERNAL_SERVER_ERROR` before anything is
    /// read or stored.
    public var serverErrorRate: Double
    /// Share of attachment writes (POST, PUT) that are processed and stored, and then
    /// answered 500 `INTERNAL_SERVER_ERROR`: the case where a retried POST makes a duplicate.
    public var landThenErrorRate: Double
    /// Share of attachment calls whose connection is closed without any answer; nothing is
    /// stored.
    public var dropRate: Double
    /// Share of attachment calls answered 429 `TOO_MANY_REQUESTS` with a `Retry-After`
    /// header; nothing is stored.
    public var rateLimitRate: Double
    /// The `Retry-After` value of a 429, in seconds.
    public var retryAfterSeconds: Int
    /// Time added before answering every API call (the token call included).
    public var latency: Duration
    /// Share of attachment writes (POST, PUT) whose connection is closed after the sandbox
    /// has read part of the body (half of its `Content-Length`, or its first chunk when the
    /// length is not given), without an answer; nothing is stored. A read rolling in this
    /// band meets no fault.
    public var partialBodyDropRate: Double
    /// Share of token calls answered 500 `INTERNAL_SERVER_ERROR`; no token is issued.
    public var tokenErrorRate: Double
    /// Share of token calls whose connection is closed without any answer; no token is
    /// issued.
    public var tokenDropRate: Double

    /// No faults and no latency.
    public static let none = SandboxFaults()

    public init(
        serverErrorRate: Double = 0,
        landThenErrorRate: Double = 0,
        dropRate: Double = 0,
        rateLimitRate: Double = 0,
        retryAfterSeconds: Int = 1,
        latency: Duration = .zero,
        partialBodyDropRate: Double = 0,
        tokenErrorRate: Double = 0,
        tokenDropRate: Double = 0
    ) {
        self.serverErrorRate = serverErrorRate
        self.landThenErrorRate = landThenErrorRate
        self.dropRate = dropRate
        self.rateLimitRate = rateLimitRate
        self.retryAfterSeconds = retryAfterSeconds
        self.latency = latency
        self.partialBodyDropRate = partialBodyDropRate
        self.tokenErrorRate = tokenErrorRate
        self.tokenDropRate = tokenDropRate
    }
}
