import AsyncHTTPClient
import EndorsedSandbox
import Foundation
import NIOCore
import Synchronization
import Testing

/// The faults that cut a connection in the middle of a request body, and the faults of the
/// token call.
@Suite("Partial-body drops and token faults")
struct BodyAndTokenFaultTests {
    /// A multipart body of `fileSize` bytes generated as it is sent, counting how many
    /// chunks the client was asked for.
    struct CountedUpload: AsyncSequence, Sendable {
        typealias Element = ByteBuffer
        let upload: GeneratedUpload
        let produced: Counter

        final class Counter: Sendable {
            let value = Atomic(0)
            func increment() { value.add(1, ordering: .relaxed) }
            var count: Int { value.load(ordering: .relaxed) }
        }

        struct AsyncIterator: AsyncIteratorProtocol {
            var inner: GeneratedUpload.AsyncIterator
            let produced: Counter
            mutating func next() async -> ByteBuffer? {
                guard let chunk = await inner.next() else { return nil }
                produced.increment()
                return chunk
            }
        }

        func makeAsyncIterator() -> AsyncIterator {
            AsyncIterator(inner: upload.makeAsyncIterator(), produced: produced)
        }
    }

    @Test("A partial-body drop reads part of a write's body, then closes the connection; nothing is stored")
    func partialBodyDrop() async throws {
        try await withSandbox(SandboxConfiguration(faults: SandboxFaults(partialBodyDropRate: 1), seed: 1)) { sandbox, client in
            let token = try await client.token()
            // 64 MiB: far more than the socket buffers between the client and the sandbox
            // hold, so a client cut off half-way cannot have handed over the whole body.
            let upload = GeneratedUpload(remoteID: "cut", fileSize: 64 << 20)
            let produced = CountedUpload.Counter()
            let total = upload.chunkCount + 2
            var request = HTTPClientRequest(url: client.apiURL("attachments/remote.cut"))
            request.method = .PUT
            request.headers.add(name: "Content-Type", value: "multipart/form-data; boundary=\(GeneratedUpload.boundary)")
            request.headers.add(name: "Authorization", value: "Bearer \(token)")
            request.body = .stream(CountedUpload(upload: upload, produced: produced), length: .known(Int64(upload.totalSize)))
            await #expect(throws: (any Error).self, "the connection ends without an answer") {
                let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
                _ = try await response.body.collect(upTo: 1 << 20)
            }
            let sent = produced.count
            #expect(sent < total, "the client was cut off before it had sent the whole body (\(sent) of \(total) chunks)")
            #expect(sent > total / 4, "the sandbox read part of the body first (\(sent) of \(total) chunks)")
            #expect(await sandbox.attachments().isEmpty)
            let record = try #require(await sandbox.requests().last)
            #expect(record.method == "PUT")
            #expect(record.fault == "partial_body_drop")
            #expect(record.status == nil)

            // A read rolling in the band meets no fault, and the server lives on.
            #expect(try await client.call("GET", path: "attachments/remote.cut", token: token).status == 404)
            await sandbox.setFaults(.none)
            let answer = try await client.sendMultipart("PUT", path: "attachments/remote.after", form: .upload(remoteID: "after"), token: token)
            #expect((200..<300).contains(answer.status))
        }
    }

    @Test("A token error answers 500 and issues no token")
    func tokenError() async throws {
        try await withSandbox(SandboxConfiguration(faults: SandboxFaults(tokenErrorRate: 1), seed: 1)) { sandbox, client in
            let form = "grant_type=client_credentials&client_id=\(sandbox.configuration.clientID)&client_secret=\(sandbox.configuration.clientSecret)"
            let answer = try await client.send(
                "POST", url: client.apiURL("auth/tokens"),
                headers: [("Content-Type", "application/x-www-form-urlencoded")], body: .bytes(Data(form.utf8))
            )
            #expect(answer.status == 500)
            #expect(answer.errorCode == "INTERNAL_SERVER_ERROR")
            #expect(answer.json["access_token"] == nil)
            #expect(await sandbox.tokensIssued() == 0)
            #expect(await sandbox.requests().last?.fault == "token_error")
            // Attachment calls are not affected.
            #expect(try await client.call("GET", path: "attachments/remote.x", token: nil).status == 401)

            await sandbox.setFaults(.none)
            _ = try await client.token()
            #expect(await sandbox.tokensIssued() == 1)
        }
    }

    @Test("A token drop closes the connection without an answer and issues no token")
    func tokenDrop() async throws {
        try await withSandbox(SandboxConfiguration(faults: SandboxFaults(tokenDropRate: 1), seed: 1)) { sandbox, client in
            await #expect(throws: (any Error).self) { _ = try await client.token() }
            #expect(await sandbox.tokensIssued() == 0)
            let record = try #require(await sandbox.requests().last)
            #expect(record.fault == "token_drop")
            #expect(record.status == nil)
        }
    }

    @Test("Token faults roll a die of their own: the attachment calls meet the same faults with or without them")
    func tokenFaultsDoNotShiftAttachmentFaults() async throws {
        func statuses(_ faults: SandboxFaults) async throws -> [Int] {
            try await withSandbox(SandboxConfiguration(staticTokens: ["t"], faults: faults, seed: 5)) { _, client in
                var statuses: [Int] = []
                for _ in 0..<16 {
                    // A token call between attachment calls, faulted or not.
                    _ = try? await client.token()
                    statuses.append(try await client.call("GET", path: "attachments/remote.x", token: "t").status)
                }
                return statuses
            }
        }
        let plain = try await statuses(SandboxFaults(serverErrorRate: 0.5))
        let withTokenFaults = try await statuses(SandboxFaults(serverErrorRate: 0.5, tokenErrorRate: 0.5))
        #expect(plain == withTokenFaults)
        #expect(Set(plain) == [404, 500], "the seed gives both answers: \(plain)")
    }
}
