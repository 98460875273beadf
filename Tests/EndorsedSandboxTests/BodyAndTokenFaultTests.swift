import AsyncHTTPClient
import EndorsedSandbox
import Foundation
import NIOCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The faults that cut a connection in the middle of a request body, and the faults of the
/// token call.
@Suite("Partial-body drops and token faults")
struct BodyAndTokenFaultTests {
    @Test("A partial-body drop reads part of a write's body, then closes the connection; nothing is stored")
    func partialBodyDrop() async throws {
        try await withSandbox(SandboxConfiguration(faults: SandboxFaults(partialBodyDropRate: 1), seed: 1)) { sandbox, client in
            let token = try await client.token()
            let form = MultipartForm.upload(remoteID: "cut", file: pseudoRandomBytes(count: 200_000, seed: 4))
            let body = form.encoded()
            // Over a plain socket: the head and 60% of the body, then nothing more. A server
            // that waits for the whole body keeps the connection open; the fault closes it
            // once it has read half.
            var head = "PUT /api/v1/attachments/remote.cut HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            head += "Authorization: Bearer \(token)\r\nContent-Type: multipart/form-data; boundary=\(form.boundary)\r\n"
            head += "Content-Length: \(body.count)\r\n\r\n"
            let socket = try RawConnection(port: sandbox.port)
            try socket.send(Data(head.utf8) + body.prefix(body.count * 6 / 10))
            let answer = socket.readUntilClosed(within: .seconds(20))
            #expect(answer.closed, "the sandbox closed the connection before the body ended")
            #expect(answer.bytes.isEmpty, "and without an answer: \(String(decoding: answer.bytes, as: UTF8.self))")
            #expect(await sandbox.attachments().isEmpty)
            let record = try #require(await sandbox.requests().last)
            #expect(record.method == "PUT")
            #expect(record.fault == "partial_body_drop")
            #expect(record.status == nil)

            // A read rolling in the band meets no fault, and the server lives on.
            #expect(try await client.call("GET", path: "attachments/remote.cut", token: token).status == 404)
            await sandbox.setFaults(.none)
            let written = try await client.sendMultipart("PUT", path: "attachments/remote.after", form: .upload(remoteID: "after"), token: token)
            #expect((200..<300).contains(written.status))
        }
    }

    /// The same 60% of a body without the fault: the sandbox waits for the rest, so the
    /// check above can tell a cut from a server that read everything.
    @Test("Without the fault, a body sent in part keeps the connection open")
    func partialBodyWithoutTheFaultWaits() async throws {
        try await withSandbox(SandboxConfiguration(seed: 1)) { sandbox, client in
            let token = try await client.token()
            let form = MultipartForm.upload(remoteID: "waits", file: pseudoRandomBytes(count: 200_000, seed: 4))
            let body = form.encoded()
            var head = "PUT /api/v1/attachments/remote.waits HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            head += "Authorization: Bearer \(token)\r\nContent-Type: multipart/form-data; boundary=\(form.boundary)\r\n"
            head += "Content-Length: \(body.count)\r\n\r\n"
            let socket = try RawConnection(port: sandbox.port)
            try socket.send(Data(head.utf8) + body.prefix(body.count * 6 / 10))
            let answer = socket.readUntilClosed(within: .milliseconds(500))
            #expect(!answer.closed && answer.bytes.isEmpty, "the sandbox waits for the rest of the body")
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

/// A blocking TCP connection to the sandbox on loopback, for sending a request that a
/// client library would not send (one that stops half-way through its body).
final class RawConnection {
    private let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw TestFailure("socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw TestFailure("connect: \(errno)")
        }
    }

    deinit { close(descriptor) }

    func send(_ data: Data) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let sent = Glibc.send(descriptor, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                guard sent > 0 else { throw TestFailure("send: \(errno)") }
                offset += sent
            }
        }
    }

    /// Reads until the peer closes (or resets) the connection or `limit` passes; returns
    /// what was read and whether it closed.
    func readUntilClosed(within limit: Duration) -> (bytes: Data, closed: Bool) {
        let deadline = ContinuousClock.now + limit
        var bytes = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while ContinuousClock.now < deadline {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 50)
            guard ready > 0 else { continue }
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { return (bytes, true) }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return (bytes, false)
    }
}
