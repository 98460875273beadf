import EndorsedSandbox
import Foundation
import Testing

@Suite("Injected faults")
struct FaultTests {
    @Test("Server errors answer 500 before anything is stored")
    func serverError() async throws {
        try await withSandbox(SandboxConfiguration(faults: SandboxFaults(serverErrorRate: 1), seed: 1)) { sandbox, client in
            let token = try await client.token()  // the token call never meets faults
            let answer = try await client.sendMultipart("PUT", path: "attachments/remote.f", form: .upload(remoteID: "f"), token: token)
            #expect(answer.status == 500)
            #expect(answer.errorCode == "INTERNAL_SERVER_ERROR")
            #expect(await sandbox.attachments().isEmpty)
            let record = try #require(await sandbox.requests().last)
            #expect(record.fault == "server_error")
            #expect(record.status == 500)
        }
    }

    @Test("Land-then-error stores the write and answers 500; reads are not affected")
    func landThenError() async throws {
        try await withSandbox(SandboxConfiguration(faults: SandboxFaults(landThenErrorRate: 1), seed: 1)) { sandbox, client in
            let token = try await client.token()
            let answer = try await client.sendMultipart("POST", path: "attachments", form: .upload(remoteID: "landed"), token: token)
            #expect(answer.status == 500)
            #expect(answer.errorCode == "INTERNAL_SERVER_ERROR")
            #expect(await sandbox.attachments().map(\.remoteID) == ["landed"])
            #expect(try await client.call("GET", path: "attachments/remote.landed", token: token).status == 200)
            // A refused write keeps its own answer.
            let refused = try await client.sendMultipart("POST", path: "attachments", form: .upload(remoteID: ""), token: token)
            #expect(refused.status == 400)

            let faults = await sandbox.requests().filter { !$0.path.hasSuffix("/auth/tokens") }.map(\.fault)
            #expect(faults == ["land_then_error", nil, nil])
        }
    }

    @Test("A drop closes the connection without an answer and stores nothing")
    func drop() async throws {
        try await withSandbox(SandboxConfiguration(faults: SandboxFaults(dropRate: 1), seed: 1)) { sandbox, client in
            let token = try await client.token()
            await #expect(throws: (any Error).self) {
                _ = try await client.sendMultipart("POST", path: "attachments", form: .upload(remoteID: "dropped"), token: token)
            }
            await #expect(throws: (any Error).self) {
                _ = try await client.call("GET", path: "attachments/remote.dropped", token: token)
            }
            #expect(await sandbox.attachments().isEmpty)
            let records = await sandbox.requests().filter { $0.path.contains("attachments") }
            #expect(records.count == 2)
            #expect(records.allSatisfy { $0.status == nil && $0.fault == "drop" })

            // The server lives on.
            await sandbox.setFaults(.none)
            #expect(try await client.sendMultipart("POST", path: "attachments", form: .upload(remoteID: "after"), token: token).status == 201)
        }
    }

    @Test("A rate limit answers 429 TOO_MANY_REQUESTS with Retry-After")
    func rateLimit() async throws {
        try await withSandbox(SandboxConfiguration(faults: SandboxFaults(rateLimitRate: 1, retryAfterSeconds: 7), seed: 1)) { sandbox, client in
            let token = try await client.token()
            let answer = try await client.sendMultipart("POST", path: "attachments", form: .upload(remoteID: "limited"), token: token)
            #expect(answer.status == 429)
            #expect(answer.errorCode == "TOO_MANY_REQUESTS")
            #expect(answer.headers["retry-after"] == "7")
            #expect(await sandbox.attachments().isEmpty)
            #expect(await sandbox.requests().last?.fault == "rate_limit")
        }
    }

    @Test("The same seed meets the same faults")
    func seeded() async throws {
        let faults = SandboxFaults(serverErrorRate: 0.3, rateLimitRate: 0.3)
        func statuses() async throws -> [Int] {
            try await withSandbox(SandboxConfiguration(staticTokens: ["t"], faults: faults, seed: 42)) { _, client in
                var statuses: [Int] = []
                for _ in 0..<24 {
                    statuses.append(try await client.call("GET", path: "attachments/remote.x", token: "t").status)
                }
                return statuses
            }
        }
        let first = try await statuses()
        #expect(first == (try await statuses()))
        #expect(Set(first) == [404, 500, 429])
    }

    @Test("Latency and faults can change while the sandbox runs")
    func latencyAndChanges() async throws {
        try await withSandbox(SandboxConfiguration(staticTokens: ["t"], faults: SandboxFaults(latency: .milliseconds(5)))) { sandbox, client in
            let slow = try await client.call("GET", path: "attachments/remote.x", token: "t")
            #expect(slow.status == 404)
            await sandbox.setFaults(SandboxFaults(serverErrorRate: 1))
            let failing = try await client.call("GET", path: "attachments/remote.x", token: "t")
            #expect(failing.status == 500)
        }
    }
}
