import Foundation
import Intake
@testable import IntakeEndorsed
import IntakeTestFixtures
import NIOCore
import NIOHTTP1
import Testing

/// The client's pieces that need no server: retry waits, Retry-After, endpoints,
/// credentials from the environment, form encoding, the streamed body.
@Suite("Endorsed client parts")
struct ClientPartsTests {
    @Test("Each wait stays under its doubling cap, and Retry-After is honoured up to its limit")
    func retryWaits() {
        let policy = RetryPolicy(maximumAttempts: 6, initialBackoff: .milliseconds(100), maximumBackoff: .seconds(1), maximumRetryAfter: .seconds(5))
        var generator = SeededGenerator(seed: 7)
        for attempt in 1...10 {
            let cap = min(Duration.seconds(1), .milliseconds(100) * (1 << (attempt - 1)))
            for _ in 0..<50 {
                let wait = policy.delay(afterAttempt: attempt, retryAfter: nil, using: &generator)
                #expect(wait >= .zero && wait <= cap)
            }
        }
        // Jitter: the waits after one attempt are not all the same.
        let waits = Set((0..<20).map { _ in policy.delay(afterAttempt: 3, retryAfter: nil, using: &generator) })
        #expect(waits.count > 1)
        #expect(policy.delay(afterAttempt: 1, retryAfter: .seconds(3), using: &generator) == .seconds(3))
        #expect(policy.delay(afterAttempt: 1, retryAfter: .seconds(3600), using: &generator) == .seconds(5))
    }

