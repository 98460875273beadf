import EndorsedSandbox
import Foundation
import IntakeTestFixtures
import Testing

@testable import IntakeCLI

/// `intake sandbox` takes its secrets from the environment, never from flags, prints no
/// secret of the operator's own, and warns when it listens beyond loopback.
@Suite("intake sandbox: secrets and where it listens")
struct SandboxSecretsTests {
    static func configuration(_ arguments: [String] = [], environment: [String: String] = [:]) throws -> SandboxConfiguration {
        try SandboxCommand.parse(arguments).sandboxConfiguration(environment: environment)
    }

    @Test("A secret given as a flag is refused, naming the variable to set instead", arguments: [
        (["--client-secret", "hunter2hunter2"], "INTAKE_SANDBOX_CLIENT_SECRET"),
        (["--access-token", "dev-token-1"], "INTAKE_SANDBOX_ACCESS_TOKENS"),
    ])
    func flagsAreRefused(arguments: [String], variable: String) {
        do {
            _ = try SandboxCommand.parse(arguments)
            Issue.record("\(arguments) was accepted")
        } catch {
            let message = SandboxCommand.message(for: error)
            #expect(message.contains(variable), "\(message)")
            #expect(message.contains("ps"), "\(message)")
            #expect(SandboxCommand.exitCode(for: error) == .validationFailure)
        }
    }

    @Test("The secrets and the inspection token come from the environment")
    func fromEnvironment() throws {
        let configuration = try Self.configuration(environment: [
            "INTAKE_SANDBOX_CLIENT_SECRET": "own-secret-0001",
            "INTAKE_SANDBOX_ACCESS_TOKENS": "tok-a tok-b,tok-c",
            "INTAKE_SANDBOX_INSPECTION_TOKEN": "look-0001",
        ])
        #expect(configuration.clientSecret == "own-secret-0001")
        #expect(configuration.staticTokens == ["tok-a", "tok-b", "tok-c"])
        #expect(configuration.inspectionToken == "look-0001")
        let banner = SandboxBanner.render(baseURL: URL(string: "http://127.0.0.1:8080/api/v1")!, configuration: configuration)
        #expect(!banner.contains("own-secret-0001"), "\(banner)")
        #expect(banner.contains("\"$INTAKE_SANDBOX_CLIENT_SECRET\""), "\(banner)")
        #expect(banner.contains("Bearer look-0001"), "\(banner)")
    }

    @Test("Without variables: the published default secret, no static token, and a new random inspection token each time")
    func defaults() throws {
        let first = try Self.configuration(), second = try Self.configuration()
        #expect(first.clientSecret == SandboxConfiguration.defaultClientSecret)
        #expect(first.staticTokens.isEmpty)
        let token = try #require(first.inspectionToken)
        #expect(token.count >= 32)
        #expect(token != second.inspectionToken)
        #expect(first.host == "127.0.0.1")
        #expect(first.listensOnLoopbackOnly)
    }

    @Test("The real sandbox on a wildcard address warns on stderr; on loopback it does not", .timeLimit(.minutes(1)), arguments: [
        ("0.0.0.0", true), ("127.0.0.1", false),
    ])
    func warnsBeyondLoopback(host: String, warns: Bool) async throws {
        let child = try ChildProcess.intake(["sandbox", "--host", host, "--port", "0"])
        defer { child.killIfRunning() }
        try await child.waitUntil("the sandbox's banner", atMost: .seconds(30)) { child.standardOutput.contains("Press Ctrl-C") }
        child.signal(SIGTERM)
        try await child.waitForExit(atMost: .seconds(20))
        #expect(child.standardError.contains("warning: the sandbox listens on \(host)") == warns, "\(child.standardError)")
        #expect(!child.standardError.contains("error"), "\(child.standardError)")
        #expect(child.status == 0, "\(child.standardError)")
    }
}
