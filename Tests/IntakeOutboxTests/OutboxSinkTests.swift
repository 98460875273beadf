import Foundation
import GRDB
import Intake
@testable import IntakeOutbox
import IntakeTestFixtures
import Logging
import Testing

/// The outbox against a real SQLite file in a temporary folder: what a delivery records,
/// idempotence by remote id, concurrent writers, reopening, and the errors it reports.
@Suite("OutboxSink with a real SQLite file")
struct OutboxSinkTests {
    let context = StageContext(logger: Logger(label: "intake.test", factory: { _ in SwiftLogNoOpLogHandler() }))

    static let candidate = "3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c13"
    static let otherCandidate = "6329b0c2-4914-453c-91b8-f0b4aa707851"

    /// A resume long enough (over 200 normalised characters) to get a text hash.
    static let resumeText = """
        Jane Doe — Senior Backend Engineer
        Experience
        2019–2024 Staff Engineer, Acme Payments: led the ledger rewrite, cut settlement time by half.
        2015–2019 Software Engineer, Globex: built the event pipeline and its on-call tooling.
        Education
        MSc Computer Science, University of Somewhere, 2015
        Skills
        Swift, Go, PostgreSQL, SQLite, Kafka, distributed systems
        """

    /// The state folder inside `folder`, as `intake ingest` would use it.
    static func stateDirectory(in folder: TemporaryFolder) -> URL {
        folder.url.appending(path: ".intake", directoryHint: .isDirectory)
    }

    /// Writes `text` to `relativePath` in `folder` and returns the document every stage
    /// before the upload would have made of it: MIME type, text, type, hashes and ids.
    func document(
        in folder: TemporaryFolder, _ relativePath: String, text: String,
        type: AttachmentType = .resume, confidence: Double = 0.83, sequenceNumber: Int = 0
    ) async throws -> Document {
        try folder.write(relativePath, text: text)
        var document = Document(file: try folder.inputFile(relativePath, sequenceNumber: sequenceNumber))
        document.mimeType = "text/plain"
        document.text = text
        document.classification = Classification(
            type: type, confidence: confidence, scores: [type: 4.5, .about: 1],
            evidence: [Evidence(supports: type, signal: "section:experience", detail: "Experience", weight: 3)]
        )
        let sha256 = try await ContentHasher.sha256(of: document.file, context: context)
        document.contentSHA256 = sha256
        document.textSHA256 = ContentHasher.normalisedTextSHA256(of: text)
        document.candidateID = CandidateID.fromPath(document.file.displayPath)
        document.remoteID = RemoteID.derive(candidateID: document.candidateID, contentSHA256: sha256)
        return document
    }

    /// `count` resumes that differ by a line, each in the folder of the candidate
    /// `candidate(index)` gives: distinct documents with distinct remote ids.
    func distinctResumes(_ count: Int, in folder: TemporaryFolder, candidate: (Int) -> String) async throws -> [Document] {
        var documents: [Document] = []
        for index in 0..<count {
            documents.append(try await document(
                in: folder, "\(candidate(index))/resume-\(index).txt", text: "\(Self.resumeText)\nReference number \(index)",
                sequenceNumber: index
            ))
        }
        return documents
    }

    /// Waits until the clock has moved past `date` by more than the precision with which
    /// the outbox stores dates (milliseconds), so a later write gets a later date.
    static func waitForClock(toPass date: Date) async throws {
        while Date() <= date.addingTimeInterval(0.002) {
            try await Task.sleep(for: .milliseconds(1))
        }
    }

