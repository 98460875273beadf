import Foundation
import Intake
import IntakeEngine
import IntakeTestFixtures
import Testing

/// The engine's page budget reaches its parser workers, and the outcome says how many
/// pages were read of how many.
@Suite(.timeLimit(.minutes(1))) struct PageBudgetTests {
    static let pdf = TextPDF.make(pages: (1...8).map { ["Work history, page \($0): staff nurse at St Mary's, 2019 to 2024."] })

    func outcome(budget: ParsingSettings?) async throws -> [String: Any] {
        var configuration = IngestorConfiguration(destination: .none, stateDirectory: nil)
        configuration.parserWorkers = EngineFixtures.workers()
        if let budget { configuration.parsing = budget }
        configuration.logger = EngineFixtures.quiet
        let ingestor = try Ingestor(configuration)
        let outcome = try await Ingestor.withRunning(ingestor) { ingestor in
            try await ingestor.ingest(IngestInput(bytes: Self.pdf, fileName: "history.pdf", candidateID: EngineFixtures.candidate))
        }
        return try EngineFixtures.json(outcome)
    }

    @Test func theWorkersReadWithTheEnginesPageBudget() async throws {
        let whole = try await outcome(budget: nil)
        #expect(whole["pages"] as? Int == 8)
        #expect(whole["pages_read"] as? Int == 8)
        #expect(whole["text_complete"] as? Bool == true)
        #expect(whole["text_sha256"] is String)

        let cut = try await outcome(budget: ParsingSettings(maximumPages: 3))
        #expect(cut["pages"] as? Int == 8)
        #expect(cut["pages_read"] as? Int == 3, "the workers read with the engine's budget: \(cut)")
        #expect(cut["text_complete"] as? Bool == false)
        #expect(cut["text_sha256"] is NSNull, "no text hash for a text cut short")
    }

    @Test func theBudgetIsPartOfTheDecisionKey() {
        var configuration = IngestorConfiguration(destination: .none, stateDirectory: nil)
        let standard = configuration.decisionKey
        configuration.parsing = ParsingSettings(maximumPages: 0)
        #expect(configuration.decisionKey != standard, "a changed budget changes decisions, so earlier outcomes do not stand")
    }
}
