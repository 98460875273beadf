import Foundation
import Intake
import IntakeMagic
import IntakeTestFixtures
import IntakeTesting
import Testing

/// libmagic reads bytes held in memory through the same descriptor path as a file on disk,
/// and so names them alike.
@Suite("SniffMIME on bytes held in memory")
struct SniffMIMEInMemoryTests {
    let harness = StageHarness(SniffMIME())

    /// The sample's bytes in a memory file, under the sample's own file name.
    static func inMemory(_ pathInSamples: String) throws -> Document {
        let name = Samples.url(pathInSamples).lastPathComponent
        let memory = try InMemoryFile(bytes: try Samples.bytes(pathInSamples), name: name)
        return Document(file: InputFile(memory: memory, fileName: name, key: "upload:test/\(pathInSamples)"))
    }

    @Test("every non-empty sample gets the same type and evidence from memory as from disk", arguments: SniffMIMETests.sampleTypes)
    func sample(path: String, mimeType: String) async throws {
        let (diskResult, fromDisk) = try await harness.run(onFileAt: Samples.url(path))
        let (memoryResult, fromMemory) = try await harness.run(on: try Self.inMemory(path))
        guard case .proceed = diskResult, case .proceed = memoryResult else {
            Issue.record("expected both to proceed, got \(diskResult) and \(memoryResult)")
            return
        }
        #expect(fromMemory.mimeType == mimeType)
        #expect(fromMemory.mimeType == fromDisk.mimeType)
        #expect(fromMemory.mimeEvidence == fromDisk.mimeEvidence)
    }

    @Test("the empty sample held in memory is skipped as empty_file")
    func emptySample() async throws {
        let (result, document) = try await harness.run(on: try Self.inMemory("dc36d74a-c3db-49a9-9170-d4ad97a619c8/cover-letter.txt"))
        guard case .end(.skipped(let reason)) = result else {
            Issue.record("expected a skip, got \(result)")
            return
        }
        #expect(reason == .emptyFile)
        #expect(document.mimeType == "application/x-empty")
    }

    @Test("one memory file sniffed again and again gets the same answer")
    func sniffedTwice() async throws {
        // libmagic reads from the descriptor's offset: each open must start at the start.
        let document = try Self.inMemory("6329b0c2-4914-453c-91b8-f0b4aa707851/resume.pdf")
        for _ in 0..<3 {
            let (_, sniffed) = try await harness.run(on: document)
            #expect(sniffed.mimeType == "application/pdf")
            #expect(sniffed.mimeEvidence == ["libmagic: application/pdf"])
        }
    }
}
