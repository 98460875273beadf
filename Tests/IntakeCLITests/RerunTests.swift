import EndorsedSandbox
import Foundation
import Intake
import IntakeEndorsed
import IntakeLedger
import IntakeTestFixtures
import Logging
import Testing

@testable import IntakeCLI

/// Runs again over the same folder with a ledger, against the sandbox: what is sent again
/// and what is not.
@Suite struct RerunTests {
    static func ingest(_ folder: URL, state: URL, sandbox: RunningEndorsedSandbox, report: URL, force: Bool = false) async throws -> [[String: Any]] {
        let options = Ingestion.Options(
            paths: [folder.path(percentEncoded: false)], maxFilesInFlight: 2, reportURL: report,
            stateDirectory: state, endorsed: try UploadEndToEndTests.settings(sandbox), force: force
        )
        _ = try await Ingestion.run(options, logger: UploadEndToEndTests.quiet, watchSignals: false)
        return try SamplesEndToEndTests.readReport(report)
    }

    /// The attachment writes the sandbox received: every PUT and POST of an attachment
    /// (the token call is a POST too, but writes nothing).
    static func writes(_ sandbox: RunningEndorsedSandbox) async -> Int {
        await sandbox.requests().filter { ($0.method == "PUT" || $0.method == "POST") && $0.path.contains("/attachments") }.count
    }

    static func copyOfSamples(in scratch: TemporaryFolder) throws -> URL {
        let copy = scratch.url.appending(path: "samples")
        try FileManager.default.copyItem(at: Samples.root, to: copy)
        return copy
    }

