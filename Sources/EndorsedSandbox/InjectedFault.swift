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
}
