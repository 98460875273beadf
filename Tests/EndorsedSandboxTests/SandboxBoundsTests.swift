import EndorsedSandbox
import Foundation
import Logging
import Synchronization
import Testing

/// What keeps a sandbox safe to leave running: its pages need their own token, its logs
/// and token registry stay bounded, and a normal stop is quiet.
@Suite("Sandbox inspection token, bounds and quiet stop")
struct SandboxBoundsTests {
    @Test("With an inspection token, the /sandbox pages need it; an API token does not open them")
    func inspectionNeedsItsToken() async throws {
        let configuration = SandboxConfiguration(staticTokens: ["api-token-1234"], inspectionToken: "inspect-5678")
        try await withSandbox(configuration) { _, client in
            for path in ["/sandbox/attachments", "/sandbox/requests", "/sandbox/files/\(UUID().uuidString)"] {
                let bare = try await client.send("GET", url: client.originURL(path))
                #expect(bare.status == 401, "\(path)")
                #expect(bare.errorCode == "UNAUTHENTICATED", "\(path)")
                let api = try await client.send("GET", url: client.originURL(path), headers: [("Authorization", "Bearer api-token-1234")])
                #expect(api.status == 401, "\(path)")
                let wrong = try await client.send("GET", url: client.originURL(path), headers: [("Authorization", "Bearer inspect-5679")])
                #expect(wrong.status == 401, "\(path)")
            }
            let allowed = try await client.send("GET", url: client.originURL("/sandbox/attachments"), headers: [("Authorization", "Bearer inspect-5678")])
            #expect(allowed.status == 200)
            let missing = try await client.send("GET", url: client.originURL("/sandbox/files/\(UUID().uuidString)"), headers: [("Authorization", "Bearer inspect-5678")])
            #expect(missing.status == 404)
            // The inspection token is no API token either.
            let read = try await client.call("GET", path: "attachments/remote.x", token: "inspect-5678")
            #expect(read.status == 401)
        }
    }

    @Test("The request log keeps the newest requests up to its bound and says how many it dropped")
    func requestLogIsBounded() async throws {
        try await withSandbox(SandboxConfiguration(staticTokens: ["api-token-1234"], maximumRequestRecords: 20)) { sandbox, client in
            for index in 0..<50 {
                _ = try await client.call("GET", path: "attachments/remote.r\(index)", token: "api-token-1234")
            }
            let records = await sandbox.requests()
            #expect((1...20).contains(records.count), "\(records.count)")
            #expect(records.last?.path.hasSuffix("remote.r49") == true, "\(String(describing: records.last?.path))")
            let page = try await client.send("GET", url: client.originURL("/sandbox/requests"))
            let dropped = Int(page.headers["x-sandbox-dropped-requests"] ?? "")
            #expect(dropped == 50 - records.count, "\(page.headers)")
        }
    }

    @Test("Past the bound of live tokens, the oldest are revoked and the newest work")
    func tokensAreBounded() async throws {
        try await withSandbox(SandboxConfiguration(maximumLiveTokens: 3)) { _, client in
            var tokens: [String] = []
            for _ in 0..<8 { tokens.append(try await client.token()) }
            let oldest = try await client.call("GET", path: "attachments/remote.x", token: tokens[0])
            #expect(oldest.status == 401)
            for token in tokens.suffix(3) {
                let newest = try await client.call("GET", path: "attachments/remote.x", token: token)
                #expect(newest.status == 404)
            }
        }
    }

    @Test("A sandbox that served requests and stops normally logs nothing at error level")
    func quietStop() async throws {
        let captured = CapturedLevels()
        let logger = Logger(label: "endorsed-sandbox", factory: { _ in LevelCapture(captured: captured) })
        try await EndorsedSandbox.withRunning(SandboxConfiguration(staticTokens: ["api-token-1234"]), logger: logger) { sandbox in
            let client = SandboxClient(sandbox: sandbox)
            _ = try await client.token()
            _ = try await client.call("GET", path: "attachments/remote.x", token: "api-token-1234")
        }
        #expect(captured.count(atLeast: .info) >= 1, "the listening line is logged at info")
        #expect(captured.messages(atLeast: .error).isEmpty, "\(captured.messages(atLeast: .error))")
    }
}

/// Every level and message a logger was given.
final class CapturedLevels: Sendable {
    private let entries = Mutex<[(Logger.Level, String)]>([])

    func append(_ level: Logger.Level, _ message: String) { entries.withLock { $0.append((level, message)) } }
    func count(atLeast level: Logger.Level) -> Int { entries.withLock { $0.filter { $0.0 >= level }.count } }
    func messages(atLeast level: Logger.Level) -> [String] { entries.withLock { $0.filter { $0.0 >= level }.map(\.1) } }
}

/// A log handler that records into ``CapturedLevels``.
struct LevelCapture: LogHandler {
    let captured: CapturedLevels
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        captured.append(event.level, "\(event.message)")
    }
}
