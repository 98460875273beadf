import Foundation
import Intake
import IntakeOutbox
import IntakeTestFixtures
import Logging
import Testing

/// A file held in memory has no path: the outbox records its key in `path`, its name in
/// `file_name`.
@Suite("OutboxSink with files held in memory")
struct OutboxInMemoryTests {
    let context = StageContext(logger: Logger(label: "intake.test", factory: { _ in SwiftLogNoOpLogHandler() }))

    @Test("the row of a file held in memory has its key as path and its name as file name")
    func keyAndName() async throws {
        let folder = try TemporaryFolder()
        let sink = try OutboxSink(stateDirectory: folder.url.appending(path: ".intake", directoryHint: .isDirectory))
        let key = "upload:\(OutboxSinkTests.candidate)/cv"
        let memory = try InMemoryFile(bytes: Array(OutboxSinkTests.resumeText.utf8), name: "Jane Doe CV.txt")
        var document = Document(file: InputFile(memory: memory, fileName: "Jane Doe CV.txt", key: key))
        document.mimeType = "text/plain"
        document.text = OutboxSinkTests.resumeText
        document.classification = Classification(type: .resume, confidence: 0.8, scores: [.resume: 4], evidence: [])
        document.contentSHA256 = try await ContentHasher.sha256(of: document.file, context: context)
        document.candidateID = OutboxSinkTests.candidate
        document.remoteID = RemoteID.derive(candidateID: document.candidateID, contentSHA256: document.contentSHA256!)

        _ = try await sink.deliver(document, context: context)
        let entries = try await sink.entries()
        try #require(entries.count == 1)
        #expect(entries[0].path == key)
        #expect(entries[0].fileName == "Jane Doe CV.txt")
        #expect(entries[0].size == Int64(OutboxSinkTests.resumeText.utf8.count))
        #expect(entries[0].sha256 == document.contentSHA256)
    }
}
