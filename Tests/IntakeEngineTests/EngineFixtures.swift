import EndorsedSandbox
import Foundation
import Intake
import IntakeEndorsed
import IntakeEngine
import IntakeTestFixtures
import IntakeWorkers
import Logging
import Testing

/// Engines over the sandbox or the outbox, as a backend would set them up.
enum EngineFixtures {
    static let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    /// The candidate of the first sample folder, and a resume in it.
    static let candidate = "46d135bb-94cd-4998-aaf1-09517a6af8c6"
    static let resumePath = "46d135bb-94cd-4998-aaf1-09517a6af8c6/document1.pdf"

    /// Uploads to `sandbox` with its client credentials, state in `state`, parsing in
    /// real `intake` worker processes unless `inProcess`.
    static func endorsed(_ sandbox: RunningEndorsedSandbox, state: URL?, inProcess: Bool = false) throws -> IngestorConfiguration {
        let destination = EndorsedDestination(
            endpoint: try EndorsedEndpoint(sandbox.baseURL.absoluteString),
            credentials: .clientCredentials(clientID: sandbox.configuration.clientID, clientSecret: sandbox.configuration.clientSecret),
            client: .init(retry: RetryPolicy(maximumAttempts: 4, initialBackoff: .milliseconds(2), maximumBackoff: .milliseconds(40)))
        )
        var configuration = IngestorConfiguration(destination: .endorsed(destination), stateDirectory: state)
        configuration.parserWorkers = inProcess ? nil : workers()
        configuration.maximumFilesInFlight = 2
        configuration.logger = quiet
        return configuration
    }

    /// Two workers of the built `intake`.
    static func workers() -> ParserWorkerPool.Configuration {
        ParserWorkerPool.Configuration(executable: BuiltProducts.intakeExecutable, workers: 2, fileTimeout: .seconds(20))
    }

    /// The upload calls the sandbox received (token calls and the access check left out).
    static func writes(_ sandbox: RunningEndorsedSandbox) async -> [SandboxRequestRecord] {
        await sandbox.requests().filter { $0.method == "PUT" || $0.method == "POST" }.filter { $0.path.contains("/attachments") }
    }

    /// The outcome's report line, as JSON.
    static func json(_ outcome: IngestOutcome) throws -> [String: Any] {
        let data = try JSONEncoder().encode(outcome)
        return try #require(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any])
    }
}

/// An error thrown by a stream half-way, for the tests of streams.
struct BrokenPipe: Error, CustomStringConvertible {
    var description: String { "the connection was reset" }
}
