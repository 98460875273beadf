#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Bytes held in memory as an anonymous file that nothing can change: the way to hand the
/// pipeline an upload without writing it to disk.
///
/// ```swift
/// let memory = try InMemoryFile(bytes: upload.body, name: upload.fileName)
/// let file = InputFile(memory: memory, fileName: upload.fileName, key: "upload:\(candidate)/\(sha256)")
/// ```
///
/// Why a file, and not a buffer: the bytes never touch the disk, and yet every reader of
/// the pipeline — libmagic, poppler, the zip reader, the text readers, the hasher, the
/// upload body — reads them through a descriptor, exactly as it reads a file on disk
/// (``OpenedFile/open(_:)``). So there is one code path to keep right, not two, and none
/// of poppler-glib's `new_from_bytes` / `new_from_data` constructors is needed (they crash
/// on a wrong non-NULL password, where the descriptor constructor returns an error).
///
/// On Linux the file is a `memfd_create` file: its pages live in memory (swap aside), it
/// has no name in any folder, and once the bytes are written it is sealed
/// (`F_SEAL_SHRINK`, `F_SEAL_GROW`, `F_SEAL_WRITE`, then `F_SEAL_SEAL`), so no descriptor
/// of it, here or in a library, can change a byte any more: what was sniffed is what is
/// hashed and uploaded. Every ``OpenedFile`` of it reopens it through `/proc/self/fd`, which
/// gives it an open file description of its own (its own offset), as opening a path does.
///
/// On Darwin, which has no `memfd_create`, it is a file made with `mkstemp` in the
/// temporary folder and unlinked at once: it has no name either, but it lives in the file
/// system's cache rather than only in memory, it cannot be sealed, and every
/// ``OpenedFile`` of it is a duplicate of one descriptor, sharing one offset (Darwin cannot
/// reopen an unlinked file). Positioned reads do not care; a reader that moves the offset
/// (libmagic, the zip reader's seeks) must not run at the same time as another reader of
/// the same memory file. The stages of one document run one after another, so one
/// pipeline is fine; do not run one memory file through two pipelines at once there.
///
/// The descriptor is closed when the last reference goes; ``OpenedFile``s made from it
/// keep their own descriptors and stay readable after that.
public final class InMemoryFile: Sendable, Hashable {
    /// The memory file, read and written by this type only (it is sealed on Linux).
    let descriptor: Int32
    /// The name given to the memory file, for messages (and `/proc/<pid>/fd` listings).
    public let name: String
    /// The number of bytes it holds.
    public let size: Int64
    /// Whether the kernel keeps its bytes from changing (Linux's seals).
    let isSealed: Bool
    /// What `fstat` gave once the bytes were written (and sealed): every ``OpenedFile`` of
    /// it is checked against it, as a file on disk is checked against what its source saw.
    let identity: FileIdentity

    /// Holds a copy of `bytes` in a new memory file named `name` (the name is only a label:
    /// it names no file anywhere).
    ///
    /// - Throws: ``InMemoryFileError`` (`memory_file_failed`) with the system's reason when
    ///   the memory file cannot be made, written or sealed (out of memory, too many open
    ///   files).
    public init(bytes: some ContiguousBytes, name: String) throws(InMemoryFileError) {
        let descriptor = try Self.makeAnonymousFile(name: name)
        let written = bytes.withUnsafeBytes { Self.writeAll($0, to: descriptor, name: name) }
        var info = stat()
        var failure: InMemoryFileError?
        if case .failure(let error) = written {
            failure = error
        } else if case .failure(let error) = Self.seal(descriptor, name: name) {
            failure = error
        } else if fstat(descriptor, &info) != 0 {
            failure = InMemoryFileError(name: name, step: "fstat", errno: errno)
        }
        if let failure {
            close(descriptor)
            throw failure
        }
        self.descriptor = descriptor
        self.name = name
        self.identity = FileIdentity(info)
        self.size = identity.size
        #if os(Linux)
        self.isSealed = true
        #else
        self.isSealed = false
        #endif
    }

    deinit { close(descriptor) }

    /// A new read-only descriptor of the memory file, which the caller owns and closes;
    /// errors name the file as `displayPath`.
    ///
    /// On Linux it is a reopen through `/proc/self/fd`: a new open file description, with an
    /// offset of its own, so that a reader's seeks never meet another reader's. On Darwin
    /// it is a duplicate, rewound to the start (see the type's discussion).
    func openForReading(displayPath: String) throws(FileAccessError) -> Int32 {
        #if os(Linux)
        let reopened = open("/proc/self/fd/\(descriptor)", O_RDONLY | O_CLOEXEC)
        guard reopened >= 0 else {
            throw .unreadable(displayPath, "cannot reopen its memory file through /proc/self/fd: " + String(cString: strerror(errno)))
        }
        return reopened
        #else
        let duplicate = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
        guard duplicate >= 0 else { throw .unreadable(displayPath, String(cString: strerror(errno))) }
        // Shared with every other duplicate: libmagic reads from the current offset.
        _ = lseek(duplicate, 0, SEEK_SET)
        return duplicate
        #endif
    }

