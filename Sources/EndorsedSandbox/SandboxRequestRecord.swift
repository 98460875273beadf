/// One request the sandbox received, so that a test can count writes and retries.
///
/// Requests to the `/sandbox/*` pages are not recorded: they are the observer's own.
public struct SandboxRequestRecord: Sendable, Codable, Hashable {
    /// The method: `POST`, `PUT`, `GET`, …
    public var method: String
    /// The path as received, percent-encoding kept, without the query.
    public var path: String
    /// The status answered; `nil` when the connection was dropped.
    public var status: Int?
    /// The fault injected: `server_error`, `land_then_error`, `drop` or `rate_limit`;
    /// `nil` when none was.
    public var fault: String?
    /// The attachment's remote id when known, from the path or the body.
    public var remoteID: String?

    public init(method: String, path: String, status: Int?, fault: String? = nil, remoteID: String? = nil) {
        self.method = method
        self.path = path
        self.status = status
        self.fault = fault
        self.remoteID = remoteID
    }
}
