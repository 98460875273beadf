import Foundation
import Intake
import IntakeTestFixtures
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A file is read only while it is the file the walk listed: swapped for a link or a FIFO,
/// replaced, grown or removed, it fails with its own code and nothing of it is read.
@Suite struct OpenedFileTests {
    @Test func anUnchangedFileIsReadAndCarriesTheWalksIdentity() async throws {
        let scratch = try TemporaryFolder()
        _ = try scratch.write("cv.txt", text: "Jane Doe, nurse")
        let file = try #require(await scratch.listedFiles()["cv.txt"])
        let identity = try #require(file.identity)
        #expect(identity.size == 15)
        let opened = try OpenedFile.open(file)
        #expect(opened.identity == identity)
        #expect(String(decoding: try opened.read(upTo: 100, at: 8), as: UTF8.self) == ", nurse")
        #expect(String(decoding: try opened.read(upTo: 4, at: 0), as: UTF8.self) == "Jane")
        try opened.verifyUnchanged()
    }

    @Test func aFileSwappedForASymbolicLinkIsNotFollowed() async throws {
        let scratch = try TemporaryFolder()
        let secret = try scratch.write("secret/key.pem", text: "-----BEGIN PRIVATE KEY-----")
        let cv = try scratch.write("inbox/cv.txt", text: "Jane Doe, nurse")
        let file = try #require(await scratch.listedFiles("inbox")["cv.txt"])
        try FileManager.default.removeItem(at: cv)
        try FileManager.default.createSymbolicLink(at: cv, withDestinationURL: secret)
        let error = #expect(throws: FileAccessError.self) { try OpenedFile.open(file) }
        #expect(error?.code == "file_changed")
        #expect(error?.message.contains("symbolic link") == true)
    }

    @Test func aFileSwappedForAFIFOFailsWithoutBlocking() async throws {
        let scratch = try TemporaryFolder()
        let cv = try scratch.write("cv.txt", text: "Jane Doe, nurse")
        let file = try #require(await scratch.listedFiles()["cv.txt"])
        try FileManager.default.removeItem(at: cv)
        let fifo = cv.path(percentEncoded: false)
        #expect(mkfifo(fifo, 0o600) == 0)
        // Without O_NONBLOCK this open would wait for a writer for ever. A writer comes
        // after 10 s, so that such an open ends, and the test fails instead of hanging.
        final class Flags: Sendable {
            let state = Mutex((opened: false, rescued: false))
        }
        let flags = Flags()
        let rescuer = Thread {
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                if flags.state.withLock({ $0.opened }) { return }
                usleep(10_000)
            }
            let writer = open(fifo, O_WRONLY | O_NONBLOCK)
            if writer >= 0 {
                flags.state.withLock { $0.rescued = true }
                close(writer)
            }
        }
        rescuer.start()
        let error = #expect(throws: FileAccessError.self) { try OpenedFile.open(file) }
        let rescued = flags.state.withLock { state in
            state.opened = true
            return state.rescued
        }
        #expect(!rescued, "the open waited for a writer")
        #expect(error?.code == "file_changed")
        #expect(error?.message.contains("no longer a regular file") == true)
    }

    @Test func aFileReplacedByAnotherOrGrownSinceTheWalkIsChanged() async throws {
        let scratch = try TemporaryFolder()
        _ = try scratch.write("replaced.txt", text: "first version")
        let grown = try scratch.write("grown.txt", text: "first version")
        let files = await scratch.listedFiles()
        // A new file renamed over the old one: another inode, same size.
        let replacement = try scratch.write("new.tmp", text: "other version")
        #expect(rename(replacement.path(percentEncoded: false), scratch.path("replaced.txt")) == 0)
        let handle = try FileHandle(forWritingTo: grown)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(" and more".utf8))
        try handle.close()

        let replaced = #expect(throws: FileAccessError.self) { try OpenedFile.open(try #require(files["replaced.txt"])) }
        #expect(replaced?.code == "file_changed")
        #expect(replaced?.message.contains("another file") == true)
        let changed = #expect(throws: FileAccessError.self) { try OpenedFile.open(try #require(files["grown.txt"])) }
        #expect(changed?.message.contains("size 13 → 22 bytes") == true)
    }

    @Test func aFileThatChangesWhileOpenIsCaughtAfterTheRead() async throws {
        let scratch = try TemporaryFolder()
        let cv = try scratch.write("cv.txt", text: "first version")
        let file = try #require(await scratch.listedFiles()["cv.txt"])
        let opened = try OpenedFile.open(file)
        _ = try opened.read(upTo: 100, at: 0)
        let handle = try FileHandle(forWritingTo: cv)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(" still being copied".utf8))
        try handle.close()
        let error = #expect(throws: FileAccessError.self) { try opened.verifyUnchanged() }
        #expect(error?.code == "file_changed")
        #expect(error?.message.contains("while it was being read") == true)
    }

    @Test func aRemovedFileIsNotFound() async throws {
        let scratch = try TemporaryFolder()
        let cv = try scratch.write("cv.txt", text: "Jane Doe, nurse")
        let file = try #require(await scratch.listedFiles()["cv.txt"])
        try FileManager.default.removeItem(at: cv)
        let error = #expect(throws: FileAccessError.self) { try OpenedFile.open(file) }
        #expect(error?.code == "not_found")
    }
}
