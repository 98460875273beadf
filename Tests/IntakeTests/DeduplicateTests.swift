import Foundation
import Intake
import IntakeTestFixtures
import IntakeTesting
import Testing

@Suite("Deduplicate")
struct DeduplicateTests {
    static let candidate = "3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c13"
    static let otherCandidate = "46d135bb-94cd-4998-aaf1-09517a6af8c6"

    static let words = """
        Priya Raman is a data analyst who turns messy retail data into decisions. She has led \
        the analytics of two loyalty programmes, built the forecasting that sets store staffing, \
        and teaches SQL to new analysts on Friday afternoons.
        """

    @Test("of two identical files for one candidate, the second ends as a duplicate naming the first")
    func sameBytes() async throws {
        let folder = try TemporaryFolder()
        try folder.write("\(Self.candidate)/resume.pdf", text: "%PDF-1.4 pretend resume bytes")
        try folder.write("\(Self.candidate)/Resume (1).pdf", text: "%PDF-1.4 pretend resume bytes")
        let harness = StageHarness(Deduplicate())

        let (firstResult, first) = try await harness.run(on: Document(file: try folder.inputFile("\(Self.candidate)/resume.pdf")))
        let (secondResult, second) = try await harness.run(on: Document(file: try folder.inputFile("\(Self.candidate)/Resume (1).pdf")))

        #expect(firstResult.proceeded)
        guard case .end(.duplicate(let reference)) = secondResult else {
            Issue.record("expected a duplicate, got \(secondResult)")
            return
        }
        #expect(reference == DuplicateReference(firstPath: folder.path("\(Self.candidate)/resume.pdf"), match: .sameBytes))
        #expect(first.contentSHA256 == second.contentSHA256)
        #expect(first.remoteID == second.remoteID)
        #expect(first.remoteID == RemoteID.derive(candidateID: Self.candidate, contentSHA256: try #require(first.contentSHA256)))
        #expect(first.candidateID == Self.candidate)
    }

    @Test("the same file for two candidates is two documents, with two remote ids")
    func differentCandidates() async throws {
        let folder = try TemporaryFolder()
        try folder.write("\(Self.candidate)/cv.txt", text: Self.words)
        try folder.write("\(Self.otherCandidate)/cv.txt", text: Self.words)
        let harness = StageHarness(Deduplicate())

        let (firstResult, first) = try await harness.run(on: Document(file: try folder.inputFile("\(Self.candidate)/cv.txt")))
        let (secondResult, second) = try await harness.run(on: Document(file: try folder.inputFile("\(Self.otherCandidate)/cv.txt")))

        #expect(firstResult.proceeded)
        #expect(secondResult.proceeded)
        #expect(first.contentSHA256 == second.contentSHA256)
        #expect(first.remoteID != second.remoteID)
    }

    @Test("the same text in different bytes (Markdown and HTML) ends as a same_text duplicate")
    func sameText() async throws {
        let folder = try TemporaryFolder()
        try folder.write("\(Self.candidate)/bio.md", text: "# About Priya\n\n\(Self.words)\n")
        try folder.write("\(Self.candidate)/bio.html", text: "<html><body><h1>About Priya</h1>\n<p>\(Self.words)</p></body></html>")
        let pipeline = Pipeline { MIMEFromExtension(); ExtractText(); Deduplicate() }

        let first = await pipeline.process(try folder.inputFile("\(Self.candidate)/bio.md"), context: testContext)
        let second = await pipeline.process(try folder.inputFile("\(Self.candidate)/bio.html"), context: testContext)

        #expect(first.status == .processed)
        #expect(second.status == .duplicate(DuplicateReference(firstPath: folder.path("\(Self.candidate)/bio.md"), match: .sameText)))
        #expect(first.document.contentSHA256 != second.document.contentSHA256)
        #expect(first.document.textSHA256 != nil)
        #expect(first.document.textSHA256 == second.document.textSHA256)
        #expect(second.document.trail.last?.notes.first?.contains("same text") == true)
    }

    @Test("a short text has no text hash, so short notes with the same words are both kept")
    func shortTextsNotCompared() async throws {
        let folder = try TemporaryFolder()
        try folder.write("\(Self.candidate)/a.txt", text: "Open to remote work.")
        try folder.write("\(Self.candidate)/b.txt", text: "open to REMOTE work")
        let pipeline = Pipeline { MIMEFromExtension(); ExtractText(); Deduplicate() }

        let first = await pipeline.process(try folder.inputFile("\(Self.candidate)/a.txt"), context: testContext)
        let second = await pipeline.process(try folder.inputFile("\(Self.candidate)/b.txt"), context: testContext)
        #expect(first.status == .processed)
        #expect(second.status == .processed)
        #expect(first.document.textSHA256 == nil)
    }

    @Test("of 100 concurrent claims of the same content, exactly one is first")
    func concurrentClaims() async throws {
        let registry = InMemoryDuplicateRegistry()
        let answers = try await withThrowingTaskGroup(of: (String, DuplicateReference?).self) { group in
            for index in 0..<100 {
                group.addTask {
                    let path = "\(Self.candidate)/copy-\(index).txt"
                    let claim = DuplicateClaim(candidateID: Self.candidate, contentSHA256: String(repeating: "a", count: 64), textSHA256: nil, path: path)
                    return (path, try await registry.claim(claim))
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }

        let winners = answers.filter { $0.1 == nil }.map(\.0)
        #expect(winners.count == 1)
        let winner = try #require(winners.first)
        let references = answers.compactMap(\.1)
        #expect(references.count == 99)
        #expect(references.allSatisfy { $0 == DuplicateReference(firstPath: winner, match: .sameBytes) })
    }

    @Test("a registry shared by two stages deduplicates across them")
    func sharedRegistry() async throws {
        let registry = InMemoryDuplicateRegistry()
        let folder = try TemporaryFolder()
        try folder.write("\(Self.candidate)/a.txt", text: Self.words)
        try folder.write("\(Self.candidate)/b.txt", text: Self.words)
        let (first, _) = try await StageHarness(Deduplicate(registry: registry)).run(on: Document(file: try folder.inputFile("\(Self.candidate)/a.txt")))
        let (second, _) = try await StageHarness(Deduplicate(registry: registry)).run(on: Document(file: try folder.inputFile("\(Self.candidate)/b.txt")))
        #expect(first.proceeded)
        #expect(!second.proceeded)
    }
}
