import EndorsedSandbox
import Foundation
import Intake
import IntakeEndorsed
import IntakeTestFixtures
import Logging
import Testing

/// The client against the sandbox over loopback: writes, reads, tokens, refusals.
@Suite("EndorsedClient against the sandbox")
struct EndorsedClientTests {
    static let candidate = "3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c13"

    @Test("An upsert creates the attachment with the exact bytes; a second one rewrites it in place")
    func upsertCreatesThenRewrites() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("cv.pdf", bytes: Data("%PDF-1.4 not really\r\n--x--\r\n".utf8) + Data(repeating: 0x2D, count: 300_000))
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let client = sandbox.client()
            let form = try AttachmentForm(candidateID: Self.candidate, remoteID: "ik1-cv", type: .resume, fileName: "cv.pdf", file: file, fileContentType: "application/pdf")
            let first = try await client.upsertAttachment(.multipart(form))
            let second = try await client.upsertAttachment(.multipart(form))
            #expect(first.id == second.id)
            let stored = try #require(await sandbox.attachment(remoteID: "ik1-cv"))
            #expect(stored.id.uuidString.lowercased() == first.id.lowercased())
            let expected = try await sha256Hex(of: file)
            #expect(stored.sha256 == expected)
            #expect(stored.size == Int64(try Data(contentsOf: file).count))
            #expect(stored.type == "resume")
            #expect(stored.candidateID == Self.candidate)
            #expect(stored.fileName == "cv.pdf")
            #expect(stored.writes == 2)
            #expect(await sandbox.attachments().count == 1)

