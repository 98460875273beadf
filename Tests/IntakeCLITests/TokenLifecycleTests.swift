import EndorsedSandbox
import Foundation
import IntakeTestFixtures
import Testing

extension RealIntakeRuns {
    /// The real `intake` against a sandbox whose tokens expire, are revoked, or cannot be
    /// had: tokens are renewed as they run out, a failing token call is retried and then
    /// fails the files with a clear error that holds no secret, and a later run sends what
    /// failed.
    @Suite
    struct TokenLifecycleTests {
        /// A client secret that the test looks for in every output.
        static let secret = "intake-test-secret-\(UUID().uuidString.lowercased())"

        /// Neither the secret nor any sandbox token (`sbx_…`) appears in `text`.
        static func expectNoSecret(in text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(!text.contains(secret), "the client secret is in \(what)", sourceLocation: sourceLocation)
            #expect(!text.contains("sbx_"), "a token is in \(what)", sourceLocation: sourceLocation)
        }

        /// Tokens live 2 s (renewed in their last second) and every call waits 100 ms, two at a
        /// time: 40 uploads take at least 2 s, so the first token cannot last the run.
        @Test(.timeLimit(.minutes(2))) func aTokenThatExpiresDuringTheRunIsRenewedAndEveryFileUploads() async throws {
            let scratch = try TemporaryFolder()
            let folder = try Corpus.notes(40, in: scratch)
            let configuration = SandboxConfiguration(clientSecret: Self.secret, tokenLifetime: .seconds(2), faults: SandboxFaults(latency: .milliseconds(100)))
            try await EndorsedSandbox.withRunning(configuration) { sandbox in
                let ingest = SandboxIngest(sandbox: sandbox, folder: folder, state: scratch.path("state"))
                let report = scratch.url.appending(path: "report.jsonl")
                let run = try await ingest.run(report: report, ["--upload-concurrency", "2", "--verbose"], scratch: scratch)
                #expect(run.status == 0, "\(run.standardError)")
                let lines = RunOutput.reportLines(report)
                #expect(lines.count == 40)
                #expect(lines.allSatisfy { RunOutput.status($0) == "uploaded" }, "\(lines.filter { RunOutput.status($0) != "uploaded" })")
                #expect(await sandbox.tokensIssued() >= 2, "the run outlasted its first token")
                try await ingest.checkEveryFileStoredOnce(lines: lines)
                Self.expectNoSecret(in: run.standardError, "standard error")
                Self.expectNoSecret(in: run.standardOutput, "standard output")
                Self.expectNoSecret(in: (try? String(contentsOf: report, encoding: .utf8)) ?? "", "the report")
            }
        }

        /// The server stops accepting the token before the client expects (revoked, or a clock
        /// that runs ahead): the calls answered 401 get a new token and go again.
        @Test(.timeLimit(.minutes(2))) func aTokenRefusedInTheMiddleOfTheRunIsReplacedAfterThe401() async throws {
            let scratch = try TemporaryFolder()
            let folder = try Corpus.notes(30, in: scratch)
            let configuration = SandboxConfiguration(clientSecret: Self.secret, faults: SandboxFaults(latency: .milliseconds(50)))
            try await EndorsedSandbox.withRunning(configuration) { sandbox in
                let ingest = SandboxIngest(sandbox: sandbox, folder: folder, state: scratch.path("state"))
                let report = scratch.url.appending(path: "report.jsonl")
                let child = try ingest.start(report: report, ["--upload-concurrency", "2"], scratch: scratch)
                defer { child.killIfRunning() }
                try #require(await waitUntil("five files are uploaded") { await sandbox.attachments().count >= 5 || !child.isRunning })
                try #require(child.isRunning, "the run ended before its token could be revoked")
                await sandbox.revokeIssuedTokens()
                await child.waitForExit(within: .seconds(60))
                #expect(child.status == 0, "\(child.standardError)")
                let lines = RunOutput.reportLines(report)
                #expect(lines.count == 30)
                #expect(lines.allSatisfy { RunOutput.status($0) == "uploaded" })
                #expect(await sandbox.requests().contains { $0.status == 401 && $0.path.contains("/attachments") }, "a call met the revoked token")
                #expect(await sandbox.tokensIssued() >= 2)
                try await ingest.checkEveryFileStoredOnce(lines: lines)
                Self.expectNoSecret(in: child.standardError, "standard error")
            }
        }

