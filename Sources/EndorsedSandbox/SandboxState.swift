import Foundation
import Synchronization

/// Everything one run of the sandbox holds: tokens, attachments, the request log and the
/// fault dice, and the address it listens on once it does.
final class SandboxState: Sendable {
    let configuration: SandboxConfiguration
    let tokens: TokenRegistry
    let attachments: AttachmentStore
    let requests: RequestLog
    let dice: FaultDice
    private let listeningOrigin = Mutex<String?>(nil)

    init(configuration: SandboxConfiguration, storageDirectory: URL) {
        self.configuration = configuration
        self.tokens = TokenRegistry(
            staticTokens: configuration.staticTokens, lifetime: configuration.tokenLifetime, maximumLive: configuration.maximumLiveTokens
        )
        self.requests = RequestLog(capacity: configuration.maximumRequestRecords)
        self.attachments = AttachmentStore(directory: storageDirectory)
        self.dice = FaultDice(faults: configuration.faults, seed: configuration.seed)
    }

    /// `http://host:port`, once the server listens: the start of every URL the sandbox
    /// hands out (the API base, ephemeral URLs).
    var origin: String {
        get { listeningOrigin.withLock { $0 } ?? "http://\(Self.urlHost(configuration.host)):\(configuration.port)" }
        set { listeningOrigin.withLock { $0 = newValue } }
    }

    /// The host to put in a URL for a listening `host`: a wildcard address is reached on
    /// loopback, an IPv6 address goes in brackets.
    static func urlHost(_ host: String) -> String {
        switch host {
        case "0.0.0.0", "": "127.0.0.1"
        case "::", "[::]": "[::1]"
        default: host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        }
    }
}