    @Test("a delivered document becomes one row with the fields an Endorsed upload carries")
    func storesOneRow() async throws {
        let folder = try TemporaryFolder()
        let sink = try OutboxSink(stateDirectory: Self.stateDirectory(in: folder))
        let document = try await document(in: folder, "\(Self.candidate)/Jane Doe CV.txt", text: Self.resumeText, type: .resume, confidence: 0.83)

        let before = Date()
        let receipt = try await sink.deliver(document, context: context)
        let after = Date()

        #expect(receipt == SinkReceipt(kind: .stored, sink: "outbox", attachmentID: nil, detail: nil))
        #expect(sink.name == "outbox")
        #expect(sink.databaseURL == Self.stateDirectory(in: folder).appending(path: "outbox.sqlite"))
        #expect(FileManager.default.fileExists(atPath: sink.databaseURL.path(percentEncoded: false)))

        let entries = try await sink.entries()
        try #require(entries.count == 1)
        let entry = entries[0]
        #expect(entry.remoteID == document.remoteID)
        #expect(entry.remoteID == RemoteID.derive(candidateID: Self.candidate, contentSHA256: try #require(document.contentSHA256)))
        #expect(entry.candidateID == Self.candidate)
        #expect(entry.type == "resume")
        #expect(entry.fileName == "Jane Doe CV.txt")
        #expect(entry.path == folder.path("\(Self.candidate)/Jane Doe CV.txt"))
        #expect(entry.sha256 == document.contentSHA256)
        #expect(entry.textSHA256 != nil)
        #expect(entry.textSHA256 == document.textSHA256)
        #expect(entry.mime == "text/plain")
        #expect(entry.size == Int64(Data(Self.resumeText.utf8).count))
        #expect(entry.size == document.size)
        #expect(entry.confidence == 0.83)
        #expect(entry.firstStoredAt == entry.lastStoredAt)
        // Dates are stored to the millisecond.
        #expect(entry.firstStoredAt >= before.addingTimeInterval(-0.001))
        #expect(entry.firstStoredAt <= after)
    }

    @Test("the type is stored by its API name, and a document without candidate or text hash keeps them empty")
    func typeRawValueAndOptionalFields() async throws {
        let folder = try TemporaryFolder()
        let sink = try OutboxSink(stateDirectory: Self.stateDirectory(in: folder))
        // No UUID folder in the path: no candidate. A short text: no text hash.
        let document = try await document(in: folder, "inbox/prefs.txt", text: "Open to remote work.", type: .rolePreferences, confidence: 0.5)
        #expect(document.candidateID == nil)
        #expect(document.textSHA256 == nil)

        _ = try await sink.deliver(document, context: context)

        let entry = try #require(try await sink.entries().first)
        #expect(entry.type == "role_preferences")
        #expect(entry.candidateID == nil)
        #expect(entry.textSHA256 == nil)
        #expect(entry.remoteID == RemoteID.derive(candidateID: nil, contentSHA256: try #require(document.contentSHA256)))
        #expect(entry.confidence == 0.5)
    }

    @Test("delivering the same remote id again keeps one row and its first date, moves the last date, and says so")
    func redeliveryRefreshesTheRow() async throws {
        let folder = try TemporaryFolder()
        let sink = try OutboxSink(stateDirectory: Self.stateDirectory(in: folder))
        let document = try await document(in: folder, "\(Self.candidate)/resume.txt", text: Self.resumeText)

        let firstReceipt = try await sink.deliver(document, context: context)
        #expect(firstReceipt.detail == nil)
        let first = try #require(try await sink.entries().first)

        try await Self.waitForClock(toPass: first.lastStoredAt)
        let secondReceipt = try await sink.deliver(document, context: context)

        #expect(secondReceipt.kind == .stored)
        #expect(secondReceipt.sink == "outbox")
        #expect(secondReceipt.attachmentID == nil)
        #expect(secondReceipt.detail?.contains("already in the outbox") == true)

        let entries = try await sink.entries()
        try #require(entries.count == 1)
        let second = entries[0]
        #expect(second.remoteID == first.remoteID)
        #expect(second.firstStoredAt == first.firstStoredAt)
        #expect(second.lastStoredAt > first.lastStoredAt)
        #expect(second.lastStoredAt > second.firstStoredAt)
    }

    @Test("two different remote ids make two rows")
    func twoRemoteIDsTwoRows() async throws {
        let folder = try TemporaryFolder()
        let sink = try OutboxSink(stateDirectory: Self.stateDirectory(in: folder))
        let resume = try await document(in: folder, "\(Self.candidate)/resume.txt", text: Self.resumeText)
        // The same bytes for another candidate: another remote id.
        let sameBytesOtherCandidate = try await document(in: folder, "\(Self.otherCandidate)/resume.txt", text: Self.resumeText)
        #expect(resume.remoteID != sameBytesOtherCandidate.remoteID)

        _ = try await sink.deliver(resume, context: context)
        let receipt = try await sink.deliver(sameBytesOtherCandidate, context: context)
        #expect(receipt.detail == nil)

        let entries = try await sink.entries()
        #expect(entries.count == 2)
        #expect(Set(entries.map(\.remoteID)) == Set([resume.remoteID, sameBytesOtherCandidate.remoteID].compactMap { $0 }))
        #expect(Set(entries.compactMap(\.candidateID)) == [Self.candidate, Self.otherCandidate])
    }

