#if canImport(Glibc)
import Glibc
#endif
import Foundation
import IntakeTestFixtures
import Testing

/// `--no-ledger` still writes the outbox of the state folder, so it takes the folder's
/// lock like any run: a second process on the same folder is refused before it writes.
@Suite("A run without a ledger locks the state folder")
struct NoLedgerLockTests {
    @Test("While another process holds the state folder, ingest --no-ledger is refused and writes nothing", .timeLimit(.minutes(2)))
    func refusedWhileHeld() async throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("docs/about.txt", text: "I am a nurse who loves night shifts and long walks.")
        let state = folder.path("state")
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        // The lock as another intake holds it: flock(2) on <state>/ledger.lock.
        let descriptor = open(state + "/ledger.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        try #require(flock(descriptor, LOCK_EX | LOCK_NB) == 0)

        let held = try await ChildProcess.runIntake(["ingest", folder.path("docs"), "--state", state, "--no-ledger", "--no-progress", "--in-process"])
        #expect(held.status == 2, "\(held.standardError)")
        #expect(held.standardError.contains("another intake run is using the state folder"), "\(held.standardError)")
        #expect(!FileManager.default.fileExists(atPath: state + "/outbox.sqlite"))

        flock(descriptor, LOCK_UN)
        let free = try await ChildProcess.runIntake(["ingest", folder.path("docs"), "--state", state, "--no-ledger", "--no-progress", "--in-process"])
        #expect(free.status == 0, "\(free.standardError)")
        #expect(FileManager.default.fileExists(atPath: state + "/outbox.sqlite"))
    }
}
