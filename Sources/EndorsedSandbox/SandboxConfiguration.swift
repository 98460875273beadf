import Foundation
import Intake

/// How an ``EndorsedSandbox`` listens, which client it accepts and how it behaves.
///
/// Every property has a default, so a test states only what it cares about:
///
/// ```swift
/// let configuration = SandboxConfiguration(immutableAttachments: true, seed: 7)
/// ```
public struct SandboxConfiguration: Sendable {
    /// The address to listen on.
    public var host: String
    /// The port to listen on; 0 takes any free port (the running sandbox tells which).
    public var port: Int
    /// The only `client_id` the token call accepts.
    public var clientID: String
    /// The only `client_secret` the token call accepts.
    public var clientSecret: String
    /// Bearer tokens that are always accepted, with both scopes, and never expire; for a
    /// client that is given a token instead of client credentials.
    public var staticTokens: Set<String>
    /// How long an issued token is accepted. The token answer states it as `expires_in`, a
    /// string of whole seconds, as Endorsed does.
    public var tokenLifetime: Duration
    /// When true, a PUT on an attachment that exists is refused with 409 `CONFLICT` and
    /// changes nothing (the docs say attachments are immutable after upload; a client must
    /// cope with both behaviours).
    public var immutableAttachments: Bool
    /// The candidates that exist, when set: a write naming another candidate is refused
    /// with 400 `VALIDATION_ERROR`, as Endorsed refuses a candidate it does not know.
    /// `nil` (the default) accepts any UUID.
    public var knownCandidateIDs: Set<String>?
    /// The largest file (multipart) accepted; a larger one answers 413 `PAYLOAD_TOO_LARGE`.
    public var maximumFileSize: Int64
    /// Where received file bytes are kept. `nil`: a fresh temporary folder, removed when the
    /// sandbox stops. A folder given here is created if needed and never removed.
    public var storageDirectory: URL?
    /// Whether received file bytes are kept on disk (the default). When false, each file is
    /// only counted and hashed as it streams in, and nothing is written: for benchmarks and
    /// for uploads larger than the disk should hold.
    public var keepsFileBytes: Bool
    /// The faults to inject into attachment calls.
    public var faults: SandboxFaults
    /// Seeds the fault dice, so that a sequence of calls meets the same faults every run;
    /// `nil` seeds them randomly.
    public var seed: UInt64?
    /// The bearer token the `/sandbox/*` pages require, when set; `nil` leaves them open,
    /// which suits a sandbox on loopback inside a test. `intake sandbox` always sets one.
    public var inspectionToken: String?
    /// The most requests the request log keeps; older ones are dropped first, so that a
    /// long soak does not grow the sandbox without bound.
    public var maximumRequestRecords: Int
    /// The most issued tokens kept valid at once; when a new one would pass it, the one
    /// closest to expiry is revoked.
    public var maximumLiveTokens: Int

    /// The client id the sandbox accepts unless told otherwise.
    public static let defaultClientID = "8f3c6a52-0d1e-4c53-9b8e-5a8f0e2c7d10"
    /// The client secret the sandbox accepts unless told otherwise.
    public static let defaultClientSecret = "sandbox-secret"
    /// The largest file accepted unless told otherwise: 1 GiB.
    public static let defaultMaximumFileSize: Int64 = 1 << 30
    /// The requests the log keeps unless told otherwise.
    public static let defaultMaximumRequestRecords = 10_000
    /// The live tokens kept unless told otherwise.
    public static let defaultMaximumLiveTokens = 1_000

    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        clientID: String = SandboxConfiguration.defaultClientID,
        clientSecret: String = SandboxConfiguration.defaultClientSecret,
        staticTokens: Set<String> = [],
        tokenLifetime: Duration = .seconds(3600),
        immutableAttachments: Bool = false,
        knownCandidateIDs: Set<String>? = nil,
        maximumFileSize: Int64 = SandboxConfiguration.defaultMaximumFileSize,
        storageDirectory: URL? = nil,
        keepsFileBytes: Bool = true,
        faults: SandboxFaults = .none,
        seed: UInt64? = nil,
        inspectionToken: String? = nil,
        maximumRequestRecords: Int = SandboxConfiguration.defaultMaximumRequestRecords,
        maximumLiveTokens: Int = SandboxConfiguration.defaultMaximumLiveTokens
    ) {
        self.host = host
        self.port = port
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.staticTokens = staticTokens
        self.tokenLifetime = tokenLifetime
        self.immutableAttachments = immutableAttachments
        self.knownCandidateIDs = knownCandidateIDs.map { Set($0.map { $0.lowercased() }) }
        self.maximumFileSize = maximumFileSize
        self.storageDirectory = storageDirectory
        self.keepsFileBytes = keepsFileBytes
        self.faults = faults
        self.seed = seed
        self.inspectionToken = inspectionToken
        self.maximumRequestRecords = max(1, maximumRequestRecords)
        self.maximumLiveTokens = max(1, maximumLiveTokens)
    }

    /// Whether ``host`` is reachable only from this machine.
    public var listensOnLoopbackOnly: Bool {
        LoopbackHost.contains(host)
    }
}
