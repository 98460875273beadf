/// A fault the sandbox injects into one attachment call. The raw value is what
/// ``SandboxRequestRecord/fault`` holds.
enum InjectedFault: String, Sendable, Hashable {
    /// 500 before anything is read or stored.
    case serverError = "server_error"
    /// The write is processed and stored, then answered 500.
    case landThenError = "land_then_error"
    /// The connection is closed without an answer.
    case drop = "drop"
    /// 429 with `Retry-After`.
    case rateLimit = "rate_limit"
    /// Part of the write's body is read, then the connection is closed without an answer.
    case partialBodyDrop = "partial_body_drop"
    /// A token call answered 500.
    case tokenError = "token_error"
    /// A token call whose connection is closed without an answer.
    case tokenDrop = "token_drop"
}
