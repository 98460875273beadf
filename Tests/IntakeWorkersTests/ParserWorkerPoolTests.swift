import Foundation
import Intake
import IntakeTestFixtures
import IntakeWorkers
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Real `intake` worker processes, real libmagic and poppler, and the hostile corpus of
/// `scripts/make-hostile-corpus.py`: a file that hangs, crashes or exhausts its worker
/// fails alone, with its own code, and every other file goes on. A run that hangs fails at
/// the time limit instead of hanging CI. Without the built `intake` every test fails (with
/// worker_unavailable): none is skipped.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct ParserWorkerPoolTests {
    /// A folder with the given hostile files and an ordinary resume beside them.
    static func folder(with names: [String]) throws -> TemporaryFolder {
        let scratch = try TemporaryFolder()
        for name in names + ["resume.txt"] {
            try FileManager.default.copyItem(at: HostileFiles.url(name), to: scratch.url.appending(path: name))
        }
        return scratch
    }

    @Test func everySampleComesBackAsItDoesInProcess() async throws {
        let isolated = await WorkerHarness(fileTimeout: .seconds(60)).run([Samples.root.path(percentEncoded: false)])
        let inProcess = await WorkerHarness.runInProcess([Samples.root.path(percentEncoded: false)])
        #expect(isolated.outcomes.count == Samples.expectations.count)
        #expect(Set(isolated.outcomes.keys) == Set(inProcess.keys))
        for (path, expected) in inProcess {
            let outcome = try #require(isolated.outcomes[path])
            #expect(outcome.status == expected.status, "\(path)")
            #expect(outcome.document.mimeType == expected.document.mimeType, "\(path)")
            #expect(outcome.document.mimeEvidence == expected.document.mimeEvidence, "\(path)")
            #expect(outcome.document.text == expected.document.text, "\(path)")
            #expect(outcome.document.pageCount == expected.document.pageCount, "\(path)")
            #expect(outcome.document.textQuality == expected.document.textQuality, "\(path)")
            #expect(outcome.document.trail.map(\.stage) == expected.document.trail.map(\.stage), "\(path)")
            #expect(outcome.document.trail.map(\.notes) == expected.document.trail.map(\.notes), "\(path)")
        }
        #expect(isolated.statistics.workersLost == 0)
    }

    @Test func filesThatNeverFinishTimeOutAloneAndTheRunEnds() async throws {
        let scratch = try Self.folder(with: ["fanout.pdf", "textbomb.pdf"])
        let result = await WorkerHarness(fileTimeout: .seconds(2)).run([scratch.path])
        #expect(result.outcomes.count == 3)
        for name in ["fanout.pdf", "textbomb.pdf"] {
            let failure = try #require(result.outcomes[scratch.path(name)]?.failure, "\(name)")
            #expect(failure.stage == "extract")
            #expect(failure.code == "timeout")
            #expect(failure.message.contains("2 s"))
        }
        let resume = try #require(result.outcomes[scratch.path("resume.txt")])
        #expect(resume.status == .processed)
        #expect(resume.document.text?.contains("Staff nurse") == true)
        #expect(result.statistics.workersLost == 2)
    }

    @Test func aWorkerKilledWithSIGSEGVMidFileFailsThatFileAsCrashed() async throws {
        let scratch = try Self.folder(with: ["fanout.pdf"])
        let fanout = scratch.path("fanout.pdf")
        let result = await WorkerHarness(fileTimeout: .seconds(120)).run([scratch.path]) { pool in
            if let pid = await WorkerHarness.worker(parsing: fanout, in: pool) { kill(pid, SIGSEGV) }
            return .letItRun
        }
        let failure = try #require(result.outcomes[fanout]?.failure)
        #expect(failure.stage == "extract")
        #expect(failure.code == "crashed")
        #expect(failure.details["signal"] == "SIGSEGV (11)")
        #expect(result.outcomes[scratch.path("resume.txt")]?.status == .processed)
    }

    @Test func aWorkerThatNeverAnswersIsKilledAtTheDeadline() async throws {
        let scratch = try Self.folder(with: ["fanout.pdf"])
        let fanout = scratch.path("fanout.pdf")
        let result = await WorkerHarness(fileTimeout: .seconds(3)).run([scratch.path]) { pool in
            // Stopped, it reads nothing and answers nothing; SIGKILL still ends it.
            if let pid = await WorkerHarness.worker(parsing: fanout, in: pool) { kill(pid, SIGSTOP) }
            return .letItRun
        }
        let failure = try #require(result.outcomes[fanout]?.failure)
        #expect(failure.code == "timeout")
        #expect(result.outcomes[scratch.path("resume.txt")]?.status == .processed)
    }

    @Test func aFileOverTheMemoryCeilingFailsAsOutOfMemory() async throws {
        // The fan-out PDF makes poppler gather text without end, tens of megabytes a
        // second: with a ceiling of the worker's idle size plus 160 MiB it runs out of
        // memory long before its minute. Sniffing (libmagic's database, a thread) fits.
        let scratch = try Self.folder(with: ["fanout.pdf"])
        let idle = try await Self.idleWorkerAddressSpace()
        let result = await WorkerHarness(fileTimeout: .seconds(60), memoryLimitBytes: idle + (160 << 20)).run([scratch.path])
        let failure = try #require(result.outcomes[scratch.path("fanout.pdf")]?.failure)
        #expect(failure.stage == "extract")
        #expect(failure.code == "out_of_memory")
        #expect(result.outcomes[scratch.path("resume.txt")]?.status == .processed)
    }

    @Test func aReplyOverTheCapIsRefused() async throws {
        let scratch = try TemporaryFolder()
        _ = try scratch.write("long.txt", text: String(repeating: "Nurse on a surgical ward. ", count: 400))
        let result = await WorkerHarness(maximumReplyBytes: 4096).run([scratch.path])
        let failure = try #require(result.outcomes[scratch.path("long.txt")]?.failure)
        #expect(failure.stage == "extract")
        #expect(failure.code == "reply_too_large")
    }

    @Test func workersAreReplacedAfterTheirQuotaOfFiles() async throws {
        let result = await WorkerHarness(workers: 1, fileTimeout: .seconds(60), requestsPerWorker: 3).run([Samples.root.path(percentEncoded: false)])
        // Two requests a file (sniff, extract) at most; 3 requests a worker.
        let requests = result.statistics.requestsServed
        #expect(requests >= Samples.expectations.count)
        #expect(result.statistics.workersRecycled >= requests / 3)
        #expect(result.statistics.workersLost == 0)
        let failureCodes = Set(result.outcomes.values.compactMap { $0.failure?.code })
        #expect(failureCodes == ["pdf_encrypted", "pdf_damaged"], "only the two broken samples fail")
    }

    @Test func aWorkerPastItsResidentLimitIsReplacedAfterItsReply() async throws {
        let scratch = try Self.folder(with: [])
        _ = try scratch.write("about.txt", text: "About me\n\nI am a nurse who loves teaching new colleagues.")
        // Every worker is over one byte: each one serves a single request and is replaced,
        // which only happens when its resident memory was read.
        let result = await WorkerHarness(workers: 1, fileTimeout: .seconds(60), recycleResidentBytes: 1).run([scratch.path])
        #expect(result.outcomes.values.allSatisfy { $0.status == .processed })
        #expect(result.statistics.requestsServed >= 2)
        #expect(result.statistics.workersRecycled == result.statistics.requestsServed)
        #expect(result.statistics.workersLost == 0)
    }

    @Test func aMissingExecutableFailsEachFileWithAReason() async throws {
        let scratch = try Self.folder(with: [])
        let result = await WorkerHarness(executable: URL(filePath: "/nonexistent/intake-worker")).run([scratch.path])
        let failure = try #require(result.outcomes[scratch.path("resume.txt")]?.failure)
        #expect(failure.stage == "sniff")
        #expect(failure.code == "worker_unavailable")
        #expect(failure.message.contains("/nonexistent/intake-worker"))
    }

    @Test func anExecutableThatIsNoWorkerIsNamedAsSuch() async throws {
        // `yes` prints from its first moment, but no greeting a worker would send.
        let scratch = try Self.folder(with: [])
        let result = await WorkerHarness(executable: URL(filePath: "/usr/bin/yes")).run([scratch.path])
        let failure = try #require(result.outcomes[scratch.path("resume.txt")]?.failure)
        #expect(failure.code == "worker_unavailable")
        #expect(failure.message.contains("not an Intake parser worker"))
        #expect(failure.message.contains("ParserWorker.serve"))
    }

    @Test func aFileSwappedForALinkToAKeyAfterTheWalkIsNeverRead() async throws {
        let scratch = try TemporaryFolder()
        let key = try scratch.write("keys/server.pem", text: "-----BEGIN PRIVATE KEY----- MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")
        let cv = try scratch.write("inbox/cv.txt", text: "Jane Doe, nurse. Experience: 2019 to 2024, St Mary's.")
        _ = try scratch.write("inbox/about.txt", text: "About me: I am a nurse who likes teaching new colleagues.")
        let entries = await ListedEntries.walk(scratch.path("inbox"))
        try FileManager.default.removeItem(at: cv)
        try FileManager.default.createSymbolicLink(at: cv, withDestinationURL: key)

        let result = await WorkerHarness().run(entries)
        #expect(result.outcomes.count == 2)
        let failure = try #require(result.outcomes[scratch.path("inbox/cv.txt")]?.failure)
        #expect(failure.stage == "sniff")
        #expect(failure.code == "file_changed")
        #expect(result.outcomes.values.allSatisfy { $0.document.text?.contains("PRIVATE KEY") != true })
        #expect(result.outcomes[scratch.path("inbox/about.txt")]?.status == .processed)
    }

    /// Without the kill, the file would wait out its 300 s budget: the time limit fails
    /// the test long before that.
    @Test(.timeLimit(.minutes(1))) func cancellingTheRunKillsAWorkerStuckInPoppler() async throws {
        let scratch = try Self.folder(with: ["fanout.pdf"])
        let fanout = scratch.path("fanout.pdf")
        let harness = WorkerHarness(fileTimeout: .seconds(300))
        let result = await harness.run([scratch.path]) { pool in
            // Once the fan-out file is in poppler, the whole run is cancelled.
            guard await WorkerHarness.worker(parsing: fanout, in: pool) != nil else { return .letItRun }
            try? await Task.sleep(for: .milliseconds(300))
            return .cancelTheRun
        }
        let outcome = try #require(result.outcomes[fanout])
        #expect(outcome.failure?.code == "cancelled")
        #expect(result.statistics.workersLost == 1)
    }

    /// The address space of an idle worker, in bytes, read from `/proc`.
    static func idleWorkerAddressSpace() async throws -> UInt64 {
        let process = Process()
        process.executableURL = BuiltProducts.intakeExecutable
        process.environment = ["INTAKE_PARSER_WORKER": "1", "MALLOC_ARENA_MAX": "1"]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Killed, not asked to end: the wait after SIGKILL cannot hang.
        defer {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            withExtendedLifetime(input) {}
        }
        try await Task.sleep(for: .milliseconds(500))
        let status = try String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmSize:") })
        let kilobytes = try #require(UInt64(line.split(separator: " ").dropFirst().first ?? ""))
        return kilobytes * 1024
    }
}
