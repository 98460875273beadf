import EndorsedSandbox
import Foundation
import IntakeEngine
import IntakeTestFixtures
import Testing

@testable import IntakeCLI

extension RealIntakeRuns {
    /// `intake retry --failed` runs with the settings the retried run recorded: after an
    /// `--endpoint` run, the retry uploads to that endpoint without the options repeated.
    @Suite struct RetrySettingsTests {
        /// The candidate the sandbox knows; the notes' folders name others.
        static let known = "11111111-2222-4333-8444-555555555555"

        @Test(.timeLimit(.minutes(2))) func aRetryAfterAnEndpointRunUploadsToThatEndpoint() async throws {
            let scratch = try TemporaryFolder()
            let folder = try Corpus.notes(3, in: scratch)
            // The sandbox knows one candidate, and the notes' folders name others: every
            // upload is refused (400) and fails.
            try await EndorsedSandbox.withRunning(.init(knownCandidateIDs: [Self.known])) { sandbox in
                let ingest = SandboxIngest(sandbox: sandbox, folder: folder, state: scratch.path("state"))
                let first = try await ingest.run(report: scratch.url.appending(path: "1.jsonl"), ["--max-attempts", "2"], scratch: scratch)
                #expect(first.status == 1, "\(first.standardError)")
                let failed = RunOutput.reportLines(scratch.url.appending(path: "1.jsonl"))
                #expect(failed.count == 3)
                #expect(failed.allSatisfy { RunOutput.errorCode($0) == "endorsed_validation_error" })
                #expect(await sandbox.attachments().isEmpty)

                // Only the candidate changes, for every file whatever its folder; where to
                // send comes from the ledger.
                let map = try scratch.write("map.csv", text: "/,\(Self.known)\n")
                let retry = try await IntakeChild.run(
                    ["retry", "--failed", "--state", ingest.state, "--", "--candidate-map", map.path(percentEncoded: false), "--report", scratch.path("2.jsonl"), "--no-progress"],
                    environment: ingest.environment, scratch: scratch
                )
                #expect(retry.status == 0, "\(retry.standardError)")
                #expect(retry.standardOutput.contains("to: Endorsed \(sandbox.baseURL.absoluteString)"), "\(retry.standardOutput)")
                let lines = RunOutput.reportLines(scratch.url.appending(path: "2.jsonl"))
                #expect(lines.count == 3)
                #expect(lines.allSatisfy { RunOutput.status($0) == "uploaded" && $0["sink"] as? String == "endorsed" }, "\(lines)")
                let stored = await sandbox.attachments()
                #expect(stored.count == 3)
                #expect(stored.allSatisfy { $0.candidateID == Self.known })
                // Nothing went to an outbox instead.
                #expect(!FileManager.default.fileExists(atPath: scratch.path("state/outbox.sqlite")))
            }
        }

        @Test(.timeLimit(.minutes(2))) func aRetryWithoutTheCredentialsOfAnEndpointRunSaysWhatToSet() async throws {
            let scratch = try TemporaryFolder()
            let folder = try Corpus.notes(1, in: scratch)
            try await EndorsedSandbox.withRunning(.init(knownCandidateIDs: [Self.known])) { sandbox in
                let ingest = SandboxIngest(sandbox: sandbox, folder: folder, state: scratch.path("state"))
                let first = try await ingest.run(report: scratch.url.appending(path: "1.jsonl"), ["--max-attempts", "1"], scratch: scratch)
                #expect(first.status == 1, "\(first.standardError)")
                let retry = try await IntakeChild.run(["retry", "--failed", "--state", ingest.state], scratch: scratch)
                #expect(retry.status == 2, "\(retry.standardError)")
                #expect(retry.standardError.contains("the run retried uploaded to \(sandbox.baseURL.absoluteString)"), "\(retry.standardError)")
                #expect(retry.standardError.contains("ENDORSED_CLIENT_ID"), "\(retry.standardError)")
                #expect(!FileManager.default.fileExists(atPath: scratch.path("state/outbox.sqlite")))
            }
        }
    }
}

/// The upload options of a retried run, with the options given after `--` winning.
@Suite struct RetryOverlayTests {
    static let stored = RunSettings.Endorsed(
        endpoint: "https://endorsed.example/api/v1", publicBaseURL: nil, requiresCandidate: false, maximumAttempts: 3,
        idleTimeoutSeconds: 7, baseDeadlineSeconds: 90, minimumBytesPerSecond: 16 * 1024, maximumConcurrentUploads: 6, maximumFileBytes: 5 << 20
    )
    static let environment = ["ENDORSED_ACCESS_TOKEN": "t0ken-for-overlay"]

    @Test func theStoredUploadIsUsedWhereNoOptionIsGiven() throws {
        let command = try IngestCommand.parse(["samples"])
        let settings = try #require(try command.upload.overlaid(with: Self.stored, except: []).endorsedSettings(environment: Self.environment))
        #expect(settings.endpoint.description == "https://endorsed.example/api/v1")
        #expect(settings.requiresCandidate == false)
        #expect(settings.client.retry.maximumAttempts == 3)
        #expect(settings.client.attemptLimits.idleTimeout == .seconds(7))
        #expect(settings.client.attemptLimits.baseDeadline == .seconds(90))
        #expect(settings.client.attemptLimits.minimumBytesPerSecond == 16 * 1024)
        #expect(settings.client.maximumConcurrentUploads == 6)
        #expect(settings.client.maximumFileBytes == 5 << 20)
    }

    @Test func anOptionGivenAfterTheTerminatorWins() throws {
        let given = ["--max-attempts", "5", "--upload-concurrency", "2"]
        let command = try IngestCommand.parse(["samples"] + given)
        let overlaid = command.upload.overlaid(with: Self.stored, except: RetryCommand.optionNames(in: given))
        let settings = try #require(try overlaid.endorsedSettings(environment: Self.environment))
        #expect(settings.client.retry.maximumAttempts == 5)
        #expect(settings.client.maximumConcurrentUploads == 2)
        // What was not given still comes from the retried run.
        #expect(settings.client.attemptLimits.idleTimeout == .seconds(7))
        #expect(RetryCommand.optionNames(in: ["--report=x.jsonl", "-c", "2", "value"]) == ["--report", "-c"])
    }
}
