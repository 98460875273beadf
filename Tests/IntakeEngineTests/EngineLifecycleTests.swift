import EndorsedSandbox
import Foundation
import Intake
import IntakeEndorsed
import IntakeEngine
import IntakeLedger
import IntakeTestFixtures
import Logging
import ServiceLifecycle
import Synchronization
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

/// ``Ingestor/waitUntilReady()``: what a backend waits on before it says it can serve.
extension EngineLifecycleTests {
    /// Waits for `ingestor` to be ready, and records an issue unless the wait throws the
    /// error `expected` names, which `matches` recognises.
    static func expectNotReady(
        _ ingestor: Ingestor, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation, _ matches: (IngestorError) -> Bool
    ) async {
        do {
            try await ingestor.waitUntilReady()
            Issue.record("ready, where \(expected) was expected", sourceLocation: sourceLocation)
        } catch {
            if !matches(error) { Issue.record("expected \(expected), got \(error)", sourceLocation: sourceLocation) }
        }
    }

    @Test func readyOnceRunningAndNotBefore() async throws {
        let scratch = try TemporaryFolder()
        let ingestor = try outboxEngine(scratch.url.appending(path: "state"))
        let group = ServiceGroup(services: [ingestor], logger: EngineFixtures.quiet)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            // Waiting first, before the engine runs at all: it does not return yet.
            let returned = Mutex(false)
            tasks.addTask {
                try await ingestor.waitUntilReady()
                returned.withLock { $0 = true }
            }
            try await Task.sleep(for: .milliseconds(50))
            #expect(returned.withLock { $0 } == false, "ready before the engine ran")
            tasks.addTask { try await group.run() }
            // Ready: an input goes through at once.
            try await ingestor.waitUntilReady()
            let outcome = try await ingestor.ingest(IngestInput(bytes: try Samples.bytes(Self.text), fileName: "history.txt", candidateID: EngineFixtures.candidate))
            #expect(outcome.status.name == "stored", "\(outcome.status)")
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        // Stopped: no longer ready.
        await Self.expectNotReady(ingestor, "notRunning") { if case .notRunning = $0 { true } else { false } }
    }

    @Test func refusedCredentialsAreWhatTheReadinessWaitThrows() async throws {
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            var configuration = try EngineFixtures.endorsed(sandbox, state: nil, inProcess: true)
            configuration.destination = .endorsed(EndorsedDestination(
                endpoint: try EndorsedEndpoint(sandbox.baseURL.absoluteString),
                credentials: .clientCredentials(clientID: sandbox.configuration.clientID, clientSecret: "not-the-secret")))
            let ingestor = try Ingestor(configuration)
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try? await ingestor.run() }
                await Self.expectNotReady(ingestor, "credentialsRefused") { if case .credentialsRefused = $0 { true } else { false } }
                try await tasks.waitForAll()
            }
            #expect(await EngineFixtures.writes(sandbox).isEmpty)
        }
    }
}

extension EngineLifecycleTests {
    @Test func aStopWhileTheEngineStartsRefusesThoseWaitingForIt() async throws {
        // A sandbox that answers every call 503: the access check keeps retrying, so the
        // engine is still starting when it is stopped.
        try await EndorsedSandbox.withRunning(.init(faults: SandboxFaults(serverErrorRate: 1, retryAfterSeconds: 0))) { sandbox in
            var configuration = try EngineFixtures.endorsed(sandbox, state: nil, inProcess: true)
            configuration.destination = .endorsed(EndorsedDestination(
                endpoint: try EndorsedEndpoint(sandbox.baseURL.absoluteString),
                credentials: .accessToken("static-token-of-a-failing-server"),
                client: .init(retry: RetryPolicy(maximumAttempts: 1000, initialBackoff: .milliseconds(5), maximumBackoff: .milliseconds(20)))))
            let ingestor = try Ingestor(configuration)
            let group = ServiceGroup(services: [ingestor], logger: EngineFixtures.quiet)
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try? await group.run() }
                tasks.addTask {
                    await Self.expectNotReady(ingestor, "stoppedWhileStarting") { if case .stoppedWhileStarting = $0 { true } else { false } }
                }
                // Until the check has been tried a few times.
                var waited = 0
                while await sandbox.requests().count < 5 && waited < 500 {
                    try await Task.sleep(for: .milliseconds(10))
                    waited += 1
                }
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
            }
            #expect(await EngineFixtures.writes(sandbox).isEmpty)
        }
    }
}