    @Test("Retry-After in seconds or as an HTTP date; garbage is ignored")
    func retryAfterHeader() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        func parse(_ value: String) -> Duration? {
            RetryingTransport.retryAfter(HTTPHeaders([("Retry-After", value)]), now: now)
        }
        #expect(parse("2") == .seconds(2))
        #expect(parse(" 0 ") == .zero)
        #expect(parse("-1") == nil)
        #expect(parse("soon") == nil)
        // 1_700_000_030 is Tue, 14 Nov 2023 22:13:50 GMT.
        #expect(parse("Tue, 14 Nov 2023 22:13:50 GMT") == .seconds(30))
        #expect(RetryingTransport.retryAfter(HTTPHeaders(), now: now) == nil)
    }

    @Test("Endpoints: https anywhere, plain http only to this machine, no query or credentials")
    func endpoints() throws {
        #expect(try EndorsedEndpoint("https://endorsed.ai/api/v1/").baseURL.absoluteString == "https://endorsed.ai/api/v1")
        #expect(try EndorsedEndpoint("https://endorsed.ai/api/v1").url(for: "attachments/remote.a%2Fb") == "https://endorsed.ai/api/v1/attachments/remote.a%2Fb")
        #expect(try EndorsedEndpoint("http://127.0.0.1:8080/api/v1").description == "http://127.0.0.1:8080/api/v1")
        #expect(throws: Never.self) { try EndorsedEndpoint("http://localhost:9/api/v1") }
        #expect(throws: Never.self) { try EndorsedEndpoint("http://[::1]:9/api/v1") }
        #expect(throws: EndpointError.plainHTTP("http://endorsed.ai/api/v1")) { try EndorsedEndpoint("http://endorsed.ai/api/v1") }
        #expect(throws: EndpointError.plainHTTP("http://127.0.0.1.example.com/api/v1")) { try EndorsedEndpoint("http://127.0.0.1.example.com/api/v1") }
        #expect(throws: Never.self) { try EndorsedEndpoint("http://127.10.0.3:80/api/v1") }
        #expect(throws: EndpointError.notAURL("endorsed.ai")) { try EndorsedEndpoint("endorsed.ai") }
        #expect(throws: EndpointError.unsupportedScheme("ftp://endorsed.ai")) { try EndorsedEndpoint("ftp://endorsed.ai") }
        #expect(throws: EndpointError.credentialsInURL) { try EndorsedEndpoint("https://me:pw@endorsed.ai/api/v1") }
        #expect(throws: EndpointError.queryOrFragment("https://endorsed.ai/api/v1?x=1")) { try EndorsedEndpoint("https://endorsed.ai/api/v1?x=1") }
    }

    @Test("Credentials from the environment, and what to set when they are missing")
    func credentialsFromEnvironment() throws {
        #expect(try EndorsedCredentials.fromEnvironment(["ENDORSED_ACCESS_TOKEN": " tok "]) == .accessToken("tok"))
        #expect(try EndorsedCredentials.fromEnvironment(["ENDORSED_CLIENT_ID": "id", "ENDORSED_CLIENT_SECRET": "s"]) == .clientCredentials(clientID: "id", clientSecret: "s"))
        // A token wins over client credentials.
        #expect(try EndorsedCredentials.fromEnvironment(["ENDORSED_ACCESS_TOKEN": "t", "ENDORSED_CLIENT_ID": "id", "ENDORSED_CLIENT_SECRET": "s"]) == .accessToken("t"))
        #expect(throws: CredentialsError.missing) { try EndorsedCredentials.fromEnvironment(["ENDORSED_ACCESS_TOKEN": "  "]) }
        #expect(throws: CredentialsError.incomplete(missingVariable: "ENDORSED_CLIENT_SECRET")) {
            try EndorsedCredentials.fromEnvironment(["ENDORSED_CLIENT_ID": "id"])
        }
        #expect(CredentialsError.missing.description.contains("ENDORSED_ACCESS_TOKEN"))
    }

    @Test("Credentials never show their secret")
    func credentialsAreRedacted() {
        let token = EndorsedCredentials.accessToken("very-secret-token")
        let client = EndorsedCredentials.clientCredentials(clientID: "8f3c", clientSecret: "very-secret-value")
        for text in ["\(token)", String(reflecting: token), "\(client)", String(reflecting: client), "\([token, client])"] {
            #expect(!text.contains("very-secret"))
        }
        var dumped = ""
        dump(client, to: &dumped)
        #expect(!dumped.contains("very-secret"))
        #expect("\(client)".contains("8f3c"))
    }

    @Test("Form encoding escapes reserved bytes and turns spaces into +")
    func formEncoding() {
        #expect(FormEncoding.encode([("grant_type", "client_credentials"), ("client_secret", "a b&c=d+é/")])
            == "grant_type=client_credentials&client_secret=a+b%26c%3Dd%2B%C3%A9%2F")
    }

    @Test("The streamed body is preamble, file and epilogue, byte for byte, and its length is announced", arguments: [0, 1, 256 * 1024, 256 * 1024 + 1, 700_001])
    func streamedBody(size: Int) async throws {
        let folder = try TemporaryFolder()
        var content = Data(count: size)
        var generator = SeededGenerator(seed: UInt64(size))
        for index in 0..<size { content[index] = UInt8(truncatingIfNeeded: generator.next()) }
        let file = try folder.write("cv.pdf", bytes: content)
        let form = try AttachmentForm(candidateID: nil, remoteID: "r", type: .resume, file: file)
        var body = Data()
        var chunks = 0
        for try await chunk in FileBodySequence(form: form) {
            body.append(contentsOf: chunk.readableBytesView)
            chunks += 1
            // No chunk is larger than one read: the file never sits in memory whole.
            #expect(chunk.readableBytes <= FileBodySequence.chunkSize + form.preamble.count + form.epilogue.count)
        }
        #expect(Int64(body.count) == form.contentLength)
        #expect(body == form.preamble + content + form.epilogue)
        // Iterating again (a retry) sends it all again.
        var again = 0
        for try await chunk in FileBodySequence(form: form) { again += chunk.readableBytes }
        #expect(Int64(again) == form.contentLength)
    }

    @Test("A file that grew or shrank after the form measured it stops the body", arguments: [-10, 10])
    func changedFile(delta: Int) async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("cv.pdf", bytes: Data(repeating: 7, count: 1000))
        let form = try AttachmentForm(candidateID: nil, remoteID: "r", type: .resume, file: file)
        try Data(repeating: 7, count: 1000 + delta).write(to: file)
        await #expect(throws: FileChangedError.self) {
            for try await _ in FileBodySequence(form: form) {}
        }
    }

    @Test("The last bytes of a body go out only when the bytes read are the bytes hashed")
    func bytesAreTheOnesHashed() async throws {
        let folder = try TemporaryFolder()
        let url = try folder.write("cv.pdf", bytes: Data(repeating: 7, count: 600_000))
        let file = try #require(await folder.listedFiles()["cv.pdf"])
        let right = try await sha256Hex(of: url)
        let good = try AttachmentForm(candidateID: nil, remoteID: "r", type: .resume, source: file, expectedSHA256: right)
        var sent = 0
        for try await chunk in FileBodySequence(form: good) { sent += chunk.readableBytes }
        #expect(Int64(sent) == good.contentLength)

        // Another hash, as when the file was edited and its time put back (`touch -r`).
        let wrong = try AttachmentForm(candidateID: nil, remoteID: "r", type: .resume, source: file, expectedSHA256: String(repeating: "0", count: 64))
        var before = 0
        let error = await #expect(throws: FileChangedError.self) {
            for try await chunk in FileBodySequence(form: wrong) { before += chunk.readableBytes }
        }
        #expect(error?.code == "file_changed")
        #expect(error?.message.contains("no longer the ones hashed") == true)
        // The chunks before the last went; the last one and the epilogue did not.
        #expect(Int64(before) < wrong.contentLength - Int64(wrong.epilogue.count))
    }

    @Test("A listed file swapped for a link or changed before its upload is not sent")
    func changedBeforeUpload() async throws {
        let folder = try TemporaryFolder()
        let secret = try folder.write("keys/id_ed25519", text: "-----BEGIN OPENSSH PRIVATE KEY-----")
        let cv = try folder.write("inbox/cv.pdf", bytes: Data(repeating: 7, count: 1000))
        let other = try folder.write("inbox/other.pdf", bytes: Data(repeating: 7, count: 1000))
        let files = await folder.listedFiles("inbox")
        try FileManager.default.removeItem(at: cv)
        try FileManager.default.createSymbolicLink(at: cv, withDestinationURL: secret)
        // Same size, written again: past the file system's clock tick, so its time differs.
        try await Task.sleep(for: .milliseconds(50))
        try Data(repeating: 8, count: 1000).write(to: other)

        for name in ["cv.pdf", "other.pdf"] {
            let form = try AttachmentForm(candidateID: nil, remoteID: "r", type: .resume, source: try #require(files[name]), expectedSHA256: nil)
            let error = await #expect(throws: FileChangedError.self, "\(name)") {
                for try await _ in FileBodySequence(form: form) {}
            }
            #expect(error?.code == "file_changed", "\(name)")
        }
    }

    @Test("Public file URLs join the base with the file's path, each segment encoded")
    func publicURLs() {
        let base = URL(string: "https://files.example.com/inbox")!
        #expect(EndorsedSink.publicURL(base: base, pathInSource: "3f6c/Jane Doe #1?.pdf").absoluteString
            == "https://files.example.com/inbox/3f6c/Jane%20Doe%20%231%3F.pdf")
        #expect(EndorsedSink.publicURL(base: URL(string: "https://x.org/a/")!, pathInSource: "./cv.pdf").absoluteString == "https://x.org/a/cv.pdf")
    }

    @Test("Upload slots admit at most their limit at once")
    func uploadSlotsLimit() async throws {
        let slots = UploadSlots(limit: 2)
        let mark = Mark()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<12 {
                group.addTask {
                    try await slots.withSlot {
                        await mark.enter()
                        try await Task.sleep(for: .milliseconds(5))
                        await mark.leave()
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(await mark.highest == 2)
    }

    actor Mark {
        var current = 0
        var highest = 0
        func enter() { current += 1; highest = max(highest, current) }
        func leave() { current -= 1 }
    }
}