            let read = try #require(try await client.attachment(.remoteID("ik1-cv")))
            #expect(read.id.lowercased() == first.id.lowercased())
            #expect(read.remoteID == "ik1-cv")
            #expect(try await client.attachment(.remoteID("ik1-absent")) == nil)
        }
    }

    @Test("The JSON form sends the public file URL and no bytes")
    func jsonForm() async throws {
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let link = try AttachmentLink(candidateID: Self.candidate, remoteID: "ik1-link", type: .about, fileName: "about.md",
                                          publicFileURL: URL(string: "https://files.example.com/jane/about.md")!)
            _ = try await sandbox.client().upsertAttachment(.json(link))
            let stored = try #require(await sandbox.attachment(remoteID: "ik1-link"))
            #expect(stored.publicFileURL == "https://files.example.com/jane/about.md")
            #expect(stored.sha256 == nil)
            #expect(stored.type == "about")
        }
    }

    @Test("A remote id with a slash, a space and a percent sign stays one path segment")
    func awkwardRemoteID() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", text: "about me")
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let form = try AttachmentForm(candidateID: nil, remoteID: "crm/42 a%b", type: .about, file: file)
            _ = try await sandbox.client().upsertAttachment(.multipart(form))
            #expect(await sandbox.attachment(remoteID: "crm/42 a%b") != nil)
            #expect(await sandbox.requests().contains { $0.path.hasSuffix("remote.crm%2F42%20a%25b") })
        }
    }

    @Test("A token is renewed before it expires, without a 401")
    func renewsBeforeExpiry() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", text: "about me")
        // Six seconds, not two: on a loaded machine a call can take over a second, and
        // the first token must still be good when it arrives.
        try await EndorsedSandbox.withRunning(.init(tokenLifetime: .seconds(6))) { sandbox in
            let client = sandbox.client()
            let form = try AttachmentForm(candidateID: nil, remoteID: "ik1-a", type: .about, file: file)
            _ = try await client.upsertAttachment(.multipart(form))
            // In the last tenth of its life (at least its last second), the token is renewed.
            try await Task.sleep(for: .milliseconds(5200))
            _ = try await client.upsertAttachment(.multipart(form))
            #expect(await sandbox.tokensIssued() == 2)
            #expect(await client.tokensObtained == 2)
            #expect(await !sandbox.requests().contains { $0.status == 401 })
        }
    }

    @Test("After a 401 the token is renewed once and the call sent again")
    func renewsAfterRefusal() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", text: "about me")
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let client = sandbox.client()
            let form = try AttachmentForm(candidateID: nil, remoteID: "ik1-a", type: .about, file: file)
            _ = try await client.upsertAttachment(.multipart(form))
            await sandbox.revokeIssuedTokens()
            // Several calls at once share one renewal.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<4 {
                    let each = try AttachmentForm(candidateID: nil, remoteID: "ik1-\(index)", type: .about, file: file)
                    group.addTask { _ = try await client.upsertAttachment(.multipart(each)) }
                }
                try await group.waitForAll()
            }
            #expect(await sandbox.tokensIssued() == 2)
            #expect(await sandbox.attachments().count == 5)
            #expect(await sandbox.requests().filter { $0.status == 401 }.count >= 1)
        }
    }

    @Test("A static token that is refused fails with UNAUTHENTICATED and asks for no token")
    func staticTokenRefused() async throws {
        try await EndorsedSandbox.withRunning(.init(staticTokens: ["good-token"])) { sandbox in
            let good = sandbox.client(credentials: .accessToken("good-token"))
            try await good.verifyAccess()
            let bad = sandbox.client(credentials: .accessToken("stale-token"))
            let error = await #expect(throws: EndorsedError.self) { try await bad.verifyAccess() }
            #expect(error?.status == 401)
            #expect(error?.endorsedCode == .unauthenticated)
            #expect(!(error?.message.contains("stale-token") ?? true))
            #expect(await sandbox.tokensIssued() == 0)
        }
    }

    /// The access checks the sandbox received.
    static func accessChecks(_ sandbox: RunningEndorsedSandbox) async -> [SandboxRequestRecord] {
        await sandbox.requests().filter { $0.method == "GET" && $0.path.hasSuffix("remote.intake-access-check") }
    }

    @Test("A server that answers the access check with failures is asked again past three attempts, with the configured policy")
    func accessCheckOutlastsAFlakyServer() async throws {
        // With this seed the sandbox fails the first calls in a row, more than the quick
        // phase's three.
        let faults = SandboxFaults(serverErrorRate: 0.75)
        try await EndorsedSandbox.withRunning(.init(staticTokens: ["good-token"], faults: faults, seed: Self.flakyStartSeed)) { sandbox in
            let client = sandbox.client(
                credentials: .accessToken("good-token"),
                retry: RetryPolicy(maximumAttempts: 40, initialBackoff: .milliseconds(2), maximumBackoff: .milliseconds(5)))
            try await client.verifyAccess()
            let checks = await Self.accessChecks(sandbox)
            #expect(checks.prefix(3).allSatisfy { $0.status == 500 }, "\(checks)")
            #expect(checks.count > 3)
            #expect(checks.last?.status == 404)
        }
    }

    /// A seed with which the sandbox answers 500 to the first three access checks.
    static let flakyStartSeed: UInt64 = 2

    @Test("A server that fails every access check is reported after the quick attempts and the configured ones")
    func accessCheckGivesUpOnAServerThatAlwaysFails() async throws {
        try await EndorsedSandbox.withRunning(.init(staticTokens: ["good-token"], faults: SandboxFaults(serverErrorRate: 1))) { sandbox in
            let client = sandbox.client(
                credentials: .accessToken("good-token"),
                retry: RetryPolicy(maximumAttempts: 4, initialBackoff: .milliseconds(2), maximumBackoff: .milliseconds(5)))
            let error = await #expect(throws: EndorsedError.self) { try await client.verifyAccess() }
            #expect(error?.status == 500)
            #expect(await Self.accessChecks(sandbox).count == 3 + 4)
        }
    }

    @Test("Wrong client credentials are refused by the token call, and the secret is never in the error")
    func wrongClientCredentials() async throws {
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let client = sandbox.client(credentials: .clientCredentials(clientID: sandbox.configuration.clientID, clientSecret: "not-the-secret"))
            let error = await #expect(throws: TokenRequestError.self) { try await client.verifyAccess() }
            #expect(error?.credentialsRefused == true)
            #expect(!"\(String(describing: error))".contains("not-the-secret"))
        }
    }

    @Test("A 400 from validation is not retried")
    func validationIsNotRetried() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", text: "about me")
        let unknown = "9b1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f"
        try await EndorsedSandbox.withRunning(.init(knownCandidateIDs: [Self.candidate])) { sandbox in
            let form = try AttachmentForm(candidateID: unknown, remoteID: "ik1-v", type: .about, file: file)
            let error = await #expect(throws: EndorsedError.self) {
                try await sandbox.client(retry: RetryPolicy(maximumAttempts: 5, initialBackoff: .milliseconds(1))).upsertAttachment(.multipart(form))
            }
            #expect(error?.status == 400)
            #expect(error?.endorsedCode.rawValue == "VALIDATION_ERROR")
            #expect(error?.details["api_code"] == "VALIDATION_ERROR")
            #expect(await sandbox.requests().filter { $0.method == "PUT" }.count == 1)
            #expect(await sandbox.attachments().isEmpty)
        }
    }

    @Test("With 500s, writes that land then fail, dropped connections and 429s, every file ends up stored exactly once")
    func faultsStillGiveExactlyOnce() async throws {
        let folder = try TemporaryFolder()
        var files: [(remoteID: String, url: URL)] = []
        for index in 0..<120 {
            let url = try folder.write("doc-\(index).txt", text: "document \(index) " + String(repeating: "x", count: index * 97))
            files.append(("ik1-doc-\(index)", url))
        }
        let faults = SandboxFaults(serverErrorRate: 0.20, landThenErrorRate: 0.10, dropRate: 0.05, rateLimitRate: 0.10, retryAfterSeconds: 0)
        try await EndorsedSandbox.withRunning(.init(faults: faults, seed: 42)) { sandbox in
            let client = sandbox.client(retry: RetryPolicy(maximumAttempts: 16, initialBackoff: .milliseconds(2), maximumBackoff: .milliseconds(40)))
            try await withThrowingTaskGroup(of: Void.self) { group in
                for file in files {
                    group.addTask {
                        let form = try AttachmentForm(candidateID: Self.candidate, remoteID: file.remoteID, type: .resume, file: file.url)
                        _ = try await client.upsertAttachment(.multipart(form))
                    }
                }
                try await group.waitForAll()
            }
            let stored = await sandbox.attachments()
            #expect(stored.count == files.count)
            #expect(Set(stored.map(\.remoteID)) == Set(files.map(\.remoteID)))
            for file in files {
                let attachment = try #require(stored.first { $0.remoteID == file.remoteID })
                let expected = try await sha256Hex(of: file.url)
                #expect(attachment.sha256 == expected)
            }
            // The faults really happened.
            let faultsSeen = Set(await sandbox.requests().compactMap(\.fault))
            #expect(faultsSeen == ["server_error", "land_then_error", "drop", "rate_limit"])
        }
    }

    /// The test process runs other suites at the same time (poppler, the samples), whose
    /// memory counts in the same peak: a few hundred megabytes. Hence a file four times
    /// the allowance, which a client that read it whole could not stay under.
    @Test("A 4 GiB file is streamed: the process's peak memory grows far less than the file")
    func streamsLargeFiles() async throws {
        let folder = try TemporaryFolder()
        let size: Int64 = 4 << 30
        let url = try folder.write("big.pdf", bytes: Data("%PDF-1.7\n".utf8))
        // A sparse file: a gigabyte of zeros after the header, without a gigabyte of disk writes.
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
        let before = try peakResidentBytes()
        // The sandbox hashes the bytes as they arrive and keeps none, so no disk fills up.
        try await EndorsedSandbox.withRunning(.init(maximumFileSize: size + 1, keepsFileBytes: false)) { sandbox in
            let form = try AttachmentForm(candidateID: Self.candidate, remoteID: "ik1-big", type: .resume, file: url)
            _ = try await sandbox.client(maximumFileBytes: nil).upsertAttachment(.multipart(form))
            let stored = try #require(await sandbox.attachment(remoteID: "ik1-big"))
            #expect(stored.size == size)
            let expected = try await sha256Hex(of: url)
            #expect(stored.sha256 == expected)
        }
        let growth = try peakResidentBytes() - before
        #expect(growth < 1 << 30, "peak RSS grew by \(growth >> 20) MiB for a \(size >> 20) MiB upload")
    }
}

