import EndorsedSandbox
import Foundation
import Intake
import IntakeEngine
import IntakeTestFixtures
import Testing

/// A backend's upload held in memory, handed to the engine one call at a time, against the
/// sandbox on loopback, with real parser workers and a real ledger.
@Suite(.timeLimit(.minutes(2))) struct IngestOneUploadTests {
    @Test func theSameUploadTwiceIsOneAttachmentAndTheSecondCallSaysSo() async throws {
        let scratch = try TemporaryFolder()
        let bytes = try Samples.bytes(EngineFixtures.resumePath)
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let ingestor = try Ingestor(try EngineFixtures.endorsed(sandbox, state: scratch.url.appending(path: "state")))
            let (first, second) = try await Ingestor.withRunning(ingestor) { ingestor in
                let input = IngestInput(bytes: bytes, fileName: "cv.pdf", candidateID: EngineFixtures.candidate.uppercased(), metadata: ["tenant": "acme"])
                return (try await ingestor.ingest(input), try await ingestor.ingest(input))
            }
            #expect(first.status.name == "uploaded", "\(first.status)")
            #expect(first.document.candidateID == EngineFixtures.candidate)
            #expect(first.document.mimeType == "application/pdf")
            #expect(first.document.classification?.type == .resume)
            let attachmentID = try #require(first.attachmentID)
            guard case .unchanged(let earlier) = second.status else {
                Issue.record("the second call is \(second.status), not unchanged")
                return
            }
            #expect(earlier.attachmentID == attachmentID)
            #expect(earlier.remoteID == first.remoteID)
            #expect(earlier.attachmentType == .resume)
            #expect(second.attachmentID == attachmentID)

            let stored = await sandbox.attachments()
            #expect(stored.count == 1)
            #expect(stored.first?.remoteID == first.remoteID)
            #expect(stored.first?.candidateID == EngineFixtures.candidate)
            #expect(stored.first?.fileName == "cv.pdf")
            #expect(stored.first?.size == Int64(bytes.count))
            #expect(await EngineFixtures.writes(sandbox).count == 1)

            // The outcome is the report line, metadata and all.
            let line = try EngineFixtures.json(second)
            #expect(line["status"] as? String == "unchanged")
            #expect(line["path"] as? String == "cv.pdf")
            #expect(line["metadata"] as? [String: String] == ["tenant": "acme"])
            let earlierLine = try #require(line["earlier"] as? [String: Any])
            #expect(earlierLine["attachment_id"] as? String == attachmentID)
            #expect(earlierLine["remote_id"] as? String == first.remoteID)
            #expect(earlierLine["type"] as? String == "resume")
            #expect(earlierLine["sink"] as? String == "endorsed")
        }
    }

    @Test func anEngineStartedLaterOnTheSameStateFindsTheEarlierUpload() async throws {
        let scratch = try TemporaryFolder()
        let state = scratch.url.appending(path: "state")
        let bytes = try Samples.bytes(EngineFixtures.resumePath)
        let input = IngestInput(bytes: bytes, fileName: "resume.pdf", candidateID: EngineFixtures.candidate)
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let first = try await Ingestor.withRunning(try Ingestor(try EngineFixtures.endorsed(sandbox, state: state))) { try await $0.ingest(input) }
            // A restart: a new engine, the same state folder.
            let again = try await Ingestor.withRunning(try Ingestor(try EngineFixtures.endorsed(sandbox, state: state))) { try await $0.ingest(input) }
            #expect(first.status.name == "uploaded")
            #expect(again.status.name == "unchanged")
            #expect(again.attachmentID == first.attachmentID)
            #expect(await sandbox.attachments().count == 1)
            #expect(await EngineFixtures.writes(sandbox).count == 1)
        }
    }

    @Test func twoHandOversAtOnceEndOneUploadedAndOneDuplicate() async throws {
        let bytes = try Samples.bytes(EngineFixtures.resumePath)
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            // No state: the engine's own memory still sees the two.
            let ingestor = try Ingestor(try EngineFixtures.endorsed(sandbox, state: nil))
            let statuses = try await Ingestor.withRunning(ingestor) { ingestor in
                try await withThrowingTaskGroup(of: String.self) { group in
                    for name in ["a.pdf", "b.pdf"] {
                        group.addTask {
                            try await ingestor.ingest(IngestInput(bytes: bytes, fileName: name, candidateID: EngineFixtures.candidate)).status.name
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }.sorted()
                }
            }
            #expect(statuses == ["duplicate", "uploaded"])
            #expect(await EngineFixtures.writes(sandbox).count == 1)
        }
    }

    @Test func aDocumentAlreadyDeliveredFromAFolderIsADuplicateWhenHandedOverAgain() async throws {
        let scratch = try TemporaryFolder()
        let state = scratch.url.appending(path: "state")
        let folder = Samples.url("46d135bb-94cd-4998-aaf1-09517a6af8c6").path(percentEncoded: false)
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let batch = try await Ingestor.withRunning(try Ingestor(try EngineFixtures.endorsed(sandbox, state: state))) { ingestor in
                try await ingestor.run(FolderSource(paths: [folder])) { _ in }
            }
            #expect(batch.countsByStatus["uploaded"] == 4, "\(batch.countsByStatus)")
            let writesBefore = await EngineFixtures.writes(sandbox).count
            let input = IngestInput(bytes: try Samples.bytes(EngineFixtures.resumePath), fileName: "again.pdf", candidateID: EngineFixtures.candidate)
            let outcome = try await Ingestor.withRunning(try Ingestor(try EngineFixtures.endorsed(sandbox, state: state))) { try await $0.ingest(input) }
            guard case .duplicate(let first) = outcome.status else {
                Issue.record("handed over again: \(outcome.status)")
                return
            }
            #expect(first.match == .sameBytes)
            #expect(first.earlierRunID != nil)
            #expect(first.firstPath.hasSuffix("document1.pdf"))
            #expect(await EngineFixtures.writes(sandbox).count == writesBefore)
        }
    }

    @Test func aStreamIsReadToItsEndAndDeliveredLikeBytes() async throws {
        let bytes = try Samples.bytes(EngineFixtures.resumePath)
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let ingestor = try Ingestor(try EngineFixtures.endorsed(sandbox, state: nil))
            let outcome = try await Ingestor.withRunning(ingestor) { ingestor in
                let chunks = stride(from: 0, to: bytes.count, by: 1000).map { Array(bytes[$0..<min($0 + 1000, bytes.count)]) }
                return try await ingestor.ingest(IngestInput(stream: chunks.async, fileName: "streamed.pdf", candidateID: EngineFixtures.candidate))
            }
            #expect(outcome.status.name == "uploaded", "\(outcome.status)")
            let stored = try #require(await sandbox.attachments().first)
            #expect(stored.size == Int64(bytes.count))
            #expect(stored.fileName == "streamed.pdf")
        }
    }
}

