import EndorsedSandbox
import Foundation
import Intake
import IntakeEndorsed
import IntakeTestFixtures
import Logging
import Testing

@testable import IntakeCLI

/// `intake ingest --endpoint` over `samples/` against the sandbox on loopback: the whole
/// pipeline, real libmagic and poppler, real HTTP, the report read back.
@Suite struct UploadEndToEndTests {
    static let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    static func settings(_ sandbox: RunningEndorsedSandbox, credentials: EndorsedCredentials? = nil, attempts: Int = 8) throws -> EndorsedSettings {
        EndorsedSettings(
            endpoint: try EndorsedEndpoint(sandbox.baseURL.absoluteString),
            credentials: credentials ?? .clientCredentials(clientID: sandbox.configuration.clientID, clientSecret: sandbox.configuration.clientSecret),
            mode: .multipart,
            client: .init(retry: RetryPolicy(maximumAttempts: attempts, initialBackoff: .milliseconds(2), maximumBackoff: .milliseconds(40)), attemptLimits: AttemptLimits(idleTimeout: .seconds(30), baseDeadline: .seconds(60)), maximumConcurrentUploads: 4),
            requiresCandidate: true
        )
    }

    static func ingest(_ settings: EndorsedSettings, report: URL, candidates: CandidateMap = .folderRuleOnly) async throws -> Ingestion.Result {
        let options = Ingestion.Options(
            paths: [Samples.root.path(percentEncoded: false)], maxFilesInFlight: 2, reportURL: report,
            stateDirectory: nil, candidates: candidates, endorsed: settings
        )
        return try await Ingestion.run(options, logger: quiet, watchSignals: false)
    }

    /// The samples that should reach Endorsed: stored in the outbox expectations, with a
    /// candidate (the unassigned file fails `no_candidate` when uploading).
    static func expectedUploads() -> [Samples.Expectation] {
        Samples.expectationsWithoutOCR.filter { ["stored", "duplicate"].contains($0.status) && CandidateID.fromPath($0.path) != nil }
    }

    static func checkSandboxHoldsEverySampleOnce(_ sandbox: RunningEndorsedSandbox, lines: [[String: Any]]) async throws {
        let stored = await sandbox.attachments()
        // One attachment per distinct (candidate, content): byte-identical copies share a
        // remote id and so one attachment.
        let remoteIDs = stored.map(\.remoteID)
        #expect(remoteIDs.count == Set(remoteIDs).count, "an attachment was created twice")
        let uploaded = lines.filter { $0["status"] as? String == "uploaded" }
        #expect(Set(uploaded.compactMap { $0["remote_id"] as? String }) == Set(remoteIDs))
        for line in uploaded {
            let path = try #require(line["path"] as? String)
            let attachment = try #require(stored.first { $0.remoteID == line["remote_id"] as? String }, "\(path) is not in the sandbox")
            #expect(attachment.type == line["type"] as? String, "\(path)")
            #expect(attachment.candidateID == line["candidate_id"] as? String, "\(path)")
            #expect(attachment.id.uuidString.lowercased() == (line["attachment_id"] as? String)?.lowercased(), "\(path)")
            let expected = try await sha256Hex(of: URL(filePath: path))
            #expect(attachment.sha256 == expected, "\(path): bytes differ")
            #expect(attachment.fileName == URL(filePath: path).lastPathComponent)
        }
    }

