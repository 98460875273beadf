import EndorsedSandbox
import Foundation
import Intake
import IntakeLedger
import IntakeTestFixtures
import Testing

/// The real `intake` process killed with SIGKILL in the middle of runs against a faulty
/// sandbox, then run once more to the end: every document is in the sandbox exactly once.
@Suite struct CrashTests {
    /// The samples and 60 more distinct text documents, so a run lasts long enough to be
    /// killed in the middle.
    static func documents(in scratch: TemporaryFolder) throws -> URL {
        let folder = scratch.url.appending(path: "docs")
        try FileManager.default.copyItem(at: Samples.root, to: folder)
        let candidates = ["46d135bb-94cd-4998-aaf1-09517a6af8c6", "6329b0c2-4914-453c-91b8-f0b4aa707851", "dc36d74a-c3db-49a9-9170-d4ad97a619c8"]
        for index in 0..<60 {
            let text = "About me\n\nI am candidate note \(index). I have worked as a nurse for \(index % 12 + 2) years, "
                + "and I enjoy teaching new colleagues on the ward. Reference \(index)."
            try Data(text.utf8).write(to: folder.appending(path: "\(candidates[index % 3])/note-\(index).txt"))
        }
        return folder
    }

    /// The samples and the 60 notes.
    static let fileCount = Samples.expectations.count + 60

    static func launch(_ folder: URL, state: URL, report: URL, sandbox: RunningEndorsedSandbox) throws -> ChildProcess {
        try ChildProcess.intake([
            "ingest", folder.path(percentEncoded: false), "--endpoint", sandbox.baseURL.absoluteString,
            "--state", state.path(percentEncoded: false), "--report", report.path(percentEncoded: false),
            "--no-progress", "--max-attempts", "20", "--concurrency", "2",
        ], environment: [
            "ENDORSED_CLIENT_ID": sandbox.configuration.clientID,
            "ENDORSED_CLIENT_SECRET": sandbox.configuration.clientSecret,
        ])
    }

    static func lines(_ report: URL) -> [[String: Any]] {
        guard let text = try? String(contentsOf: report, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        }
    }

    @Test func killedRunsThenOneCleanRunLeaveEveryDocumentExactlyOnce() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: BuiltProducts.intakeExecutable.path(percentEncoded: false)), "build the intake product first")
        let scratch = try TemporaryFolder()
        let folder = try Self.documents(in: scratch)
        let state = scratch.url.appending(path: "state")
        let faults = SandboxFaults(serverErrorRate: 0.2, landThenErrorRate: 0.1, dropRate: 0.05, rateLimitRate: 0.1, retryAfterSeconds: 0, latency: .milliseconds(15))
        try await EndorsedSandbox.withRunning(.init(faults: faults, seed: 11)) { sandbox in
            // Killed after 5, 30 and 60 lines of its report: early, mid-run, late.
            for (index, killAfter) in [5, 30, 60].enumerated() {
                let report = scratch.url.appending(path: "killed-\(index).jsonl")
                let child = try Self.launch(folder, state: state, report: report, sandbox: sandbox)
                // A run that stops writing its report fails here, killed, instead of hanging.
                try await child.waitUntil("\(killAfter) report lines", atMost: .seconds(120)) {
                    !child.isRunning || Self.lines(report).count >= killAfter
                }
                child.signal(SIGKILL)
                try await child.waitForExit(atMost: .seconds(30))
                // Killed in the middle, not after the end.
                #expect(child.endedBySignal && child.status == SIGKILL, "run \(index) ended by itself with \(child.status): \(child.standardError)")
                #expect(Self.lines(report).count >= killAfter)
                #expect(Self.lines(report).count < Self.fileCount)
            }
            let report = scratch.url.appending(path: "final.jsonl")
            let child = try Self.launch(folder, state: state, report: report, sandbox: sandbox)
            try await child.waitForExit(atMost: .seconds(300))
            #expect(
                !child.endedBySignal && child.status == 1,
                """
                the intended failures of samples/ give exit status 1; the run ended \(child.endedBySignal ? "by signal" : "with status") \(child.status) \
                after \(Self.lines(report).count) report lines; its standard error:
                \(child.standardError)
                """)

            let final = Self.lines(report)
            #expect(final.count == Self.fileCount)
            let delivered = final.filter { ["uploaded", "unchanged"].contains($0["status"] as? String) && $0["remote_id"] is String }
            #expect(delivered.count >= 60, "the 60 notes at least are delivered")
            let stored = await sandbox.attachments()
            let remoteIDs = stored.map(\.remoteID)
            #expect(remoteIDs.count == Set(remoteIDs).count, "a document was stored twice")
            #expect(Set(remoteIDs) == Set(delivered.compactMap { $0["remote_id"] as? String }))
            for line in delivered {
                let path = try #require(line["path"] as? String)
                let attachment = try #require(stored.first { $0.remoteID == line["remote_id"] as? String }, "\(path) is missing")
                let expected = try await sha256Hex(of: URL(filePath: path))
                #expect(attachment.sha256 == expected, "\(path)")
            }
            #expect(await sandbox.requests().contains { $0.method == "POST" && $0.path.hasSuffix("/attachments") } == false)
        }
    }
}

extension CrashTests {
    @Test func aSecondIntakeProcessOnTheSameStateFolderStopsAtOnce() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: BuiltProducts.intakeExecutable.path(percentEncoded: false)), "build the intake product first")
        let scratch = try TemporaryFolder()
        let state = scratch.url.appending(path: "state")
        let holder = try Ledger(stateDirectory: state)
        // The bound only keeps a hung run from hanging the suite.
        let child = try await ChildProcess.runIntake(
            ["ingest", Samples.root.path(percentEncoded: false), "--state", state.path(percentEncoded: false), "--no-progress"],
            atMost: .seconds(60)
        )
        withExtendedLifetime(holder) {}
        #expect(child.status == 2)
        #expect(child.standardError.contains("another intake run is using the state folder"))
        #expect(child.standardOutput.isEmpty, "no summary: no file was read")
        #expect(!FileManager.default.fileExists(atPath: state.appending(path: "outbox.sqlite").path(percentEncoded: false)))
    }
}