        /// The token call fails (500s, or dropped connections) once the run is going and the
        /// token it had is refused: each new token request is sent `--max-attempts` times, then
        /// the files waiting on it fail with an error that says the token call failed — and no
        /// secret or token anywhere. With the token endpoint back, a re-run uploads exactly
        /// those files.
        @Test(.timeLimit(.minutes(2)), arguments: [
            ("token_error", SandboxFaults(latency: .milliseconds(50), tokenErrorRate: 1)),
            ("token_drop", SandboxFaults(latency: .milliseconds(50), tokenDropRate: 1)),
        ])
        func aFailingTokenEndpointIsRetriedThenFailsTheFilesClearly(fault: String, outage: SandboxFaults) async throws {
            let scratch = try TemporaryFolder()
            let folder = try Corpus.notes(16, in: scratch)
            let configuration = SandboxConfiguration(clientSecret: Self.secret, faults: SandboxFaults(latency: .milliseconds(50)))
            try await EndorsedSandbox.withRunning(configuration) { sandbox in
                let ingest = SandboxIngest(sandbox: sandbox, folder: folder, state: scratch.path("state"))
                let report = scratch.url.appending(path: "report.jsonl")
                let child = try ingest.start(report: report, ["--upload-concurrency", "2", "--max-attempts", "3", "--verbose"], scratch: scratch)
                defer { child.killIfRunning() }
                try #require(await waitUntil("three files are uploaded") { await sandbox.attachments().count >= 3 || !child.isRunning })
                try #require(child.isRunning, "the run ended before the token endpoint could fail")
                await sandbox.setFaults(outage)
                await sandbox.revokeIssuedTokens()
                await child.waitForExit(within: .seconds(90))
                #expect(!child.endedBySignal)
                #expect(child.status == 1, "the run finishes, and the files that could not be uploaded failed: \(child.standardError)")

                let lines = RunOutput.reportLines(report)
                #expect(Set(lines.compactMap(RunOutput.path)) == Set(Corpus.files(under: folder)), "every file has its line")
                let failed = lines.filter { RunOutput.status($0) == "failed" }
                #expect(!failed.isEmpty)
                #expect(lines.allSatisfy { ["uploaded", "failed"].contains(RunOutput.status($0)) })
                for line in failed {
                    let error = try #require(RunOutput.error(line))
                    #expect(error["stage"] as? String == "upload")
                    let code = error["code"] as? String ?? ""
                    #expect(code.hasPrefix("endorsed_"), "a code of the Endorsed sink: \(code)")
                    let message = error["message"] as? String ?? ""
                    #expect(message.localizedCaseInsensitiveContains("token"), "the message says the token call failed: \(message)")
                }
                // Each token request was sent --max-attempts times before it failed.
                let tokenCalls = await sandbox.requests().filter { $0.path.hasSuffix("/auth/tokens") && $0.fault == fault }
                #expect(tokenCalls.count >= 3, "\(tokenCalls.count) token calls met the fault")
                #expect(tokenCalls.count % 3 == 0, "each token request is sent 3 times: \(tokenCalls.count) calls")

                Self.expectNoSecret(in: child.standardError, "standard error")
                Self.expectNoSecret(in: child.standardOutput, "standard output")
                Self.expectNoSecret(in: (try? String(contentsOf: report, encoding: .utf8)) ?? "", "the report")
                let status = try await IntakeChild.run(["status", "--state", ingest.state, "--json"], scratch: scratch)
                Self.expectNoSecret(in: status.standardOutput, "intake status")

                // The token endpoint is back: the files that failed go again, and only those.
                await sandbox.setFaults(.none)
                let uploadedBefore = Set(lines.filter { RunOutput.status($0) == "uploaded" }.compactMap { $0["remote_id"] as? String })
                let writesBefore = await ingest.writes().count
                let rerunReport = scratch.url.appending(path: "rerun.jsonl")
                let rerun = try await ingest.run(report: rerunReport, scratch: scratch)
                #expect(rerun.status == 0, "\(rerun.standardError)")
                let rerunLines = RunOutput.reportLines(rerunReport)
                #expect(Set(rerunLines.filter { RunOutput.status($0) == "uploaded" }.compactMap(RunOutput.path)) == Set(failed.compactMap(RunOutput.path)))
                #expect(rerunLines.filter { RunOutput.status($0) == "unchanged" }.count == lines.count - failed.count)
                let rewritten = await ingest.writes().dropFirst(writesBefore).compactMap(\.remoteID)
                #expect(Set(rewritten).isDisjoint(with: uploadedBefore))
                try await ingest.checkEveryFileStoredOnce(lines: rerunLines)
            }
        }
    }
}