    /// Two memory files are equal only when they are the same object: equal bytes in two
    /// files are still two files.
    public static func == (lhs: InMemoryFile, rhs: InMemoryFile) -> Bool { lhs === rhs }

    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

    // MARK: Making the file

    #if os(Linux)
    /// From `<linux/memfd.h>` and `<linux/fcntl.h>`: kernel ABI, fixed for good. Swift's
    /// Glibc module does not import them (they sit behind `_GNU_SOURCE`), nor
    /// `memfd_create` itself.
    private static let memfdCloseOnExec: UInt32 = 0x0001  // MFD_CLOEXEC
    private static let memfdAllowSealing: UInt32 = 0x0002  // MFD_ALLOW_SEALING
    private static let addSeals: Int32 = 1024 + 9  // F_ADD_SEALS = F_LINUX_SPECIFIC_BASE + 9
    private static let sealSeal: Int32 = 0x0001  // F_SEAL_SEAL
    private static let sealShrink: Int32 = 0x0002  // F_SEAL_SHRINK
    private static let sealGrow: Int32 = 0x0004  // F_SEAL_GROW
    private static let sealWrite: Int32 = 0x0008  // F_SEAL_WRITE
    /// Every seal this type sets.
    private static let allSeals = sealSeal | sealShrink | sealGrow | sealWrite

    private typealias MemfdCreate = @convention(c) (UnsafePointer<CChar>, UInt32) -> Int32

    private static func makeAnonymousFile(name: String) throws(InMemoryFileError) -> Int32 {
        // glibc has exported memfd_create since 2.27 (musl since 1.1.20); looked up at run
        // time because the Glibc module does not declare it.
        // A nil handle is RTLD_DEFAULT in glibc and musl: the process's global symbols.
        guard let symbol = dlsym(nil, "memfd_create") else {
            throw InMemoryFileError(name: name, step: "memfd_create", reason: "the C library has no memfd_create")
        }
        let memfdCreate = unsafeBitCast(symbol, to: MemfdCreate.self)
        // The kernel takes at most 249 bytes of label; a label is all it is.
        let label = "intake:" + String(decoding: name.utf8.prefix(200), as: UTF8.self)
        let descriptor = memfdCreate(label, memfdCloseOnExec | memfdAllowSealing)
        guard descriptor >= 0 else { throw InMemoryFileError(name: name, step: "memfd_create", errno: errno) }
        return descriptor
    }

    private static func seal(_ descriptor: Int32, name: String) -> Result<Void, InMemoryFileError> {
        // F_SEAL_SEAL in the same call as the others: no seal can be added or lifted later.
        guard fcntl(descriptor, addSeals, allSeals) == 0 else {
            return .failure(InMemoryFileError(name: name, step: "F_ADD_SEALS", errno: errno))
        }
        return .success(())
    }
    #else
    private static func makeAnonymousFile(name: String) throws(InMemoryFileError) -> Int32 {
        var template = Array((FileManager.default.temporaryDirectory.path(percentEncoded: false) + "/intake-memory-XXXXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw InMemoryFileError(name: name, step: "mkstemp", errno: errno) }
        // Unlinked before a byte is written: it is never a file anyone could find by name.
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        return descriptor
    }

    /// Darwin has no seals; the file has no name and its descriptor never leaves this type.
    private static func seal(_ descriptor: Int32, name: String) -> Result<Void, InMemoryFileError> { .success(()) }
    #endif

    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, name: String) -> Result<Void, InMemoryFileError> {
        guard let base = bytes.baseAddress else { return .success(()) }
        var written = 0
        while written < bytes.count {
            let sent = write(descriptor, base + written, bytes.count - written)
            if sent < 0 {
                if errno == EINTR { continue }
                return .failure(InMemoryFileError(name: name, step: "write", errno: errno))
            }
            written += sent
        }
        return .success(())
    }
}

/// A memory file could not be made: the system refused memory, a descriptor, or a seal.
public struct InMemoryFileError: ReportableError, Sendable, Hashable {
    /// The memory file's name.
    public let name: String
    /// The call that failed (`memfd_create`, `write`, `F_ADD_SEALS`, …).
    public let step: String
    /// The system's reason.
    public let reason: String

    init(name: String, step: String, reason: String) {
        self.name = name
        self.step = step
        self.reason = reason
    }

    init(name: String, step: String, errno code: Int32) {
        self.init(name: name, step: step, reason: String(cString: strerror(code)))
    }

    public var code: String { "memory_file_failed" }
    public var message: String { "cannot hold \(name) in memory for reading (\(step)): \(reason)" }
}
