import Foundation
import IntakeOutbox
import IntakeTestFixtures
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension RealIntakeRuns {
    /// The real `intake` running out of disk in the middle of a run — the report, the ledger
    /// and the outbox failing to write: the run says what failed and exits 2 (files whose
    /// delivery failed have their own lines), and a run after space is back loses nothing and
    /// stores nothing twice.
    @Suite
    struct DiskFullTests {
        static let fileCount = 100

        /// Runs `intake ingest FOLDER --state STATE` (outbox) with `more`, under `launcher`.
        static func ingest(
            _ folder: URL, state: String, _ more: [String] = [], scratch: TemporaryFolder, launcher: [String]? = nil
        ) async throws -> IntakeChild {
            try await IntakeChild.run(
                ["ingest", folder.path(percentEncoded: false), "--state", state, "--no-progress", "--min-confidence", "0", "--concurrency", "2"] + more,
                scratch: scratch, launcher: launcher)
        }

        /// After space is back: a run over `folder` ends 0 with every file stored or unchanged,
        /// and the outbox holds each file once.
        static func checkRunAfterSpaceIsBack(
            _ folder: URL, state: String, report: URL, scratch: TemporaryFolder, sourceLocation: SourceLocation = #_sourceLocation
        ) async throws {
            let rerun = try await ingest(folder, state: state, ["--report", report.path(percentEncoded: false)], scratch: scratch)
            #expect(rerun.status == 0, "the run after space is back: \(rerun.standardError)", sourceLocation: sourceLocation)
            let lines = RunOutput.reportLines(report)
            let files = Corpus.files(under: folder)
            #expect(Set(lines.compactMap(RunOutput.path).map { URL(filePath: $0).standardizedFileURL.path(percentEncoded: false) }) == Set(files), sourceLocation: sourceLocation)
            #expect(lines.allSatisfy { ["stored", "unchanged"].contains(RunOutput.status($0)) }, sourceLocation: sourceLocation)
            let entries = try await OutboxSink(stateDirectory: URL(filePath: state)).entries()
            #expect(entries.count == files.count, "\(entries.count) outbox rows for \(files.count) files", sourceLocation: sourceLocation)
            #expect(Set(entries.map(\.remoteID)).count == entries.count, "a document is in the outbox twice", sourceLocation: sourceLocation)
            var shas: [String] = []
            for file in files { shas.append(try await sha256Hex(of: URL(filePath: file))) }
            #expect(Set(entries.map(\.sha256)) == Set(shas), sourceLocation: sourceLocation)
            let ledger = try await RunOutput.ledgerStatus(state, scratch: scratch)
            #expect(ledger["files_by_status"] as? [String: Int] == ["stored": files.count], sourceLocation: sourceLocation)
        }

        /// A path that writes fail on with ENOSPC: a link to `/dev/full` (a link, so that a
        /// report writer that replaced its path would replace the link, not the device), or a
        /// full device of our own.
        static func fullDevice(in scratch: TemporaryFolder) -> String? {
            let path = scratch.path("full")
            var status = stat()
            if stat("/dev/full", &status) == 0, status.st_mode & S_IFMT == S_IFCHR, symlink("/dev/full", path) == 0 {
                return path
            }
            // Device 1:7, the kernel's full device (makedev(1, 7) is (1 << 8) | 7).
            return mknod(path, S_IFCHR | 0o666, (1 << 8) | 7) == 0 ? path : nil
        }

        static func isCharacterDevice(_ path: String) -> Bool {
            var status = stat()
            return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR
        }

        /// `--report` on a full device: every line fails to be written. The run says so and
        /// exits 2; the device is written to, not replaced by a file; the ledger and the
        /// outbox hold every file, so the next run finds them all unchanged.
        @Test(.timeLimit(.minutes(2))) func aReportThatCannotBeWrittenFailsTheRunClearly() async throws {
            let scratch = try TemporaryFolder()
            let folder = try Corpus.notes(20, in: scratch)
            let state = scratch.path("state")
            let full = try #require(Self.fullDevice(in: scratch), "neither /dev/full nor mknod (CAP_MKNOD) is available")
            let run = try await Self.ingest(folder, state: state, ["--report", full], scratch: scratch)
            #expect(run.status == 2, "\(run.standardError)")
            #expect(run.standardError.contains("the report could not be written completely"), "\(run.standardError)")
            #expect(run.standardError.contains("No space left on device"), "\(run.standardError)")
            #expect(Self.isCharacterDevice(full), "the report's path was replaced by a regular file")
            #expect(run.standardOutput.contains("stored       20"), "the summary is still printed")
            try await Self.checkRunAfterSpaceIsBack(folder, state: state, report: scratch.url.appending(path: "after.jsonl"), scratch: scratch)
        }

        /// Every write past 256 KiB into any file fails (RLIMIT_FSIZE, SIGXFSZ ignored, so
        /// writes fail with EFBIG as on a full disk): the outbox's and then the ledger's WAL
        /// stop growing in the middle of the run. The files whose delivery failed say why in
        /// their lines, the run says the ledger is incomplete and exits 2, and the next run
        /// stores the rest once.
        @Test(.timeLimit(.minutes(2))) func outboxAndLedgerWritesThatFailMidRunAreSaidAndLoseNothing() async throws {
            let prlimit = try #require(["/usr/bin/prlimit", "/bin/prlimit"].first(where: FileManager.default.isExecutableFile(atPath:)), "prlimit (util-linux) is needed")
            let scratch = try TemporaryFolder()
            let folder = try Corpus.notes(Self.fileCount, in: scratch)
            let state = scratch.path("state")
            let report = scratch.url.appending(path: "limited.jsonl")
            // `trap '' XFSZ` leaves SIGXFSZ ignored across exec, so a write past the limit fails
            // instead of killing the process.
            let launcher = ["/bin/sh", "-c", #"trap '' XFSZ; exec "$@""#, "sh", prlimit, "--fsize=262144", "--"]
            let run = try await Self.ingest(folder, state: state, ["--report", report.path(percentEncoded: false)], scratch: scratch, launcher: launcher)
            #expect(!run.endedBySignal, "SIGXFSZ must not kill intake: \(run.status)")
            #expect(run.status == 2, "\(run.standardError)")
            #expect(run.standardError.contains("the ledger is incomplete"), "\(run.standardError)")

            let lines = RunOutput.reportLines(report)
            #expect(lines.count == Self.fileCount, "every file has its line")
            let failed = lines.filter { RunOutput.status($0) == "failed" }
            let stored = lines.filter { RunOutput.status($0) == "stored" }
            #expect(!failed.isEmpty && !stored.isEmpty, "the limit is reached in the middle of the run: \(stored.count) stored, \(failed.count) failed")
            #expect(failed.count + stored.count == lines.count)
            for line in failed {
                #expect(RunOutput.errorCode(line) == "outbox_write_failed")
                #expect((RunOutput.error(line)?["message"] as? String)?.contains("cannot write to the outbox") == true)
            }
            #expect(run.standardOutput.contains("upload/outbox_write_failed \(failed.count)"))

            try await Self.checkRunAfterSpaceIsBack(folder, state: state, report: scratch.url.appending(path: "after.jsonl"), scratch: scratch)
        }

        /// Whether this process may mount a tmpfs (root with CAP_SYS_ADMIN): tried once.
        static let canMountTmpfs: Bool = {
            guard let probe = try? TemporaryFolder() else { return false }
            guard "size=64k".withCString({ mount("tmpfs", probe.path, "tmpfs", 0, $0) }) == 0 else { return false }
            umount(probe.path)
            return true
        }()

        /// A real full disk: a 4 MiB tmpfs holding the state folder and the report, filled but
        /// for 400 KiB. Both the report and the ledger fail, and the run says both; once the
        /// filler is gone, the next run stores the rest once.
        @Test(.timeLimit(.minutes(2)), .enabled(if: canMountTmpfs, "mounting a tmpfs needs CAP_SYS_ADMIN"))
        func aFullDiskUnderTheStateFolderAndTheReport() async throws {
            let scratch = try TemporaryFolder()
            let folder = try Corpus.notes(Self.fileCount, in: scratch)
            let disk = scratch.path("disk")
            try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
            try #require("size=4m".withCString({ mount("tmpfs", disk, "tmpfs", 0, $0) }) == 0, "mount: \(String(cString: strerror(errno)))")
            defer { umount2(disk, Int32(MNT_DETACH)) }
            let filler = disk + "/filler"
            FileManager.default.createFile(atPath: filler, contents: Data(count: (4 << 20) - (400 << 10)))
            let state = disk + "/state"
            let report = URL(filePath: disk + "/report.jsonl")

            let run = try await Self.ingest(folder, state: state, ["--report", report.path(percentEncoded: false)], scratch: scratch)
            #expect(run.status == 2, "\(run.standardError)")
            #expect(run.standardError.contains("No space left on device") || run.standardError.contains("disk is full"), "\(run.standardError)")
            #expect(run.standardError.contains("the report could not be written completely"), "\(run.standardError)")
            #expect(run.standardError.contains("the ledger is incomplete"), "\(run.standardError)")
            #expect(run.standardOutput.contains("upload/outbox_write_failed"), "files whose delivery failed are counted: \(run.standardOutput)")

            try FileManager.default.removeItem(atPath: filler)
            try await Self.checkRunAfterSpaceIsBack(folder, state: state, report: scratch.url.appending(path: "after.jsonl"), scratch: scratch)
        }
    }
}