extension RunningEndorsedSandbox {
    /// A client of this sandbox: client credentials by default, quick retries.
    func client(
        credentials: EndorsedCredentials? = nil,
        retry: RetryPolicy = RetryPolicy(maximumAttempts: 6, initialBackoff: .milliseconds(2), maximumBackoff: .milliseconds(20)),
        maximumFileBytes: Int64? = EndorsedClient.Configuration.defaultMaximumFileBytes
    ) -> EndorsedClient {
        EndorsedClient(
            endpoint: try! EndorsedEndpoint(baseURL.absoluteString),
            credentials: credentials ?? .clientCredentials(clientID: configuration.clientID, clientSecret: configuration.clientSecret),
            configuration: .init(
                retry: retry, attemptLimits: AttemptLimits(idleTimeout: .seconds(30), baseDeadline: .seconds(60)), maximumConcurrentUploads: 4,
                maximumFileBytes: maximumFileBytes
            ),
            logger: Logger(label: "intake.tests", factory: { _ in SwiftLogNoOpLogHandler() })
        )
    }
}

/// The sink's own decisions: what counts as uploaded when the server's answers do not say.
@Suite("EndorsedSink against the sandbox")
struct EndorsedSinkTests {
    static func document(_ folder: TemporaryFolder, candidate: String? = EndorsedClientTests.candidate) throws -> Document {
        try folder.write("cv.txt", text: "Jane Doe, nurse. Experience: 2019–2024 St Mary's.")
        var document = Document(file: try folder.inputFile("cv.txt"))
        document.candidateID = candidate
        document.classification = Classification(type: .resume, confidence: 0.9, scores: [.resume: 0.9], evidence: [])
        document.remoteID = "ik1-sink-test"
        document.mimeType = "text/plain"
        return document
    }

