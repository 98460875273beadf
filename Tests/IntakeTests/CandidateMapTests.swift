import Foundation
import Intake
import IntakeTestFixtures
import Testing

/// The operator's candidate rules: CSV parsing, prefix matching, their order with the
/// UUID-folder rule, and the stage that applies them.
@Suite("CandidateMap")
struct CandidateMapTests {
    static let jane = "3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c13"
    static let john = "9b1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f"
    static let fallback = "11111111-2222-4333-8444-555555555555"

    @Test("CSV with a header, comments, quotes and upper-case UUIDs")
    func parsesCSV() throws {
        let map = try CandidateMap.parseCSV("""
            path_prefix,candidate_id
            # Jane's folder
            ./jane/,\(Self.jane.uppercased())

            "inbox/doe, john",\(Self.john)
            """)
        #expect(map.entries.map(\.prefix) == ["inbox/doe, john", "jane"])
        #expect(map.entries.map(\.candidateID) == [Self.john, Self.jane])
    }

    @Test("Bad lines are named by number")
    func badLines() {
        #expect(throws: CandidateMapError.invalidCandidate(line: 2, value: "nope")) {
            try CandidateMap.parseCSV("jane,\(Self.jane)\njohn,nope")
        }
        #expect(throws: CandidateMapError.wrongFieldCount(line: 1, count: 3)) { try CandidateMap.parseCSV("a,b,c") }
        // A first line with a mistyped UUID is an error, not a header.
        #expect(throws: CandidateMapError.invalidCandidate(line: 1, value: "3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c1")) {
            try CandidateMap.parseCSV("jane,3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c1\njohn,\(Self.john)")
        }
        #expect(throws: CandidateMapError.repeatedPrefix(line: 2, firstLine: 1, prefix: "jane")) {
            try CandidateMap.parseCSV("jane,\(Self.jane)\njane/,\(Self.john)")
        }
        #expect(throws: CandidateMapError.unclosedQuote(line: 1)) { try CandidateMap.parseCSV("\"jane,\(Self.jane)") }
        #expect(throws: CandidateMapError.emptyPrefix(line: 1)) { try CandidateMap.parseCSV("./,\(Self.jane)") }
    }

    @Test("Longest prefix, whole segments only, then the UUID folder, then the fallback")
    func ruleOrder() throws {
        let folder = try TemporaryFolder()
        let map = try CandidateMap(entries: [
            .init(prefix: "jane", candidateID: Self.jane),
            .init(prefix: "jane/old", candidateID: Self.john),
            .init(prefix: folder.path("abs"), candidateID: Self.john),
        ], fallback: Self.fallback)
        func candidate(_ path: String) throws -> String? {
            try folder.write(path, text: "x")
            return map.candidate(for: try folder.inputFile(path))?.candidateID
        }
        #expect(try candidate("jane/cv.pdf") == Self.jane)
        #expect(try candidate("jane/old/cv.pdf") == Self.john)
        #expect(try candidate("janet/cv.pdf") == Self.fallback)
        #expect(try candidate("\(Self.john)/cv.pdf") == Self.john)
        #expect(try candidate("jane/\(Self.john)/cv.pdf") == Self.jane)
        #expect(try candidate("abs/cv.pdf") == Self.john)
        #expect(CandidateMap.folderRuleOnly.candidate(for: try folder.inputFile("janet/cv.pdf")) == nil)
    }

    @Test("AssignCandidate sets the candidate and says which rule gave it")
    func stage() async throws {
        let folder = try TemporaryFolder()
        try folder.write("jane/cv.txt", text: "x")
        var document = Document(file: try folder.inputFile("jane/cv.txt"))
        let stage = AssignCandidate(try CandidateMap(entries: [.init(prefix: "jane", candidateID: Self.jane)]))
        let result = try await stage.process(&document, context: testContext)
        guard case .proceed = result else {
            Issue.record("expected the stage to proceed, got \(result)")
            return
        }
        #expect(document.candidateID == Self.jane)
        #expect(document.pendingNotes.contains { $0.contains("candidate map prefix jane") })
    }
}
