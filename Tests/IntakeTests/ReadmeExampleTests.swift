import Foundation
import Intake
import IntakeTesting
import Testing

/// The custom stage of the README, word for word, so the example keeps compiling and
/// doing what the README says.
@Suite struct ReadmeExampleTests {
    /// Marks documents that mention a security clearance, and holds back the ones that
    /// name a clearance level this deployment may not receive.
    struct ClearanceCheck: Stage {
        enum ClearanceKey: DocumentKey { typealias Value = String }

        let name = "clearance"
        let forbidden: Set<String>

        func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
            guard let text = document.text?.lowercased() else { return .proceed }
            guard let level = ["secret", "top secret"].last(where: text.contains) else { return .proceed }
            document[ClearanceKey.self] = level
            document.note("mentions a \(level) clearance")
            if forbidden.contains(level) {
                return .end(.skipped(SkipReason(code: "clearance", message: "mentions a \(level) clearance")))
            }
            return .proceed
        }
    }

    @Test func holdsBackTopSecret() async throws {
        var document = Document(file: InputFile(url: URL(filePath: "/dev/null")))
        document.text = "Holds a Top Secret clearance."
        let (result, checked) = try await StageHarness(ClearanceCheck(forbidden: ["top secret"])).run(on: document)
        guard case .end(.skipped(let reason)) = result else { Issue.record("not skipped"); return }
        #expect(reason.code == "clearance")
        #expect(checked[ClearanceCheck.ClearanceKey.self] == "top secret")
        #expect(checked.pendingNotes == ["mentions a top secret clearance"])
    }

    @Test func letsOtherDocumentsThrough() async throws {
        var document = Document(file: InputFile(url: URL(filePath: "/dev/null")))
        document.text = "Holds a Secret clearance."
        let (result, checked) = try await StageHarness(ClearanceCheck(forbidden: ["top secret"])).run(on: document)
        guard case .proceed = result else { Issue.record("ended early"); return }
        #expect(checked[ClearanceCheck.ClearanceKey.self] == "secret")
    }
}
