import Foundation
import Intake
import IntakeEndorsed
import IntakeEngine
import IntakeTestFixtures
import IntakeWorkers
import Testing

/// The settings a run records in the ledger, and the configuration they give back.
@Suite struct RunSettingsTests {
    static func endorsedConfiguration() throws -> IngestorConfiguration {
        let destination = EndorsedDestination(
            endpoint: try EndorsedEndpoint("https://endorsed.example/api/v1"),
            credentials: .accessToken("t0ken-never-stored"),
            mode: .publicURL(base: URL(string: "https://files.example/docs/")!),
            client: .init(
                retry: RetryPolicy(maximumAttempts: 3),
                attemptLimits: AttemptLimits(idleTimeout: .seconds(7), baseDeadline: .seconds(90), minimumBytesPerSecond: 8192),
                maximumConcurrentUploads: 6, maximumFileBytes: 5 << 20
            ),
            requiresCandidate: false
        )
        var configuration = IngestorConfiguration(destination: .endorsed(destination), stateDirectory: nil)
        configuration.minimumConfidence = 0.25
        configuration.candidates = try CandidateMap(
            entries: [try CandidateMap.Entry(prefix: "jane", candidateID: "3F6C1A9E-0000-4000-8000-000000000001")],
            fallback: "3f6c1a9e-0000-4000-8000-000000000002"
        )
        configuration.parserWorkers = ParserWorkerPool.Configuration(workers: 2, fileTimeout: .seconds(12), memoryLimitBytes: 256 << 20)
        return configuration
    }

    @Test func aConfigurationComesBackFromItsStoredSettingsWithTheSameDecisions() throws {
        let configuration = try Self.endorsedConfiguration()
        let stored = RunSettings(configuration).encoded()
        #expect(!stored.contains("t0ken-never-stored"), "no secret is stored")
        let settings = try #require(RunSettings.decoded(stored))
        let again = try settings.configuration(stateDirectory: nil, credentials: .accessToken("t0ken-never-stored"))
        #expect(again.decisionKey == configuration.decisionKey)
        #expect(again.destinationDescription == configuration.destinationDescription)
        guard case .endorsed(let endorsed) = again.destination else {
            Issue.record("the destination is not Endorsed")
            return
        }
        #expect(endorsed.requiresCandidate == false)
        #expect(endorsed.client.retry.maximumAttempts == 3)
        #expect(endorsed.client.attemptLimits.idleTimeout == .seconds(7))
        #expect(endorsed.client.attemptLimits.baseDeadline == .seconds(90))
        #expect(endorsed.client.attemptLimits.minimumBytesPerSecond == 8192)
        #expect(endorsed.client.maximumConcurrentUploads == 6)
        #expect(endorsed.client.maximumFileBytes == 5 << 20)
        #expect(again.parserWorkers?.fileTimeout == .seconds(12))
        #expect(again.parserWorkers?.memoryLimitBytes == 256 << 20)
    }

    @Test func anEndorsedRunNeedsCredentialsToRunAgain() throws {
        let settings = RunSettings(try Self.endorsedConfiguration())
        #expect(throws: RunSettingsError.self) { try settings.configuration(stateDirectory: nil, credentials: nil) }
    }

    @Test func theEngineRecordsItsSettingsWithItsRun() async throws {
        let scratch = try TemporaryFolder()
        let state = scratch.url.appending(path: "state")
        var configuration = IngestorConfiguration(destination: .outbox, stateDirectory: state)
        configuration.minimumConfidence = 0.4
        configuration.parserWorkers = nil
        try await Ingestor.withRunning(try Ingestor(configuration)) { _ in }
        let settings = try #require(try Ingestor.lastRunSettings(stateDirectory: state))
        #expect(settings.destination == .outbox)
        #expect(settings.minimumConfidence == 0.4)
        #expect(settings.parserWorkers == nil)
    }

    @Test func settingsInAnotherFormatAreNotRead() {
        #expect(RunSettings.decoded(nil) == nil)
        #expect(RunSettings.decoded("{}") == nil)
        #expect(RunSettings.decoded(#"{"version":2,"destination":"outbox","minimumConfidence":0,"candidatePrefixes":[],"keepsLedger":true}"#) == nil)
        #expect(RunSettings.decoded(#"{"version":1,"destination":"outbox","minimumConfidence":0,"candidatePrefixes":[],"keepsLedger":true}"#)?.destination == .outbox)
    }
}
