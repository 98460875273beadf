#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An input file opened for reading, after checking that it is still the file its source
/// listed; the descriptor is closed when the last reference goes.
///
/// ``open(_:)`` opens with `O_NOFOLLOW` (a file found in a folder is never read through a
/// symbolic link that replaced it) and `O_NONBLOCK` (a FIFO that replaced it cannot block
/// the open), then compares `fstat` with ``InputFile/identity``: a file that is no longer a
/// regular file, is another file, or has changed since it was listed fails with
/// `file_changed`. Every stage that reads bytes — sniff, extract, hash, upload — opens the
/// file this way, so they all read the same file, and ``verifyUnchanged()`` after a read
/// tells whether it changed while being read.
///
/// A file held in memory (``InputFile/memory``) is opened the same way in effect: a new
/// read-only descriptor of its memory file (``InMemoryFile``), checked against the identity
/// the memory file had once written, so the readers never know the difference.
///
/// ```swift
/// let opened = try OpenedFile.open(document.file)
/// let head = try opened.read(upTo: 1024, at: 0)
/// ```
public final class OpenedFile: Sendable {
    /// The descriptor, read-only.
    public let descriptor: Int32
    /// The identity `fstat` gave when the file was opened.
    public let identity: FileIdentity
    /// The file, for messages.
    public let displayPath: String
    /// Whether the kernel keeps the file's bytes from changing (a sealed memory file).
    private let isSealed: Bool

    private init(descriptor: Int32, identity: FileIdentity, displayPath: String, isSealed: Bool = false) {
        self.descriptor = descriptor
        self.identity = identity
        self.displayPath = displayPath
        self.isSealed = isSealed
    }

    deinit { close(descriptor) }

    /// Opens `file` and checks it against the identity its source recorded.
    public static func open(_ file: InputFile) throws(FileAccessError) -> OpenedFile {
        if let memory = file.memory {
            return try open(memory, displayPath: file.displayPath)
        }
        // A path given on its own may be a link the user meant; inside a walk, never.
        let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (file.followsSymbolicLink ? 0 : O_NOFOLLOW)
        let descriptor = openDescriptor(file.systemPathBytes, flags)
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case ELOOP: throw .changed(file.displayPath, "it was replaced by a symbolic link")
            case ENOENT, ENOTDIR: throw .gone(file.displayPath)
            case ENXIO: throw .changed(file.displayPath, "it was replaced by a FIFO or socket")
            default: throw .unreadable(file.displayPath, String(cString: strerror(code)))
            }
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .unreadable(file.displayPath, reason)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw .changed(file.displayPath, "it is no longer a regular file")
        }
        let identity = FileIdentity(info)
        if let listed = file.identity {
            let differences = listed.differences(from: identity)
            guard differences.isEmpty else {
                close(descriptor)
                throw .changed(file.displayPath, "it changed since it was listed: " + differences.joined(separator: ", "))
            }
        }
        // Reads block as usual from here on; the flag only kept the open from waiting.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return OpenedFile(descriptor: descriptor, identity: identity, displayPath: file.displayPath)
    }

    /// A new descriptor of a memory file, which is a regular file that cannot change.
    private static func open(_ memory: InMemoryFile, displayPath: String) throws(FileAccessError) -> OpenedFile {
        let descriptor = try memory.openForReading(displayPath: displayPath)
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .unreadable(displayPath, reason)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw .changed(displayPath, "its memory file is no longer a regular file")
        }
        let identity = FileIdentity(info)
        let differences = differences(between: memory.identity, and: identity, isSealed: memory.isSealed)
        guard differences.isEmpty else {
            close(descriptor)
            throw .changed(displayPath, "its memory file changed since it was written: " + differences.joined(separator: ", "))
        }
        return OpenedFile(descriptor: descriptor, identity: identity, displayPath: displayPath, isSealed: memory.isSealed)
    }

    /// What differs between `earlier` and `now`. For a sealed file only which file it is and
    /// its size count: its bytes cannot change, yet a write the seals refuse still touches
    /// its times (the kernel updates them before it checks the seals).
    private static func differences(between earlier: FileIdentity, and now: FileIdentity, isSealed: Bool) -> [String] {
        guard isSealed else { return earlier.differences(from: now) }
        let timesAside = FileIdentity(device: now.device, inode: now.inode, size: now.size, modified: earlier.modified, changed: earlier.changed)
        return earlier.differences(from: timesAside)
    }

    /// Reads up to `count` bytes at `offset`; fewer only at the end of the file.
    public func read(upTo count: Int, at offset: Int64) throws(FileAccessError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + filled, count - filled, off_t(offset) + off_t(filled))
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw .unreadable(displayPath, String(cString: strerror(errno)))
            }
            if got == 0 { break }
            filled += got
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Throws `file_changed` if the file is no longer as it was when it was opened: call
    /// it after reading, to know that what was read is one version of the file.
    public func verifyUnchanged() throws(FileAccessError) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw .unreadable(displayPath, String(cString: strerror(errno)))
        }
        let differences = Self.differences(between: identity, and: FileIdentity(info), isSealed: isSealed)
        guard differences.isEmpty else {
            throw .changed(displayPath, "it changed while it was being read: " + differences.joined(separator: ", "))
        }
    }
}

/// Why an input file could not be opened as the file its source listed.
public enum FileAccessError: ReportableError, Sendable, Equatable {
    /// It is another file, or not a regular file, or changed: `file_changed`.
    case changed(String, String)
    /// It is no longer there: `not_found`.
    case gone(String)
    /// The system refused to read it: `unreadable`.
    case unreadable(String, String)

    public var code: String {
        switch self {
        case .changed: "file_changed"
        case .gone: "not_found"
        case .unreadable: "unreadable"
        }
    }

    public var message: String {
        switch self {
        case .changed(let path, let why): "\(path) was not read: \(why)"
        case .gone(let path): "\(path) is gone: it was removed or renamed since it was listed"
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        }
    }
}

/// `open(2)` of a path's exact bytes, out of reach of ``OpenedFile/open(_:)``'s name.
private func openDescriptor(_ path: [UInt8], _ flags: Int32) -> Int32 {
    FileNameBytes.withCString(path) { open($0, flags) }
}
