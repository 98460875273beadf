import EndorsedSandbox
import Foundation
import Intake
import IntakeEndorsed
import IntakeTestFixtures
import Logging
import Testing

/// An upload held in memory goes to Endorsed as multipart, its bytes streamed from its
/// memory file; it has no public URL, and says so instead of sending a wrong one.
@Suite("Uploads of files held in memory")
struct InMemoryUploadTests {
    static let bytes = Array("Jane Doe, nurse. Experience: 2019–2024 St Mary's. Education: BSc Nursing.".utf8)
    static let context = StageContext(logger: Logger(label: "intake.tests", factory: { _ in SwiftLogNoOpLogHandler() }))

    /// A document ready for the sink, its file held in memory.
    static func document() async throws -> Document {
        let memory = try InMemoryFile(bytes: bytes, name: "Jane Doe.txt")
        var document = Document(file: InputFile(memory: memory, fileName: "Jane Doe.txt", key: "upload:\(EndorsedClientTests.candidate)/jane"))
        document.candidateID = EndorsedClientTests.candidate
        document.classification = Classification(type: .resume, confidence: 0.9, scores: [.resume: 0.9], evidence: [])
        document.mimeType = "text/plain"
        document.contentSHA256 = try await ContentHasher.sha256(of: document.file, context: context)
        document.remoteID = RemoteID.derive(candidateID: document.candidateID, contentSHA256: document.contentSHA256!)
        return document
    }

    @Test("the form of a file held in memory has its size and its name")
    func form() async throws {
        let document = try await Self.document()
        let form = try AttachmentForm(
            candidateID: nil, remoteID: "ik1-memory", type: .resume, source: document.file, expectedSHA256: document.contentSHA256)
        #expect(form.fileSize == Int64(Self.bytes.count))
        #expect(String(decoding: form.preamble, as: UTF8.self).contains(#"name="file"; filename="Jane Doe.txt""#))
    }

    @Test("a multipart upload sends the memory file's bytes, hashed and named")
    func multipart() async throws {
        let document = try await Self.document()
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let receipt = try await EndorsedSink(client: sandbox.client()).deliver(document, context: Self.context)
            #expect(receipt.kind == .uploaded)
            let stored = try #require(await sandbox.attachment(remoteID: document.remoteID!))
            #expect(stored.size == Int64(Self.bytes.count))
            #expect(stored.sha256 == document.contentSHA256)
            #expect(stored.fileName == "Jane Doe.txt")
            let storedFile = try #require(stored.storedFile)
            #expect(try Data(contentsOf: storedFile) == Data(Self.bytes))
        }
    }

    @Test("the public URL mode fails a file held in memory with no_public_url, and sends nothing")
    func publicURL() async throws {
        let document = try await Self.document()
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let sink = EndorsedSink(client: sandbox.client(), mode: .publicURL(base: URL(string: "https://files.example.org/inbox/")!))
            let error = await #expect(throws: NoPublicURLError.self) { try await sink.deliver(document, context: Self.context) }
            #expect(error?.code == "no_public_url")
            #expect(error?.message.contains("Jane Doe.txt") == true)
            #expect(await sandbox.requests().isEmpty)
        }
    }
}