    @Test func aRerunOverAnUnchangedFolderSendsNoWriteAndSaysUnchanged() async throws {
        let scratch = try TemporaryFolder()
        let samples = try Self.copyOfSamples(in: scratch)
        let state = scratch.url.appending(path: "state")
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let first = try await Self.ingest(samples, state: state, sandbox: sandbox, report: scratch.url.appending(path: "1.jsonl"))
            let writesBefore = await Self.writes(sandbox)
            #expect(writesBefore > 0)
            let second = try await Self.ingest(samples, state: state, sandbox: sandbox, report: scratch.url.appending(path: "2.jsonl"))
            #expect(await Self.writes(sandbox) == writesBefore, "an unchanged re-run wrote to the API")
            #expect(second.count == first.count)
            for line in second {
                let status = line["status"] as? String
                let before = first.first { $0["path"] as? String == line["path"] as? String }?["status"] as? String
                if before == "failed" {
                    #expect(status == "failed", "a failure is tried again: \(line["path"] ?? "")")
                } else {
                    #expect(status == "unchanged", "\(line["path"] ?? "")")
                    #expect((line["earlier"] as? [String: Any])?["status"] as? String == before)
                }
            }
            let uploaded = first.filter { $0["status"] as? String == "uploaded" }
            for line in uploaded {
                let again = try #require(second.first { $0["path"] as? String == line["path"] as? String })
                #expect(again["attachment_id"] as? String == line["attachment_id"] as? String)
            }
        }
    }

    @Test func aChangedFileANewFileAndARenamedFile() async throws {
        let scratch = try TemporaryFolder()
        let samples = try Self.copyOfSamples(in: scratch)
        let state = scratch.url.appending(path: "state")
        let jane = samples.appending(path: "46d135bb-94cd-4998-aaf1-09517a6af8c6")
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            _ = try await Self.ingest(samples, state: state, sandbox: sandbox, report: scratch.url.appending(path: "1.jsonl"))
            let writesBefore = await Self.writes(sandbox)

            let preferences = jane.appending(path: "preferences.txt")
            try (try Data(contentsOf: preferences) + Data("\nAvailable from March.\n".utf8)).write(to: preferences)
            try Data("About me: I have led night shifts on a cardiac ward for six years and I teach new nurses.".utf8)
                .write(to: jane.appending(path: "about-new.txt"))
            try FileManager.default.moveItem(at: jane.appending(path: "profile.md"), to: jane.appending(path: "profile-renamed.md"))

            let second = try await Self.ingest(samples, state: state, sandbox: sandbox, report: scratch.url.appending(path: "2.jsonl"))
            func line(_ name: String) throws -> [String: Any] {
                try #require(second.first { ($0["path"] as? String)?.hasSuffix("/" + name) == true })
            }
            #expect(try line("preferences.txt")["status"] as? String == "uploaded")
            #expect(try line("about-new.txt")["status"] as? String == "uploaded")
            let renamed = try line("profile-renamed.md")
            #expect(renamed["status"] as? String == "duplicate")
            let duplicateOf = try #require(renamed["duplicate_of"] as? [String: Any])
            #expect((duplicateOf["path"] as? String)?.hasSuffix("/profile.md") == true)
            #expect(duplicateOf["run"] as? String == "1")
            // Exactly the changed file and the new one were written.
            #expect(await Self.writes(sandbox) == writesBefore + 2)
        }
    }

    @Test func forceSendsEverythingAgainOntoTheSameAttachments() async throws {
        let scratch = try TemporaryFolder()
        let samples = try Self.copyOfSamples(in: scratch)
        let state = scratch.url.appending(path: "state")
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let first = try await Self.ingest(samples, state: state, sandbox: sandbox, report: scratch.url.appending(path: "1.jsonl"))
            let attachments = await sandbox.attachments().count
            let writesBefore = await Self.writes(sandbox)
            let second = try await Self.ingest(samples, state: state, sandbox: sandbox, report: scratch.url.appending(path: "2.jsonl"), force: true)
            let uploaded = first.filter { $0["status"] as? String == "uploaded" }.count
            #expect(second.filter { $0["status"] as? String == "uploaded" }.count == uploaded)
            #expect(await Self.writes(sandbox) == writesBefore + uploaded)
            #expect(await sandbox.attachments().count == attachments)
        }
    }

    @Test func statusCountsEveryFileOnceAndListsTheFailuresWhileTheFolderIsInUse() async throws {
        let scratch = try TemporaryFolder()
        let samples = try Self.copyOfSamples(in: scratch)
        let state = scratch.url.appending(path: "state")
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let first = try await Self.ingest(samples, state: state, sandbox: sandbox, report: scratch.url.appending(path: "1.jsonl"))
            _ = try await Self.ingest(samples, state: state, sandbox: sandbox, report: scratch.url.appending(path: "2.jsonl"))
            // A run holding the folder does not keep status from reading it.
            let holder = try Ledger(stateDirectory: state)
            let status = try Ledger(stateDirectory: state, readOnly: true).status()
            withExtendedLifetime(holder) {}
            #expect(status.runs == 2)
            #expect(status.filesByStatus.values.reduce(0, +) == first.count)
            #expect(status.filesByStatus["uploaded"] == first.filter { $0["status"] as? String == "uploaded" }.count)
            #expect(status.lastRun?.counts?["unchanged"] == first.filter { $0["status"] as? String != "failed" }.count)
            #expect(status.lastRun?.stoppedEarly == false)
            #expect(Set(status.failures.compactMap(\.code)) == ["pdf_damaged", "pdf_encrypted", "no_candidate"])
            let text = StatusCommand.text(status)
            #expect(text.contains("Failed (3)"))
            #expect(text.contains("Last run 2"))
        }
    }

    @Test func retryingTheFailedFilesOfTheLastRunTakesOnlyThem() async throws {
        let scratch = try TemporaryFolder()
        let samples = try Self.copyOfSamples(in: scratch)
        let state = scratch.url.appending(path: "state")
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let options = Ingestion.Options(
                paths: [samples.path(percentEncoded: false)], maxFilesInFlight: 2, reportURL: scratch.url.appending(path: "1.jsonl"),
                stateDirectory: state, endorsed: try UploadEndToEndTests.settings(sandbox)
            )
            _ = try await Ingestion.run(options, logger: UploadEndToEndTests.quiet, watchSignals: false)
            let status = try Ledger(stateDirectory: state, readOnly: true).status()
            let lastRun = try #require(status.lastRun)
            let failed = status.failures.filter { $0.runID == lastRun.id }
            #expect(Set(failed.compactMap(\.code)) == ["pdf_damaged", "pdf_encrypted", "no_candidate"])
            #expect(lastRun.arguments == [samples.standardizedFileURL.path(percentEncoded: false)])
            let writesBefore = await Self.writes(sandbox)

            // The operator gives the unassigned file a candidate and retries the failures.
            var retry = options
            retry.paths = lastRun.arguments
            retry.onlyFiles = Set(failed.map(\.path))
            retry.reportURL = scratch.url.appending(path: "2.jsonl")
            retry.candidates = try CandidateMap(fallback: "11111111-2222-4333-8444-555555555555")
            _ = try await Ingestion.run(retry, logger: UploadEndToEndTests.quiet, watchSignals: false)
            let second = try SamplesEndToEndTests.readReport(scratch.url.appending(path: "2.jsonl"))
            #expect(second.count == failed.count)
            #expect(second.filter { $0["status"] as? String == "uploaded" }.compactMap { ($0["path"] as? String)?.hasSuffix("about-jordan.txt") } == [true])
            #expect(await Self.writes(sandbox) == writesBefore + 1)
            #expect(try Ledger(stateDirectory: state, readOnly: true).status().failures.count == 2)
        }
        #expect(throws: (any Error).self) { try RetryCommand.parse([]) }
        #expect(throws: (any Error).self) { try RetryCommand.parse(["--failed", "--", "--state", "x"]) }
        #expect(try RetryCommand.parse(["--failed", "--", "--endpoint", "https://endorsed.ai/api/v1"]).ingestOptions == ["--endpoint", "https://endorsed.ai/api/v1"])
    }

    @Test func aSecondRunOnAStateFolderInUseIsRefusedBeforeAnyFile() async throws {
        let scratch = try TemporaryFolder()
        let state = scratch.url.appending(path: "state")
        let holder = try Ledger(stateDirectory: state)
        try await EndorsedSandbox.withRunning(.init()) { sandbox in
            let report = scratch.url.appending(path: "r.jsonl")
            let error = await #expect(throws: CLIError.self) {
                _ = try await Self.ingest(Samples.root, state: state, sandbox: sandbox, report: report)
            }
            #expect(error?.description.contains("another intake run is using the state folder") == true)
            #expect(error?.description.contains("--state") == true)
            #expect(await sandbox.requests().isEmpty)
            #expect(!FileManager.default.fileExists(atPath: report.path(percentEncoded: false)))
        }
        withExtendedLifetime(holder) {}
    }
}