    @Test("50 concurrent deliveries of distinct documents make 50 rows")
    func concurrentDeliveries() async throws {
        let folder = try TemporaryFolder()
        let sink = try OutboxSink(stateDirectory: Self.stateDirectory(in: folder))
        let documents = try await distinctResumes(50, in: folder) { _ in UUID().uuidString.lowercased() }
        #expect(Set(documents.compactMap(\.remoteID)).count == 50)

        let receipts = try await withThrowingTaskGroup(of: SinkReceipt.self) { group in
            for document in documents {
                group.addTask { try await sink.deliver(document, context: context) }
            }
            var receipts: [SinkReceipt] = []
            for try await receipt in group { receipts.append(receipt) }
            return receipts
        }

        #expect(receipts.count == 50)
        #expect(receipts.allSatisfy { $0 == SinkReceipt(kind: .stored, sink: "outbox", attachmentID: nil, detail: nil) })
        let entries = try await sink.entries()
        #expect(entries.count == 50)
        #expect(Set(entries.map(\.remoteID)) == Set(documents.compactMap(\.remoteID)))
    }

    /// GRDB opens a pool with WAL's `synchronous = NORMAL`, which would leave a commit in
    /// the log until a checkpoint: the outbox must sync each commit before it
    /// acknowledges a delivery.
    @Test("the outbox syncs every commit: its writer runs with synchronous = FULL")
    func commitsAreSynced() async throws {
        let folder = try TemporaryFolder()
        let sink = try OutboxSink(stateDirectory: Self.stateDirectory(in: folder))
        #expect(try await sink.writerSynchronousSetting() == 2)
        let reopened = try OutboxSink(stateDirectory: Self.stateDirectory(in: folder))
        #expect(try await reopened.writerSynchronousSetting() == 2)
    }

    @Test("concurrent deliveries of one remote id make one row, and exactly one of them finds it new")
    func concurrentDeliveriesOfOneRemoteID() async throws {
        let folder = try TemporaryFolder()
        let sink = try OutboxSink(stateDirectory: Self.stateDirectory(in: folder))
        let document = try await document(in: folder, "\(Self.candidate)/resume.txt", text: Self.resumeText)

        // Deliveries that arrive together share a commit: within it, the second row of a
        // remote id must see the first, as it would in a commit of its own.
        let receipts = try await withThrowingTaskGroup(of: SinkReceipt.self) { group in
            for _ in 0..<20 {
                group.addTask { try await sink.deliver(document, context: context) }
            }
            var receipts: [SinkReceipt] = []
            for try await receipt in group { receipts.append(receipt) }
            return receipts
        }

        #expect(receipts.count == 20)
        #expect(receipts.filter { $0.detail == nil }.count == 1)
        #expect(receipts.filter { $0.detail?.contains("already in the outbox") == true }.count == 19)
        let entries = try await sink.entries()
        #expect(entries.map(\.remoteID) == [document.remoteID])
    }

    @Test("when a commit fails, every delivery it carries fails with outbox_write_failed, and none is stored")
    func failedCommitFailsEachDelivery() async throws {
        let folder = try TemporaryFolder()
        let sink = try OutboxSink(stateDirectory: Self.stateDirectory(in: folder))
        let documents = try await distinctResumes(10, in: folder) { _ in Self.candidate }
        // Another connection takes the table away: every insert of the sink then fails.
        let other = try DatabaseQueue(path: sink.databaseURL.path(percentEncoded: false))
        try await other.write { db in try db.execute(sql: "DROP TABLE attachments") }

        let failures = await withTaskGroup(of: OutboxError?.self) { group in
            for document in documents {
                group.addTask {
                    do {
                        _ = try await sink.deliver(document, context: context)
                        return nil
                    } catch {
                        return error as? OutboxError
                    }
                }
            }
            var failures: [OutboxError?] = []
            for await failure in group { failures.append(failure) }
            return failures
        }

        #expect(failures.count == 10)
        #expect(failures.allSatisfy { $0?.code == "outbox_write_failed" })
        #expect(failures.allSatisfy { $0?.message.contains("attachments") == true })
        #expect(try await other.read { db in try db.tableExists("attachments") } == false)
    }

