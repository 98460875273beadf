import EndorsedSandbox
import Foundation
import IntakeTestFixtures
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension RealIntakeRuns {
    /// SIGINT and SIGTERM sent to the real `intake` while it uploads to the sandbox: the exit
    /// status the README gives (130, 143), the files in flight let end or, past
    /// `--stop-timeout`, cancelled and recorded so; a second signal ends the process at once;
    /// and in every case a run after it uploads the rest, and nothing twice.
    @Suite
    struct SignalTests {
        /// Whether the process `pid` has taken `signal` over now — ignores it or catches it
        /// (`SigIgn`, `SigCgt` in `/proc/PID/status`): `intake` does so for SIGINT and SIGTERM
        /// while it watches for them, and puts their default action back once the first arrived.
        static func watches(_ pid: Int32, _ signal: Int32) -> Bool {
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return false }
            func mask(_ name: String) -> UInt64 {
                guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return 0 }
                return UInt64(line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces), radix: 16) ?? 0
            }
            return (mask("SigIgn") | mask("SigCgt")) & (1 << UInt64(signal - 1)) != 0
        }

        /// Waits until `intake` watches for stop signals, so a signal sent now is handled, not
        /// fatal.
        static func waitUntilWatching(_ child: IntakeChild) async -> Bool {
            await waitUntil("intake watches for SIGINT and SIGTERM", within: .seconds(20)) {
                !child.isRunning || (watches(child.pid, SIGINT) && watches(child.pid, SIGTERM))
            } && child.isRunning
        }

        static func remoteIDs(_ lines: [[String: Any]], status: String) -> Set<String> {
            Set(lines.filter { RunOutput.status($0) == status }.compactMap { $0["remote_id"] as? String })
        }

        /// The run after an interrupted one: exit 0, a line for every file (uploaded, or
        /// unchanged for those the interrupted run had uploaded), every file in the sandbox once,
        /// and no write for a file the interrupted run had reported uploaded.
        static func checkRerunCompletes(
            _ ingest: SandboxIngest, uploadedBefore: Set<String>, scratch: TemporaryFolder,
            sourceLocation: SourceLocation = #_sourceLocation
        ) async throws {
            let writesBefore = await ingest.writes().count
            let report = scratch.url.appending(path: "rerun.jsonl")
            let rerun = try await ingest.run(report: report, scratch: scratch)
            #expect(rerun.status == 0, "the re-run: \(rerun.standardError)", sourceLocation: sourceLocation)
            let lines = RunOutput.reportLines(report)
            let files = Corpus.files(under: ingest.folder)
            #expect(lines.count == files.count, sourceLocation: sourceLocation)
            #expect(Set(lines.compactMap(RunOutput.path)) == Set(files), sourceLocation: sourceLocation)
            for line in lines {
                #expect(["uploaded", "unchanged"].contains(RunOutput.status(line)), "\(RunOutput.path(line) ?? "?"): \(line)", sourceLocation: sourceLocation)
            }
            #expect(remoteIDs(lines, status: "unchanged") == uploadedBefore, "the files uploaded before are unchanged", sourceLocation: sourceLocation)
            let rewritten = await ingest.writes().dropFirst(writesBefore).compactMap(\.remoteID)
            #expect(Set(rewritten).isDisjoint(with: uploadedBefore), "a file already uploaded was sent again", sourceLocation: sourceLocation)
            try await ingest.checkEveryFileStoredOnce(lines: lines, sourceLocation: sourceLocation)
        }

        /// The first signal: no new file is taken, the files in flight end (well within the
        /// default stop timeout), their lines and the ledger are written, and the exit status
        /// says which signal it was.
        @Test(.timeLimit(.minutes(2)), arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
        func aStopSignalLetsTheFilesInFlightEndAndExitsWithItsStatus(signal: Int32, expectedStatus: Int32) async throws {
            let scratch = try TemporaryFolder()
            let folder = try Corpus.notes(40, in: scratch)
            try await EndorsedSandbox.withRunning(.init(faults: SandboxFaults(latency: .milliseconds(100)))) { sandbox in
                let ingest = SandboxIngest(sandbox: sandbox, folder: folder, state: scratch.path("state"))
                let report = scratch.url.appending(path: "interrupted.jsonl")
                let child = try ingest.start(report: report, ["--upload-concurrency", "2", "--json"], scratch: scratch)
                defer { child.killIfRunning() }
                try #require(await Self.waitUntilWatching(child), "intake ended before it could be signalled: \(child.standardError)")
                try #require(await waitUntil("five files are uploaded") { await sandbox.attachments().count >= 5 || !child.isRunning })
                try #require(child.isRunning, "the run ended before it could be signalled")
                let linesAtSignal = RunOutput.reportLines(report).count
                child.signal(signal)
                await child.waitForExit(within: .seconds(30))

                #expect(!child.endedBySignal, "intake handles the first signal")
                #expect(child.status == expectedStatus, "\(child.standardError)")
                let lines = RunOutput.reportLines(report)
                #expect(lines.count > linesAtSignal, "the files in flight end and get their lines")
                #expect(lines.count < 40, "files not yet taken are left for the next run")
                for line in lines {
                    #expect(RunOutput.status(line) == "uploaded", "a file in flight ends as it would have: \(line)")
                }
                // The sandbox holds exactly what the report says was uploaded.
                let uploaded = Self.remoteIDs(lines, status: "uploaded")
                #expect(Set(await sandbox.attachments().map(\.remoteID)) == uploaded)

                // The summary says the run stopped early, and so does the ledger.
                let summary = try RunOutput.jsonObject(child.standardOutput)
                #expect(summary["stopped_early"] as? Bool == true)
                #expect(summary["files"] as? Int == lines.count)
                let ledger = try await RunOutput.ledgerStatus(ingest.state, scratch: scratch)
                let lastRun = try #require(ledger["last_run"] as? [String: Any])
                #expect(lastRun["stopped_early"] as? Bool == true)
                #expect(lastRun["finished_at"] is String, "the interrupted run is recorded as ended")
                #expect((ledger["files_by_status"] as? [String: Int])?["uploaded"] == uploaded.count)

                try await Self.checkRerunCompletes(ingest, uploadedBefore: uploaded, scratch: scratch)
            }
        }

        /// Uploads whose answers do not come before `--stop-timeout` are cancelled: their files
        /// end `cancelled` in the report and the ledger, the run exits with the signal's status
        /// long before the answers would have come, and the next run sends them again — onto the
        /// attachments they had already reached, so none is stored twice.
        @Test(.timeLimit(.minutes(2)), arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
        func theStopTimeoutCancelsUploadsInFlightAndNothingIsLost(signal: Int32, expectedStatus: Int32) async throws {
            let scratch = try TemporaryFolder()
            // Enough files, each answered after 100 ms, that many are left when the answers
            // are held back.
            let folder = try Corpus.notes(60, in: scratch)
            try await EndorsedSandbox.withRunning(.init(faults: SandboxFaults(latency: .milliseconds(100)))) { sandbox in
                let ingest = SandboxIngest(sandbox: sandbox, folder: folder, state: scratch.path("state"))
                let report = scratch.url.appending(path: "interrupted.jsonl")
                let child = try ingest.start(report: report, ["--upload-concurrency", "2", "--stop-timeout", "0.5"], scratch: scratch)
                defer { child.killIfRunning() }
                try #require(await Self.waitUntilWatching(child))
                try #require(await waitUntil("three files are uploaded") { await sandbox.attachments().count >= 3 || !child.isRunning })
                // From now on the sandbox stores each upload and then holds its answer back for
                // far longer than the test waits: both upload slots get stuck. An upload in
                // flight when the faults change may already be stored: it is stuck as well,
                // so what counts is stored uploads without an answer, not new ones.
                await sandbox.setFaults(SandboxFaults(latency: .seconds(60)))
                func unanswered() async -> Set<String> {
                    let answered = Set(await sandbox.requests().filter { $0.method == "PUT" && $0.status != nil }.compactMap(\.remoteID))
                    return Set(await sandbox.attachments().map(\.remoteID)).subtracting(answered)
                }
                // An upload that met the old 100 ms just before the change is answered soon:
                // only what stays unanswered a second later is stuck.
                var stuck: Set<String> = []
                try #require(await waitUntil("both upload slots hold an upload whose answer is held back") {
                    let first = await unanswered()
                    guard first.count >= 2 else { return !child.isRunning }
                    try? await Task.sleep(for: .seconds(1))
                    stuck = first.intersection(await unanswered())
                    return stuck.count >= 2 || !child.isRunning
                })
                try #require(child.isRunning)
                child.signal(signal)
                // Bounded well below the held-back answers: only cancelling ends the run in time.
                await child.waitForExit(within: .seconds(20))
                #expect(!child.endedBySignal)
                #expect(child.status == expectedStatus, "\(child.standardError)")

                let lines = RunOutput.reportLines(report)
                let cancelled = lines.filter { RunOutput.errorCode($0) == "cancelled" }
                #expect(Set(cancelled.compactMap { $0["remote_id"] as? String }).isSuperset(of: stuck), "the uploads in flight end cancelled")
                for line in cancelled {
                    #expect(RunOutput.status(line) == "failed")
                    #expect((RunOutput.error(line)?["message"] as? String)?.isEmpty == false)
                }
                #expect(lines.allSatisfy { ["uploaded", "failed"].contains(RunOutput.status($0)) })
                #expect(lines.filter { RunOutput.status($0) == "failed" }.allSatisfy { RunOutput.errorCode($0) == "cancelled" })

                // The ledger knows them as failed, so the next run takes them again.
                let ledger = try await RunOutput.ledgerStatus(ingest.state, scratch: scratch)
                let failures = try #require(ledger["failures"] as? [[String: Any]])
                #expect(Set(failures.compactMap { $0["path"] as? String }) == Set(cancelled.compactMap(RunOutput.path)))
                #expect(failures.allSatisfy { $0["code"] as? String == "cancelled" })
                #expect((ledger["last_run"] as? [String: Any])?["stopped_early"] as? Bool == true)

                await sandbox.setFaults(.none)
                try await Self.checkRerunCompletes(ingest, uploadedBefore: Self.remoteIDs(lines, status: "uploaded"), scratch: scratch)
            }
        }

        /// A second signal while the first waits for uploads ends the process at once (the
        /// signal's default action), however long `--stop-timeout` is. It is then like a
        /// killed run: the next run gets the state folder and uploads the rest, nothing twice.
        @Test(.timeLimit(.minutes(2))) func aSecondSignalStopsAtOnce() async throws {
            let scratch = try TemporaryFolder()
            // Enough files, each answered after 100 ms, that many are left when the answers
            // are held back.
            let folder = try Corpus.notes(60, in: scratch)
            try await EndorsedSandbox.withRunning(.init(faults: SandboxFaults(latency: .milliseconds(100)))) { sandbox in
                let ingest = SandboxIngest(sandbox: sandbox, folder: folder, state: scratch.path("state"))
                let report = scratch.url.appending(path: "interrupted.jsonl")
                let child = try ingest.start(report: report, ["--upload-concurrency", "2", "--stop-timeout", "600"], scratch: scratch)
                defer { child.killIfRunning() }
                try #require(await Self.waitUntilWatching(child))
                try #require(await waitUntil("three files are uploaded") { await sandbox.attachments().count >= 3 || !child.isRunning })
                await sandbox.setFaults(SandboxFaults(latency: .seconds(60)))
                let before = await sandbox.attachments().count
                try #require(await waitUntil("an upload's answer is held back") { await sandbox.attachments().count > before || !child.isRunning })
                try #require(child.isRunning)

                child.signal(SIGINT)
                // Once the first is handled, SIGINT has its default action again.
                try #require(await waitUntil("intake handled the first SIGINT", within: .seconds(10)) {
                    !child.isRunning || !Self.watches(child.pid, SIGINT)
                })
                #expect(child.isRunning, "the first SIGINT waits for the files in flight (--stop-timeout 600)")
                child.signal(SIGINT)
                await child.waitForExit(within: .seconds(10))
                #expect(child.endedBySignal && child.status == SIGINT, "a second Ctrl-C stops at once, by the signal")

                // The killed run never ended in the ledger; what it recorded stays recorded.
                let ledger = try await RunOutput.ledgerStatus(ingest.state, scratch: scratch)
                let lastRun = try #require(ledger["last_run"] as? [String: Any])
                #expect(!(lastRun["finished_at"] is String), "a run killed by the second signal has no end")

                await sandbox.setFaults(.none)
                let rerunReport = scratch.url.appending(path: "rerun.jsonl")
                let rerun = try await ingest.run(report: rerunReport, scratch: scratch)
                #expect(rerun.status == 0, "\(rerun.standardError)")
                let lines = RunOutput.reportLines(rerunReport)
                #expect(Set(lines.compactMap(RunOutput.path)) == Set(Corpus.files(under: folder)))
                #expect(lines.allSatisfy { ["uploaded", "unchanged"].contains(RunOutput.status($0)) })
                // What the killed run had not recorded went again and landed on its attachment.
                try await ingest.checkEveryFileStoredOnce(lines: lines)
            }
        }

        /// A stop signal while the start-up access check still retries a failing server ends
        /// the check at once: the run is interrupted (130), not refused as unreachable, and no
        /// file was read.
        @Test(.timeLimit(.minutes(2))) func aSignalDuringTheStartEndsItAsInterrupted() async throws {
            let scratch = try TemporaryFolder()
            let folder = try Corpus.notes(3, in: scratch)
            // Every attachment call fails: the access check keeps retrying.
            try await EndorsedSandbox.withRunning(.init(faults: SandboxFaults(serverErrorRate: 1, retryAfterSeconds: 0))) { sandbox in
                let ingest = SandboxIngest(sandbox: sandbox, folder: folder, state: scratch.path("state"))
                let report = scratch.url.appending(path: "report.jsonl")
                let child = try ingest.start(report: report, ["--max-attempts", "1000"], scratch: scratch)
                defer { child.killIfRunning() }
                try #require(await Self.waitUntilWatching(child), "intake ended before it could be signalled: \(child.standardError)")
                // Past the three quick attempts: the patient phase is retrying.
                try #require(await waitUntil("the access check is retried") {
                    await sandbox.requests().count { $0.path.hasSuffix("remote.intake-access-check") } >= 4 || !child.isRunning
                })
                try #require(child.isRunning, "the start ended before it could be signalled: \(child.standardError)")
                child.signal(SIGINT)
                #expect(await child.waitForExit(within: .seconds(20)), "the stop waited for the start")
                #expect(!child.endedBySignal)
                #expect(child.status == 130, "\(child.standardError)")
                #expect(!child.standardError.contains("cannot use Endorsed"), "\(child.standardError)")
                #expect(RunOutput.reportLines(report).isEmpty, "no file was read")
            }
        }
    }
}
