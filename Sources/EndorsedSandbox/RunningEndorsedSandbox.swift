import Foundation

/// A sandbox that is listening: where to reach it, and what it has received so far.
///
/// ```swift
/// try await EndorsedSandbox.withRunning { sandbox in
///     // point a client at sandbox.baseURL …
///     let stored = await sandbox.attachments()
///     let posts = await sandbox.requests().filter { $0.method == "POST" }
/// }
/// ```
public struct RunningEndorsedSandbox: Sendable {
    /// The port it listens on.
    public var port: Int
    /// The API base a client is given: `http://127.0.0.1:<port>/api/v1`.
    public var baseURL: URL
    /// The configuration it runs with.
    public var configuration: SandboxConfiguration

    let state: SandboxState

    init(port: Int, baseURL: URL, state: SandboxState) {
        self.port = port
        self.baseURL = baseURL
        self.configuration = state.configuration
        self.state = state
    }

    /// Every attachment stored, by creation time, then id.
    public func attachments() async -> [SandboxAttachment] {
        state.attachments.all
    }

    /// The attachment with `remoteID` (the first created, when a POST made several).
    public func attachment(remoteID: String) async -> SandboxAttachment? {
        state.attachments.find(.remote(remoteID))
    }

    /// Every API request received, in arrival order (the `/sandbox/*` pages excepted).
    public func requests() async -> [SandboxRequestRecord] {
        state.requests.all
    }

    /// How many tokens the token call has issued.
    public func tokensIssued() async -> Int {
        state.tokens.issuedCount
    }

    /// Makes every token issued so far answer 401; static tokens stay valid.
    public func revokeIssuedTokens() async {
        state.tokens.revokeIssued()
    }

    /// Replaces the faults (and latency) for the calls that follow.
    public func setFaults(_ faults: SandboxFaults) async {
        state.dice.setFaults(faults)
    }
}