    @Test func everySampleIsUploadedOnceWithItsTypeCandidateAndBytes() async throws {
        let scratch = try TemporaryFolder()
        let reportURL = scratch.url.appending(path: "report.jsonl")
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let result = try await Self.ingest(try Self.settings(sandbox), report: reportURL)
            let lines = try SamplesEndToEndTests.readReport(reportURL)
            #expect(lines.count == Samples.expectationsWithoutOCR.count)
            let uploaded = lines.filter { $0["status"] as? String == "uploaded" }
            let duplicates = lines.filter { $0["status"] as? String == "duplicate" }
            #expect(uploaded.count + duplicates.count == Self.expectedUploads().count)
            #expect(result.summary.countsByStatus["uploaded"] == uploaded.count)
            for line in lines where line["sink"] as? String != nil {
                #expect(line["sink"] as? String == "endorsed")
            }
            // Types as the expectations table has them.
            let prefix = Samples.root.path(percentEncoded: false) + "/"
            for want in Self.expectedUploads() {
                let line = try #require(lines.first { ($0["path"] as? String)?.replacingOccurrences(of: prefix, with: "") == want.path })
                #expect(line["type"] as? String == want.type, "\(want.path)")
            }
            // The file outside every candidate folder is not uploaded without a candidate.
            let orphans = lines.filter { ($0["error"] as? [String: Any])?["code"] as? String == "no_candidate" }
            #expect(orphans.count == Samples.expectationsWithoutOCR.filter { $0.status == "stored" && CandidateID.fromPath($0.path) == nil }.count)
            try await Self.checkSandboxHoldsEverySampleOnce(sandbox, lines: lines)
            #expect(await sandbox.requests().filter { $0.method == "POST" && $0.path.hasSuffix("/attachments") }.isEmpty, "uploads must use the idempotent PUT")
        }
    }

    @Test func withFaultsEverySampleStillEndsUpOnceAndARerunAddsNothing() async throws {
        let scratch = try TemporaryFolder()
        let faults = SandboxFaults(serverErrorRate: 0.20, landThenErrorRate: 0.10, dropRate: 0.05, rateLimitRate: 0.10, retryAfterSeconds: 0)
        try await EndorsedSandbox.withRunning(.init(faults: faults, seed: 7)) { sandbox in
            let first = scratch.url.appending(path: "first.jsonl")
            let result = try await Self.ingest(try Self.settings(sandbox, attempts: 16), report: first)
            let lines = try SamplesEndToEndTests.readReport(first)
            #expect(!lines.contains { ($0["error"] as? [String: Any])?["stage"] as? String == "upload" && ($0["error"] as? [String: Any])?["code"] as? String != "no_candidate" })
            #expect(result.summary.countsByStatus["uploaded"] ?? 0 > 0)
            try await Self.checkSandboxHoldsEverySampleOnce(sandbox, lines: lines)
            let faultsSeen = Set(await sandbox.requests().compactMap(\.fault))
            #expect(faultsSeen.isSuperset(of: ["server_error", "land_then_error", "rate_limit"]))

            // Run again: every write lands on the same attachments.
            let countBefore = await sandbox.attachments().count
            _ = try await Self.ingest(try Self.settings(sandbox, attempts: 16), report: scratch.url.appending(path: "second.jsonl"))
            #expect(await sandbox.attachments().count == countBefore)
        }
    }

    @Test func anImmutableServerCountsContentAlreadyThereAsUploaded() async throws {
        let scratch = try TemporaryFolder()
        try await EndorsedSandbox.withRunning(.init(immutableAttachments: true)) { sandbox in
            _ = try await Self.ingest(try Self.settings(sandbox), report: scratch.url.appending(path: "first.jsonl"))
            let second = scratch.url.appending(path: "second.jsonl")
            let result = try await Self.ingest(try Self.settings(sandbox), report: second)
            let lines = try SamplesEndToEndTests.readReport(second)
            let uploaded = lines.filter { $0["status"] as? String == "uploaded" }
            #expect(!uploaded.isEmpty)
            #expect(result.summary.countsByStatus["failed"] == Samples.expectationsWithoutOCR.filter { $0.status == "failed" }.count + 1)
            #expect(await sandbox.requests().contains { $0.status == 409 })
            try await Self.checkSandboxHoldsEverySampleOnce(sandbox, lines: lines)
        }
    }

    @Test func aValidationRefusalIsReportedForThatFileWithTheAPIsCodeAndMessage() async throws {
        let scratch = try TemporaryFolder()
        let report = scratch.url.appending(path: "report.jsonl")
        // The sandbox knows every sample candidate but one.
        let candidates = Set(Samples.expectationsWithoutOCR.compactMap { CandidateID.fromPath($0.path) })
        let refused = try #require(candidates.sorted().first)
        try await EndorsedSandbox.withRunning(.init(knownCandidateIDs: candidates.subtracting([refused]))) { sandbox in
            _ = try await Self.ingest(try Self.settings(sandbox), report: report)
            let lines = try SamplesEndToEndTests.readReport(report)
            let failed = lines.filter { $0["candidate_id"] as? String == refused && $0["status"] as? String == "failed" }
            #expect(!failed.isEmpty)
            for line in failed {
                let error = try #require(line["error"] as? [String: Any])
                #expect(error["stage"] as? String == "upload")
                #expect(error["code"] as? String == "endorsed_validation_error")
                #expect(error["api_code"] as? String == "VALIDATION_ERROR")
                #expect(error["http_status"] as? String == "400")
                #expect((error["message"] as? String)?.contains("candidate_id") == true)
            }
            // One write per refused file: a 400 is not retried.
            let writes = await sandbox.requests().filter { $0.method == "PUT" && $0.status == 400 }
            #expect(writes.count == failed.count)
        }
    }

    @Test func badCredentialsStopTheRunBeforeAnyFileIsRead() async throws {
        let scratch = try TemporaryFolder()
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let settings = try Self.settings(sandbox, credentials: .clientCredentials(clientID: sandbox.configuration.clientID, clientSecret: "wrong"))
            let report = scratch.url.appending(path: "report.jsonl")
            let error = await #expect(throws: CLIError.self) { try await Self.ingest(settings, report: report) }
            #expect(error?.description.contains("ENDORSED_CLIENT_SECRET") == true)
            #expect(error?.description.contains("wrong") == false)
            #expect(!FileManager.default.fileExists(atPath: report.path(percentEncoded: false)))
            #expect(await sandbox.requests().filter { $0.path.contains("/attachments") }.isEmpty)
        }
    }
}
