import Foundation
import Intake
import IntakeLedger
import IntakeTestFixtures
import Testing

/// The history's answers over many files, in either order, after new records, and for
/// names that differ only in their bytes.
@Suite struct LedgerHistoryLookupTests {
    @Test func aFileRecordedAfterAnEarlierLookupIsFound() async throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", text: "a")
        try folder.write("b.txt", text: "b")
        let a = try folder.inputFile("a.txt")
        let b = try folder.inputFile("b.txt")
        let ledger = try Ledger(stateDirectory: folder.url.appending(path: "state"))
        let run = try ledger.beginRun(configuration: "sink=outbox", arguments: [])
        let history = ledger.history(LedgerTests.fingerprint(), deliveringStages: LedgerTests.allStages)
        let modifiedA = try #require(SkipUnchanged.modificationTime(of: a.path))
        let modifiedB = try #require(SkipUnchanged.modificationTime(of: b.path))
        #expect(try await history.earlierOutcome(of: a, modified: modifiedA) == nil)
        try ledger.record(LedgerTests.outcome(b, stages: LedgerTests.allStages, status: LedgerTests.stored), runID: run, fingerprint: LedgerTests.fingerprint())
        #expect(try await history.earlierOutcome(of: b, modified: modifiedB)?.runID == run)
        try ledger.record(LedgerTests.outcome(a, stages: LedgerTests.allStages, status: LedgerTests.stored), runID: run, fingerprint: LedgerTests.fingerprint())
        #expect(try await history.earlierOutcome(of: a, modified: modifiedA)?.runID == run)
    }

    @Test func lookupsInEitherOrderFindExactlyTheRecordedFiles() async throws {
        let folder = try TemporaryFolder()
        var files: [InputFile] = []
        for index in 0..<150 {
            let name = String(format: "doc-%03d.txt", index)
            try folder.write(name, text: "document \(index)")
            files.append(try folder.inputFile(name))
        }
        let ledger = try Ledger(stateDirectory: folder.url.appending(path: "state"))
        let run = try ledger.beginRun(configuration: "sink=outbox", arguments: [])
        let recorded = files.enumerated().filter { $0.offset % 3 != 0 }.map(\.element)
        try ledger.record(
            recorded.map { LedgerTests.outcome($0, stages: LedgerTests.allStages, status: LedgerTests.stored) }, runID: run,
            fingerprint: LedgerTests.fingerprint())
        let expected = Set(recorded.map(\.displayPath))
        for order in [files, files.reversed()] {
            let history = ledger.history(LedgerTests.fingerprint(), deliveringStages: LedgerTests.allStages)
            var standing: Set<String> = []
            for file in order {
                let modified = try #require(SkipUnchanged.modificationTime(of: file.path))
                if try await history.earlierOutcome(of: file, modified: modified) != nil { standing.insert(file.displayPath) }
            }
            #expect(standing == expected)
        }
    }

    @Test func namesThatDifferOnlyInTheirBytesAreTwoFiles() async throws {
        let folder = try TemporaryFolder()
        let composed = "caf\u{E9}.txt"
        let decomposed = "cafe\u{301}.txt"
        try folder.write(composed, text: "one")
        try folder.write(decomposed, text: "two")
        let composedFile = try folder.inputFile(composed)
        let decomposedFile = try folder.inputFile(decomposed)
        // Both names are on disk as themselves: Swift calls them equal, the file system does not.
        #expect(!composedFile.absolutePath.utf8.elementsEqual(decomposedFile.absolutePath.utf8))
        let ledger = try Ledger(stateDirectory: folder.url.appending(path: "state"))
        let run = try ledger.beginRun(configuration: "sink=outbox", arguments: [])
        try ledger.record(LedgerTests.outcome(composedFile, stages: LedgerTests.allStages, status: LedgerTests.stored), runID: run, fingerprint: LedgerTests.fingerprint())
        let history = ledger.history(LedgerTests.fingerprint(), deliveringStages: LedgerTests.allStages)
        let composedModified = try #require(SkipUnchanged.modificationTime(of: composedFile.path))
        let decomposedModified = try #require(SkipUnchanged.modificationTime(of: decomposedFile.path))
        #expect(try await history.earlierOutcome(of: composedFile, modified: composedModified) != nil)
        #expect(try await history.earlierOutcome(of: decomposedFile, modified: decomposedModified) == nil)
    }
}
