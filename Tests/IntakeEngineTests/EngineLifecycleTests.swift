import Foundation
import Intake
import IntakeEngine
import IntakeLedger
import IntakeTestFixtures
import Logging
import ServiceLifecycle
import Testing

/// The engine as a swift-service-lifecycle `Service` in a backend's `ServiceGroup`.
@Suite(.timeLimit(.minutes(1))) struct EngineLifecycleTests {
    static let text = "46d135bb-94cd-4998-aaf1-09517a6af8c6/history.txt"

    func outboxEngine(_ state: URL) throws -> Ingestor {
        var configuration = IngestorConfiguration(destination: .outbox, stateDirectory: state)
        configuration.parserWorkers = nil
        configuration.logger = EngineFixtures.quiet
        return try Ingestor(configuration)
    }

    @Test func aGracefulShutdownOfTheGroupEndsTheEngineAfterItsInputsAreRecorded() async throws {
        let scratch = try TemporaryFolder()
        let state = scratch.url.appending(path: "state")
        let ingestor = try outboxEngine(state)
        let group = ServiceGroup(services: [ingestor], logger: EngineFixtures.quiet)
        let bytes = try Samples.bytes(Self.text)
        let outcome = try await withThrowingTaskGroup(of: IngestOutcome?.self) { tasks in
            tasks.addTask {
                try await group.run()
                return nil
            }
            // Waits while the engine starts, then goes through.
            let outcome = try await ingestor.ingest(IngestInput(bytes: bytes, fileName: "history.txt", candidateID: EngineFixtures.candidate))
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return outcome
        }
        #expect(outcome.status.name == "stored", "\(outcome.status)")
        // After the shutdown: refused, and the ledger has the input and a finished run.
        await #expect(throws: IngestorError.self) {
            try await ingestor.ingest(IngestInput(bytes: bytes, fileName: "history.txt", candidateID: EngineFixtures.candidate))
        }
        let status = try Ledger(stateDirectory: state, readOnly: true).status()
        #expect(status.filesByStatus == ["stored": 1])
        #expect(status.lastRun?.finishedAt != nil)
        #expect(status.lastRun?.files == 1)
    }

    @Test func anEngineCanRunOnlyOnce() async throws {
        let scratch = try TemporaryFolder()
        let ingestor = try outboxEngine(scratch.url.appending(path: "state"))
        try await Ingestor.withRunning(ingestor) { _ in }
        await #expect(throws: IngestorError.self) { try await ingestor.run() }
    }

    @Test func aSecondEngineOnTheSameStateFolderIsRefused() throws {
        let scratch = try TemporaryFolder()
        let state = scratch.url.appending(path: "state")
        let first = try outboxEngine(state)
        #expect(throws: IngestorError.self) { _ = try outboxEngine(state) }
        withExtendedLifetime(first) {}
    }
}

extension EngineLifecycleTests {
    @Test func theEnginesThreadsForBlockingWorkEndWithIt() async throws {
        let scratch = try TemporaryFolder()
        let ingestor = try outboxEngine(scratch.url.appending(path: "state"))
        let running = try await Ingestor.withRunning(ingestor) { ingestor in
            _ = try await ingestor.ingest(IngestInput(bytes: try Samples.bytes(Self.text), fileName: "history.txt", candidateID: EngineFixtures.candidate))
            return ingestor.blockingThreadsRunning
        }
        #expect(running >= 2)
        var waited = 0
        while ingestor.blockingThreadsRunning > 0 && waited < 500 {
            try await Task.sleep(for: .milliseconds(10))
            waited += 1
        }
        #expect(ingestor.blockingThreadsRunning == 0)
    }
}
