import Foundation
import IntakeTestFixtures
import Testing

/// The real `intake` process over the hostile corpus: files that would hang poppler for
/// ever end with their own report line, and the run ends by itself. Every wait on it is
/// bounded: a run that hangs is killed and fails its test instead of hanging CI.
@Suite(.serialized)
struct HostileFolderTests {
    /// A copy of the hostile corpus, with the samples' two candidates' folders beside it.
    static func hostileFolder(in scratch: TemporaryFolder) throws -> URL {
        let folder = scratch.url.appending(path: "inbox")
        try FileManager.default.copyItem(at: HostileFiles.root, to: folder)
        return folder
    }

    /// Runs `intake` with `arguments`, for at most 90 seconds, and returns its exit status
    /// and standard output.
    static func intake(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        let child = try await ChildProcess.runIntake(arguments, atMost: .seconds(90))
        #expect(!child.endedBySignal, "intake \(arguments.first ?? "") ended by signal \(child.status)")
        return (child.status, child.standardOutput)
    }

    static func lines(_ report: URL) throws -> [String: [String: Any]] {
        let text = try String(contentsOf: report, encoding: .utf8)
        var byName: [String: [String: Any]] = [:]
        for line in text.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let path = try #require(object["path"] as? String)
            byName[URL(filePath: path).lastPathComponent] = object
        }
        return byName
    }

    static func error(_ line: [String: Any]?) -> [String: Any]? { line?["error"] as? [String: Any] }

    /// Without isolation this run never ends: the time limit fails the test instead of
    /// hanging CI.
    @Test(.timeLimit(.minutes(2))) func aDryRunOverHostileFilesEndsWithALineForEachFile() async throws {
        let scratch = try TemporaryFolder()
        let folder = try Self.hostileFolder(in: scratch)
        let report = scratch.url.appending(path: "report.jsonl")
        let run = try await Self.intake([
            "ingest", folder.path(percentEncoded: false), "--dry-run", "--no-progress", "--file-timeout", "2",
            "--report", report.path(percentEncoded: false),
        ])
        #expect(run.status == 1, "two files fail, so the exit status is 1")
        let lines = try Self.lines(report)
        #expect(lines.count == 3)
        for name in ["fanout.pdf", "textbomb.pdf"] {
            #expect(lines[name]?["status"] as? String == "failed", "\(name)")
            #expect(Self.error(lines[name])?["stage"] as? String == "extract", "\(name)")
            #expect(Self.error(lines[name])?["code"] as? String == "timeout", "\(name)")
        }
        #expect(lines["resume.txt"]?["status"] as? String != "failed")
        #expect(run.output.contains("extract/timeout 2"))
    }

    /// A file that timed out is a poison file: the next run leaves it out (it would cost
    /// its whole budget again), `intake status` lists it, and `intake retry --failed`
    /// tries it once more.
    @Test(.timeLimit(.minutes(2))) func poisonFilesAreNotTriedByEveryRunButAreRetriedOnRequest() async throws {
        let scratch = try TemporaryFolder()
        let folder = try Self.hostileFolder(in: scratch).path(percentEncoded: false)
        let state = scratch.path("state")
        let first = scratch.url.appending(path: "first.jsonl")
        let second = scratch.url.appending(path: "second.jsonl")
        let retried = scratch.url.appending(path: "retried.jsonl")
        let common = ["--state", state, "--no-progress", "--file-timeout", "2"]

        let firstRun = try await Self.intake(["ingest", folder, "--report", first.path(percentEncoded: false)] + common)
        #expect(firstRun.status == 1)
        #expect(Self.error(try Self.lines(first)["fanout.pdf"])?["code"] as? String == "timeout")

        let secondRun = try await Self.intake(["ingest", folder, "--report", second.path(percentEncoded: false)] + common)
        #expect(secondRun.status == 0, "nothing failed in this run: the poison files were left out")
        let lines = try Self.lines(second)
        #expect(lines.count == 3)
        for name in ["fanout.pdf", "textbomb.pdf"] {
            #expect(lines[name]?["status"] as? String == "unchanged", "\(name)")
            let earlier = try #require(lines[name]?["earlier"] as? [String: Any], "\(name)")
            #expect(earlier["status"] as? String == "failed")
            #expect((earlier["error"] as? [String: Any])?["code"] as? String == "timeout")
            // Not parsed again: the history stage ended it.
            #expect((lines[name]?["stages"] as? [[String: Any]])?.map { $0["stage"] as? String } == ["history"])
        }
        #expect(secondRun.output.contains("of which poison, failed before and not retried: extract/timeout 2"))

        let status = try await Self.intake(["status", "--state", state])
        #expect(status.output.contains("Poison files (2)"))
        #expect(status.output.contains("fanout.pdf: timeout"))

        // A poison file that changes is tried again; the other stays out.
        let changed = scratch.url.appending(path: "changed.jsonl")
        let handle = try FileHandle(forWritingTo: URL(filePath: folder).appending(path: "fanout.pdf"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n%% edited\n".utf8))
        try handle.close()
        let changedRun = try await Self.intake(["ingest", folder, "--report", changed.path(percentEncoded: false)] + common)
        #expect(changedRun.status == 1)
        let changedLines = try Self.lines(changed)
        #expect(Self.error(changedLines["fanout.pdf"])?["code"] as? String == "timeout")
        #expect(changedLines["textbomb.pdf"]?["status"] as? String == "unchanged")

        let retry = try await Self.intake(["retry", "--failed", "--state", state, "--", "--no-progress", "--file-timeout", "2", "--report", retried.path(percentEncoded: false)])
        #expect(retry.status == 1)
        let retriedLines = try Self.lines(retried)
        #expect(Set(retriedLines.keys) == ["fanout.pdf", "textbomb.pdf"])
        #expect(retriedLines.values.allSatisfy { Self.error($0)?["code"] as? String == "timeout" })
    }

    @Test(.timeLimit(.minutes(2))) func namesThatAreNotUTF8AreReadAndNamedLosslessly() async throws {
        let scratch = try TemporaryFolder()
        let inbox = scratch.url.appending(path: "inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let resume = try RawNames.write(
            "Jordan Example\njordan@example.com\n\nExperience\n2019 – 2024  Staff nurse, St Mary's\n\nEducation\n2012 – 2016  BSc Nursing",
            to: inbox, at: RawNames.latin1Resume)
        let report = scratch.url.appending(path: "report.jsonl")
        let run = try await Self.intake([
            "ingest", inbox.path(percentEncoded: false), "--dry-run", "--no-progress", "--report", report.path(percentEncoded: false),
        ])
        #expect(run.status == 0)
        let line = try #require(try Self.lines(report)[#"caf\xE9 r\xE9sum\xE9.txt"#])
        #expect(line["status"] as? String != "failed")
        #expect((line["text_chars"] as? Int ?? 0) > 50)
        let bytes = try #require((line["path_bytes"] as? String).flatMap { Data(base64Encoded: $0) })
        #expect(Array(bytes) == resume)
    }

    @Test(.timeLimit(.minutes(1))) func inspectingAHostileFileEndsWithItsBudget() async throws {
        let run = try await Self.intake(["inspect", HostileFiles.url("fanout.pdf").path(percentEncoded: false), "--json", "--file-timeout", "1"])
        #expect(run.status == 1)
        let line = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(Self.error(line)?["code"] as? String == "timeout")
        #expect(Self.error(line)?["stage"] as? String == "extract")
    }

    /// Ctrl-C while both workers are stuck in poppler: at the stop deadline they are
    /// killed, their files end `cancelled`, and the run ends — where it used to hang.
    @Test(.timeLimit(.minutes(2))) func ctrlCEndsARunWhoseWorkersAreStuckInC() async throws {
        let scratch = try TemporaryFolder()
        let folder = try Self.hostileFolder(in: scratch).path(percentEncoded: false)
        let report = scratch.url.appending(path: "report.jsonl")
        let (process, workers) = try await Self.startStuck([
            "ingest", folder, "--state", scratch.path("state"), "--no-progress", "--file-timeout", "600", "--stop-timeout", "1",
            "--report", report.path(percentEncoded: false),
        ])
        process.signal(SIGINT)
        // The stop timeout is 1 s; a run that hangs after Ctrl-C is killed here and fails.
        try await process.waitForExit(atMost: .seconds(30))
        #expect(!process.endedBySignal && process.status == 130)
        let lines = try Self.lines(report)
        #expect(lines.count == 3)
        for name in ["fanout.pdf", "textbomb.pdf"] {
            #expect(Self.error(lines[name])?["code"] as? String == "cancelled", "\(name)")
        }
        #expect(!workers.contains(where: Self.isRunning))
    }

    /// `kill -9` of `intake` while its workers are stuck in poppler: the workers end by
    /// themselves, and the next run gets the state folder.
    @Test(.timeLimit(.minutes(2))) func killingIntakeTakesItsStuckWorkersWithIt() async throws {
        let scratch = try TemporaryFolder()
        let folder = try Self.hostileFolder(in: scratch).path(percentEncoded: false)
        let state = scratch.path("state")
        let (process, workers) = try await Self.startStuck(["ingest", folder, "--state", state, "--no-progress", "--file-timeout", "600"])
        process.signal(SIGKILL)
        try await process.waitForExit(atMost: .seconds(30))
        #expect(process.endedBySignal && process.status == SIGKILL)

        for _ in 0..<100 where workers.contains(where: Self.isRunning) {
            try await Task.sleep(for: .milliseconds(50))
        }
        let orphans = workers.filter(Self.isRunning)
        for orphan in orphans { kill(orphan, SIGKILL) }
        #expect(orphans.isEmpty, "an orphaned worker was still parsing after 5 s")
        let next = try await Self.intake(["ingest", folder, "--state", state, "--no-progress", "--file-timeout", "1"])
        #expect(next.status == 1, "the state folder is free: the run goes, and the two hostile files time out")
    }

    /// Starts `intake` with `arguments` over the hostile folder and returns once both of its
    /// workers are stuck in poppler, with the process and the workers' ids.
    static func startStuck(_ arguments: [String]) async throws -> (ChildProcess, [Int32]) {
        let process = try ChildProcess.intake(arguments)
        var workers: [Int32] = []
        try await process.waitUntil("intake has two workers", atMost: .seconds(10)) {
            workers = children(of: process.pid)
            return workers.count >= 2
        }
        try #require(workers.count == 2, "intake starts two workers on two cores")
        // Long enough for both hostile files to reach poppler, which never returns.
        try await Task.sleep(for: .seconds(1))
        return (process, workers)
    }

    /// The processes whose parent is `parent`, from `/proc`.
    static func children(of parent: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == parent
        }
    }

    /// Whether `pid` is a live process (not gone, not a zombie waiting to be reaped).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(close, offsetBy: 2)] != "Z"
    }
}
