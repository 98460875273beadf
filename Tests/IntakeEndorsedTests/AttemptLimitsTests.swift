import EndorsedSandbox
import Foundation
import Intake
import IntakeEndorsed
import IntakeTestFixtures
import Logging
import Testing

/// Each attempt's idle timeout and deadline, against servers that stall, and the size
/// limit. Each test has a time limit so that a client without the limit fails the test
/// instead of hanging the suite.
@Suite("Attempt limits against stalling servers")
struct AttemptLimitsTests {
    static func client(_ baseURL: String, limits: AttemptLimits, attempts: Int = 2, maximumFileBytes: Int64? = nil) throws -> EndorsedClient {
        EndorsedClient(
            endpoint: try EndorsedEndpoint(baseURL),
            credentials: .accessToken("static-token-for-limits"),
            configuration: .init(
                retry: RetryPolicy(maximumAttempts: attempts, initialBackoff: .milliseconds(2), maximumBackoff: .milliseconds(5)),
                attemptLimits: limits, maximumFileBytes: maximumFileBytes
            ),
            logger: Logger(label: "intake.tests", factory: { _ in SwiftLogNoOpLogHandler() })
        )
    }

    static func form(_ folder: TemporaryFolder, bytes: Int) throws -> AttachmentForm {
        let file = try folder.write("cv.txt", bytes: Data(repeating: 0x61, count: bytes))
        return try AttachmentForm(candidateID: nil, remoteID: "ik1-limits", type: .resume, file: file)
    }

    @Test("A server that sends a head and then nothing fails the attempt after the idle timeout, and it is retried", .timeLimit(.minutes(1)))
    func headThenSilence() async throws {
        let folder = try TemporaryFolder()
        let form = try Self.form(folder, bytes: 1000)
        try await HostileServer.withRunning(.headThenSilence) { server in
            let client = try Self.client(server.baseURL, limits: AttemptLimits(idleTimeout: .seconds(1), baseDeadline: .seconds(600)))
            let error = try await #require(throws: EndorsedTransportError.self) {
                _ = try await client.upsertAttachment(.multipart(form))
            }
            #expect(error.timedOut)
            #expect(error.code == "endorsed_timeout")
            #expect(error.attempts == 2)
            #expect(error.message.contains("no byte sent or received for 1 s"), "\(error.message)")
            // The second attempt's head may not be read yet when its idle timeout passes on
            // a loaded machine; the first one's always is.
            #expect((1...2).contains(server.requests), "requests: \(server.requests)")
        }
    }

    @Test("A server that stops reading the body fails the attempt after the idle timeout", .timeLimit(.minutes(1)))
    func neverRead() async throws {
        let folder = try TemporaryFolder()
        // Far more than the socket buffers of both ends hold.
        let form = try Self.form(folder, bytes: 48 << 20)
        try await HostileServer.withRunning(.neverRead) { server in
            let client = try Self.client(server.baseURL, limits: AttemptLimits(idleTimeout: .milliseconds(500), baseDeadline: .seconds(600)), attempts: 1)
            let error = try await #require(throws: EndorsedTransportError.self) {
                _ = try await client.upsertAttachment(.multipart(form))
            }
            #expect(error.timedOut)
            #expect(error.message.contains("no byte sent or received"), "\(error.message)")
            #expect(server.connections == 1)
        }
    }

    @Test("An attempt that outlasts its deadline while bytes still move fails once and is not retried", .timeLimit(.minutes(1)))
    func deadlineIsNotRetried() async throws {
        let folder = try TemporaryFolder()
        let form = try Self.form(folder, bytes: 4 << 20)
        try await HostileServer.withRunning(.trickle(bytesPerTick: 4096)) { server in
            // 4 MiB at 4 KiB per 20 ms takes about 20 s; the deadline allows about 1 s.
            let limits = AttemptLimits(idleTimeout: .seconds(20), baseDeadline: .milliseconds(500), minimumBytesPerSecond: 8 << 20)
            let client = try Self.client(server.baseURL, limits: limits, attempts: 5)
            let error = try await #require(throws: EndorsedTransportError.self) {
                _ = try await client.upsertAttachment(.multipart(form))
            }
            #expect(error.timedOut)
            #expect(error.attempts == 1)
            #expect(error.message.contains("longer than its deadline"), "\(error.message)")
            #expect(server.connections == 1)
        }
    }

    @Test("The same trickle lands when the deadline allows for its rate")
    func slowButAllowed() async throws {
        let folder = try TemporaryFolder()
        let form = try Self.form(folder, bytes: 256 << 10)
        try await HostileServer.withRunning(.trickle(bytesPerTick: 16 << 10)) { server in
            // About 0.3 s of transfer; the deadline allows 0.5 s plus 256 KiB at 64 KiB/s.
            let limits = AttemptLimits(idleTimeout: .seconds(20), baseDeadline: .milliseconds(500), minimumBytesPerSecond: 64 << 10)
            let client = try Self.client(server.baseURL, limits: limits, attempts: 1)
            let written = try await client.upsertAttachment(.multipart(form))
            #expect(written.id == "0c6ef2a4-1111-4c7e-9a41-2d5f8e0b7c13")
        }
    }

    @Test("The deadline grows with the body: a base, plus the body at the slowest rate allowed")
    func deadlineGrowsWithSize() {
        let limits = AttemptLimits(idleTimeout: .seconds(30), baseDeadline: .seconds(120), minimumBytesPerSecond: 64 << 10)
        #expect(limits.deadline(bodyBytes: 0) == .seconds(120))
        #expect(limits.deadline(bodyBytes: 1 << 30) == .seconds(120 + 16_384))
        #expect(limits.deadline(bodyBytes: 64 << 10) == .seconds(121))
    }

    @Test("A file over the maximum size is refused before anything is sent")
    func tooLargeIsNotSent() async throws {
        let folder = try TemporaryFolder()
        let form = try Self.form(folder, bytes: 2000)
        try await EndorsedSandbox.withRunning(.init(staticTokens: ["static-token-for-limits"])) { sandbox in
            let client = try Self.client(sandbox.baseURL.absoluteString, limits: AttemptLimits(), maximumFileBytes: 1999)
            let error = try await #require(throws: AttachmentValidationError.self) {
                _ = try await client.upsertAttachment(.multipart(form))
            }
            #expect(error.code == "file_too_large")
            #expect(error.message.contains("2000 bytes, more than the 1999"), "\(error.message)")
            #expect(await sandbox.requests().isEmpty)
            let allowed = try Self.client(sandbox.baseURL.absoluteString, limits: AttemptLimits(), maximumFileBytes: 2000)
            _ = try await allowed.upsertAttachment(.multipart(form))
            #expect(await sandbox.attachments().count == 1)
        }
    }
}
