#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An exclusive lock on a state folder, held as long as this value lives, so that two
/// `intake` processes never work from one state folder at once: two runs on one ledger
/// would each upload the files the other has not recorded yet, and two runs on one outbox
/// would race on its rows. A ``Ledger`` holds one while it is open; a run without a ledger
/// that writes the outbox takes one itself.
///
/// `flock(2)` on `<state>/ledger.lock`: the kernel drops it when the process ends, however
/// it ends (`kill -9` included), so a crashed run never leaves a stale lock behind.
public final class StateFolderLock: Sendable {
    private let descriptor: Int32

    /// Creates the state folder if needed and locks it.
    ///
    /// - Throws: ``LedgerError/inUse(stateDirectory:)`` when another process holds it;
    ///   ``LedgerError/stateUnusable(path:reason:)`` when the folder or the lock file
    ///   cannot be made.
    public init(stateDirectory: URL) throws(LedgerError) {
        do {
            try FileManager.default.createDirectory(at: stateDirectory, withIntermediateDirectories: true)
        } catch {
            throw .stateUnusable(path: stateDirectory.path(percentEncoded: false), reason: error.localizedDescription)
        }
        let path = stateDirectory.appending(path: "ledger.lock").path(percentEncoded: false)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .stateUnusable(path: path, reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(descriptor)
            if code == EWOULDBLOCK {
                throw .inUse(stateDirectory: stateDirectory.path(percentEncoded: false))
            }
            throw .stateUnusable(path: path, reason: String(cString: strerror(code)))
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
