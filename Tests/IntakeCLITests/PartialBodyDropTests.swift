import EndorsedSandbox
import Foundation
import IntakeTestFixtures
import Testing

extension RealIntakeRuns {
    /// The real `intake` uploading files of a few MiB to a sandbox that cuts connections in the
    /// middle of their bodies: each cut upload is sent again, and every file lands once, whole.
    @Suite
    struct PartialBodyDropTests {
        @Test(.timeLimit(.minutes(2))) func anUploadCutOffMidBodyIsRetriedAndLandsExactlyOnce() async throws {
            let scratch = try TemporaryFolder()
            // 3 MiB each: many chunks of the client's 256 KiB, so half of one is mid-stream.
            let folder = try Corpus.notes(8, in: scratch, padding: 3 << 20)
            let faults = SandboxFaults(partialBodyDropRate: 0.5)
            try await EndorsedSandbox.withRunning(.init(faults: faults, seed: 3)) { sandbox in
                let ingest = SandboxIngest(sandbox: sandbox, folder: folder, state: scratch.path("state"))
                let report = scratch.url.appending(path: "report.jsonl")
                let run = try await ingest.run(report: report, ["--max-attempts", "20", "--verbose"], scratch: scratch)
                #expect(run.status == 0, "\(run.standardError.suffix(2000))")

                let lines = RunOutput.reportLines(report)
                #expect(lines.count == 8)
                #expect(lines.allSatisfy { RunOutput.status($0) == "uploaded" }, "\(lines.map { RunOutput.errorCode($0) ?? "-" })")
                let writes = await ingest.writes()
                let cut = writes.filter { $0.fault == "partial_body_drop" }
                #expect(!cut.isEmpty, "the seed cuts some uploads")
                #expect(cut.allSatisfy { $0.status == nil }, "a cut upload gets no answer")
                // Every cut upload was sent again, and that one was answered.
                for record in cut {
                    let path = record.path
                    #expect(writes.contains { $0.path == path && ($0.status.map { (200..<300).contains($0) } ?? false) }, "\(path) never landed")
                }
                try await ingest.checkEveryFileStoredOnce(lines: lines)
                #expect(run.standardError.contains("retrying"), "--verbose logs the retries")
            }
        }
    }
}
