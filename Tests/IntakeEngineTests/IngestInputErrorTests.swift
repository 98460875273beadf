import EndorsedSandbox
import Foundation
import Intake
import IntakeEngine
import IntakeTestFixtures
import Testing

/// Bad input to the engine's API gets a typed error, before any stage reads it and before
/// anything is sent: never a crash, never a silent default.
@Suite(.timeLimit(.minutes(2))) struct IngestInputErrorTests {
    /// Runs `body` with an engine over the sandbox (parsing in process, no state), then
    /// checks that `expectedWrites` uploads reached the attachments: none, unless the test
    /// also hands over an input that is right.
    func withEngine(maximumInputBytes: Int = 32 << 20, expectedWrites: Int = 0, _ body: (Ingestor) async throws -> Void) async throws {
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            var configuration = try EngineFixtures.endorsed(sandbox, state: nil, inProcess: true)
            configuration.maximumInputBytes = maximumInputBytes
            try await Ingestor.withRunning(try Ingestor(configuration)) { try await body($0) }
            #expect(await EngineFixtures.writes(sandbox).count == expectedWrites)
        }
    }

    @Test func emptyBytesAreRefused() async throws {
        try await withEngine { ingestor in
            await #expect(throws: IngestInputError.empty(fileName: "cv.pdf")) {
                try await ingestor.ingest(IngestInput(bytes: [], fileName: "cv.pdf", candidateID: EngineFixtures.candidate))
            }
        }
    }

    @Test(arguments: ["../cv.pdf", "folder/cv.pdf", "C:\\fakepath\\cv.pdf", "cv\u{0}.pdf", "cv\n.pdf", "\u{1B}[31mcv.pdf", "", ".", ".."])
    func aFileNameThatIsAPathOrHoldsControlCharactersIsRefused(name: String) async throws {
        try await withEngine { ingestor in
            let error = await #expect(throws: IngestInputError.self) {
                try await ingestor.ingest(IngestInput(bytes: Array("resume".utf8), fileName: name, candidateID: EngineFixtures.candidate))
            }
            #expect(error?.code == "invalid_file_name")
            // The message shows the name escaped: no control character reaches a terminal.
            #expect(error?.description.unicodeScalars.contains { $0.properties.generalCategory == .control } == false)
        }
    }

    @Test func aCandidateIDThatIsNotAUUIDIsRefused() async throws {
        try await withEngine { ingestor in
            await #expect(throws: IngestInputError.invalidCandidateID("candidate-42")) {
                try await ingestor.ingest(IngestInput(bytes: Array("resume".utf8), fileName: "cv.txt", candidateID: "candidate-42"))
            }
        }
    }

    @Test func bytesOverTheLimitAreRefused() async throws {
        let text = Array(try Samples.bytes("46d135bb-94cd-4998-aaf1-09517a6af8c6/history.txt"))
        try await withEngine(maximumInputBytes: text.count, expectedWrites: 1) { ingestor in
            await #expect(throws: IngestInputError.tooLarge(bytes: text.count + 1, limit: text.count)) {
                try await ingestor.ingest(IngestInput(bytes: text + [0x0A], fileName: "history.txt", candidateID: EngineFixtures.candidate))
            }
            // At the limit it is taken, and delivered: the one write.
            let outcome = try await ingestor.ingest(IngestInput(bytes: text, fileName: "history.txt", candidateID: EngineFixtures.candidate))
            #expect(outcome.status.name == "uploaded", "\(outcome.status)")
            #expect(outcome.document.size == Int64(text.count))
        }
    }

    @Test func aStreamOverTheLimitIsRefusedWithoutReadingItAll() async throws {
        try await withEngine(maximumInputBytes: 4096) { ingestor in
            let chunks = Array(repeating: [UInt8](repeating: 0x41, count: 1024), count: 8)
            let error = await #expect(throws: IngestInputError.self) {
                try await ingestor.ingest(IngestInput(stream: chunks.async, fileName: "big.txt", candidateID: EngineFixtures.candidate))
            }
            #expect(error?.code == "input_too_large")
        }
    }

    @Test func aStreamThatFailsHalfWayIsRefusedAsAWhole() async throws {
        try await withEngine { ingestor in
            let (stream, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
            continuation.yield(Array("%PDF-1.4 half a file".utf8))
            continuation.finish(throwing: BrokenPipe())
            await #expect(throws: IngestInputError.streamFailed(fileName: "cv.pdf", reason: "the connection was reset")) {
                try await ingestor.ingest(IngestInput(stream: stream, fileName: "cv.pdf", candidateID: EngineFixtures.candidate))
            }
        }
    }

    @Test func metadataOverItsBoundsIsRefused() async throws {
        try await withEngine { ingestor in
            let many = Dictionary(uniqueKeysWithValues: (0...IngestInput.maximumMetadataEntries).map { ("k\($0)", "v") })
            let error = await #expect(throws: IngestInputError.self) {
                try await ingestor.ingest(IngestInput(bytes: Array("resume".utf8), fileName: "cv.txt", metadata: many))
            }
            #expect(error?.code == "invalid_metadata")
        }
    }

    @Test func anInputHandedToAnEngineThatIsNeverRunIsRefusedAfterItsWait() async throws {
        var configuration = IngestorConfiguration(destination: .none, stateDirectory: nil)
        configuration.startWait = .milliseconds(200)
        let ingestor = try Ingestor(configuration)
        await #expect(throws: IngestorError.self) {
            try await ingestor.ingest(IngestInput(bytes: Array("resume".utf8), fileName: "cv.txt"))
        }
    }

    @Test func anEngineThatWasStoppedRefusesNewInputs() async throws {
        var configuration = IngestorConfiguration(destination: .none, stateDirectory: nil)
        configuration.parserWorkers = nil
        let ingestor = try Ingestor(configuration)
        let text = try Samples.bytes("46d135bb-94cd-4998-aaf1-09517a6af8c6/history.txt")
        let processed = try await Ingestor.withRunning(ingestor) { ingestor in
            try await ingestor.ingest(IngestInput(bytes: text, fileName: "history.txt")).status.name
        }
        #expect(processed == "processed")
        await #expect(throws: IngestorError.self) {
            try await ingestor.ingest(IngestInput(bytes: Array("resume".utf8), fileName: "cv.txt"))
        }
    }
}

extension IngestInputErrorTests {
    @Test func aFolderHandedOverAsAFileIsRefusedNotWalked() async throws {
        let scratch = try TemporaryFolder()
        try scratch.write("inside/history.txt", text: "Worked as a nurse from 2015 to 2020.")
        try await withEngine { ingestor in
            let error = await #expect(throws: IngestInputError.self) {
                try await ingestor.ingest(IngestInput(file: scratch.url.appending(path: "inside"), candidateID: EngineFixtures.candidate))
            }
            #expect(error?.code == "input_unusable")
            #expect(error?.description.contains("folder") == true)
        }
    }
}