    static let context = StageContext(logger: Logger(label: "intake.tests", factory: { _ in SwiftLogNoOpLogHandler() }))

    @Test("A write stored on every attempt but answered 500 each time still counts as uploaded")
    func landedDespiteErrors() async throws {
        let folder = try TemporaryFolder()
        let document = try Self.document(folder)
        let faults = SandboxFaults(landThenErrorRate: 1.0)
        try await EndorsedSandbox.withRunning(.init(faults: faults)) { sandbox in
            let sink = EndorsedSink(client: sandbox.client(retry: RetryPolicy(maximumAttempts: 2, initialBackoff: .milliseconds(1))))
            // The read-back is a GET, which this fault leaves alone.
            let receipt = try await sink.deliver(document, context: Self.context)
            #expect(receipt.kind == .uploaded)
            #expect(receipt.detail?.contains("stored, although") == true)
            let stored = try #require(await sandbox.attachment(remoteID: "ik1-sink-test"))
            #expect(receipt.attachmentID?.lowercased() == stored.id.uuidString.lowercased())
            #expect(await sandbox.attachments().count == 1)
        }
    }

    @Test("A write that never landed is reported with the last answer")
    func neverLanded() async throws {
        let folder = try TemporaryFolder()
        let document = try Self.document(folder)
        try await EndorsedSandbox.withRunning(.init(faults: SandboxFaults(serverErrorRate: 1.0))) { sandbox in
            let sink = EndorsedSink(client: sandbox.client(retry: RetryPolicy(maximumAttempts: 3, initialBackoff: .milliseconds(1))))
            let error = await #expect(throws: EndorsedError.self) { try await sink.deliver(document, context: Self.context) }
            #expect(error?.status == 500)
            #expect(error?.code == "endorsed_internal_server_error")
            #expect(await sandbox.requests().filter { $0.method == "PUT" }.count == 3)
        }
    }

    @Test("A file that grows after it was hashed is not uploaded: file_changed, and nothing is stored")
    func fileGrewBeforeUpload() async throws {
        let folder = try TemporaryFolder()
        let url = try folder.write("inbox/cv.txt", text: "Jane Doe, nurse. Experience: 2019–2024 St Mary's.")
        var document = Document(file: try #require(await folder.listedFiles("inbox")["cv.txt"]))
        document.candidateID = EndorsedClientTests.candidate
        document.classification = Classification(type: .resume, confidence: 0.9, scores: [.resume: 0.9], evidence: [])
        document.mimeType = "text/plain"
        document.contentSHA256 = try await ContentHasher.sha256(of: document.file, context: Self.context)
        document.remoteID = RemoteID.derive(candidateID: document.candidateID, contentSHA256: document.contentSHA256!)
        // Still being copied: more bytes arrive after the hash.
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(" Education: BSc Nursing.".utf8))
        try handle.close()

        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let sink = EndorsedSink(client: sandbox.client())
            let error = await #expect(throws: FileChangedError.self) { try await sink.deliver(document, context: Self.context) }
            #expect(error?.code == "file_changed")
            #expect(await sandbox.attachments().isEmpty)
        }
    }

    @Test("An immutable server's refusal of content already there counts as uploaded")
    func immutableRefusal() async throws {
        let folder = try TemporaryFolder()
        let document = try Self.document(folder)
        try await EndorsedSandbox.withRunning(.init(immutableAttachments: true)) { sandbox in
            let sink = EndorsedSink(client: sandbox.client())
            let first = try await sink.deliver(document, context: Self.context)
            let second = try await sink.deliver(document, context: Self.context)
            #expect(first.attachmentID == second.attachmentID)
            #expect(second.detail?.contains("refused to change it (HTTP 409 CONFLICT)") == true)
            #expect(await sandbox.attachment(remoteID: "ik1-sink-test")?.writes == 1)
        }
    }

    @Test("A document without a candidate fails no_candidate unless allowed")
    func candidateRequired() async throws {
        let folder = try TemporaryFolder()
        let document = try Self.document(folder, candidate: nil)
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            await #expect(throws: NoCandidateError.self) { try await EndorsedSink(client: sandbox.client()).deliver(document, context: Self.context) }
            #expect(await sandbox.requests().isEmpty)
            let receipt = try await EndorsedSink(client: sandbox.client(), requiresCandidate: false).deliver(document, context: Self.context)
            #expect(receipt.kind == .uploaded)
            #expect(await sandbox.attachment(remoteID: "ik1-sink-test")?.candidateID == nil)
        }
    }
}