extension Array where Element: Sendable {
    /// The elements as an async sequence, for streams in tests.
    var async: AsyncStream<Element> {
        let (stream, continuation) = AsyncStream<Element>.makeStream()
        for element in self { continuation.yield(element) }
        continuation.finish()
        return stream
    }
}

/// A candidate handed over with an input wins over the engine's candidate rules.
@Suite struct GivenCandidateTests {
    @Test func aGivenCandidateIsKeptWhateverTheCandidateMapSays() async throws {
        let other = "3f6c1a9e-0000-4000-8000-000000000009"
        var configuration = IngestorConfiguration(destination: .none, stateDirectory: nil)
        configuration.parserWorkers = nil
        configuration.logger = EngineFixtures.quiet
        // Every path, and a fallback: the rules would name `other` for any file.
        configuration.candidates = try CandidateMap(entries: [try CandidateMap.Entry(prefix: "/", candidateID: other)], fallback: other)
        let file = Samples.url("46d135bb-94cd-4998-aaf1-09517a6af8c6/history.txt")
        let (given, ruled) = try await Ingestor.withRunning(try Ingestor(configuration)) { ingestor in
            (
                try await ingestor.ingest(IngestInput(file: file, candidateID: EngineFixtures.candidate)),
                try await ingestor.ingest(IngestInput(file: file))
            )
        }
        #expect(given.document.candidateID == EngineFixtures.candidate)
        #expect(given.document.trail.first { $0.stage == "candidate" }?.notes.first?.contains("as given with the input") == true)
        #expect(ruled.document.candidateID == other)
    }
}

extension GivenCandidateTests {
    @Test func aFileHandedOverInAFolderNamedByAUUIDTakesNoCandidateFromIt() async throws {
        // A backend's temporary folder, named by UUID(): no candidate of anyone's.
        let scratch = try TemporaryFolder()
        let folder = UUID().uuidString
        let file = try scratch.write("\(folder)/history.txt", bytes: try Samples.bytes("46d135bb-94cd-4998-aaf1-09517a6af8c6/history.txt"))
        var configuration = IngestorConfiguration(destination: .none, stateDirectory: nil)
        configuration.parserWorkers = nil
        configuration.logger = EngineFixtures.quiet
        let outcome = try await Ingestor.withRunning(try Ingestor(configuration)) { try await $0.ingest(IngestInput(file: file)) }
        #expect(outcome.status.name == "processed")
        #expect(outcome.document.candidateID == nil)
        // The tool's folder walk applies the rule, as it always has.
        var entries = FolderSource(paths: [scratch.path]).makeAsyncIterator()
        let walked = try #require(await entries.next())
        #expect(Document(file: walked.file).candidateID == folder.lowercased())
        var policy = FolderSource(paths: [scratch.path])
        policy.candidateFolders = false
        var unnamed = policy.makeAsyncIterator()
        #expect(Document(file: try #require(await unnamed.next()).file).candidateID == nil)
    }
}