    @Test("reopening the outbox from the same folder sees the rows; the schema is not made again")
    func reopenSeesRows() async throws {
        let folder = try TemporaryFolder()
        let state = Self.stateDirectory(in: folder)
        let resume = try await document(in: folder, "\(Self.candidate)/resume.txt", text: Self.resumeText)
        let prefs = try await document(in: folder, "\(Self.candidate)/prefs.txt", text: "Remote only, from March.", type: .rolePreferences)

        let written: [OutboxEntry]
        do {
            let sink = try OutboxSink(stateDirectory: state)
            _ = try await sink.deliver(resume, context: context)
            _ = try await sink.deliver(prefs, context: context)
            written = try await sink.entries()
        }
        #expect(written.count == 2)

        // Were the migration run again, creating the table would fail: `outbox_unusable`.
        let reopened = try OutboxSink(stateDirectory: state)
        #expect(try await reopened.entries() == written)

        // It goes on working: a known remote id is refreshed, not added.
        let receipt = try await reopened.deliver(resume, context: context)
        #expect(receipt.detail?.contains("already in the outbox") == true)
        #expect(try await reopened.entries().count == 2)

        let third = try OutboxSink(stateDirectory: state)
        #expect(try await third.entries().count == 2)
    }

    @Test("a state folder that cannot be created fails with state_unwritable")
    func stateFolderUnwritable() throws {
        let folder = try TemporaryFolder()
        try folder.write("not-a-folder", text: "a regular file where a folder would go")
        let state = folder.url.appending(path: "not-a-folder/state", directoryHint: .isDirectory)

        let error = #expect(throws: OutboxError.self) { try OutboxSink(stateDirectory: state) }
        #expect(error?.code == "state_unwritable")
        #expect(error?.message.contains(folder.path("not-a-folder/state")) == true)
    }

    @Test("a file at outbox.sqlite that is not a SQLite database fails with outbox_unusable, naming the file")
    func notADatabase() throws {
        let folder = try TemporaryFolder()
        let state = Self.stateDirectory(in: folder)
        let lines = (1...40).map { "line \($0): this is a text file, not a SQLite database" }
        let file = try folder.write(".intake/outbox.sqlite", text: lines.joined(separator: "\n"))

        let error = #expect(throws: OutboxError.self) { try OutboxSink(stateDirectory: state) }
        #expect(error?.code == "outbox_unusable")
        #expect(error?.message.contains(file.path(percentEncoded: false)) == true)
    }

    enum Missing: String, CaseIterable, Sendable {
        case remoteID = "remote id"
        case classification
    }

    @Test("a document without a remote id or a classification fails with not_ready and writes nothing", arguments: Missing.allCases)
    func notReady(missing: Missing) async throws {
        let folder = try TemporaryFolder()
        let sink = try OutboxSink(stateDirectory: Self.stateDirectory(in: folder))
        var document = try await document(in: folder, "\(Self.candidate)/resume.txt", text: Self.resumeText)
        switch missing {
        case .remoteID: document.remoteID = nil
        case .classification: document.classification = nil
        }

        let error = await #expect(throws: OutboxError.self) { try await sink.deliver(document, context: context) }
        #expect(error?.code == "not_ready")
        #expect(try await sink.entries().isEmpty)
    }

    @Test("a delivery from a cancelled task throws CancellationError, not an outbox error, and writes nothing")
    func cancelledDelivery() async throws {
        let folder = try TemporaryFolder()
        let sink = try OutboxSink(stateDirectory: Self.stateDirectory(in: folder))
        let document = try await document(in: folder, "\(Self.candidate)/resume.txt", text: Self.resumeText)
        let context = self.context

        let task = Task { () async throws -> SinkReceipt in
            // Wait for the cancellation: the sleep ends, throwing, once the task is
            // cancelled, whether that happened before the task started or after. So
            // `deliver` always runs in a cancelled task.
            try? await Task.sleep(for: .seconds(3600))
            return try await sink.deliver(document, context: context)
        }
        task.cancel()

        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(try await sink.entries().isEmpty)
    }
}
