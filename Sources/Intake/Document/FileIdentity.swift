#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Which file a path named when the source found it: device, inode, size and times, as
/// `stat` gave them.
///
/// Every stage that reads the file opens it with ``OpenedFile/open(_:)``, which checks the
/// open file against this identity. A file swapped for another one (a symbolic link to a
/// key file, a FIFO, a new copy) or still being written after it was listed is then never
/// read as if it were the file that was listed: it fails with `file_changed`.
public struct FileIdentity: Sendable, Hashable, Codable {
    /// The device the file is on.
    public let device: UInt64
    /// The file's inode on that device.
    public let inode: UInt64
    /// Size in bytes.
    public let size: Int64
    /// Last change of the file's bytes (`st_mtime`).
    public let modified: FileTimestamp
    /// Last change of the file's inode (`st_ctime`): a copy that keeps the modification
    /// time (`cp -p`, `rsync -t`) still has a new one.
    public let changed: FileTimestamp

    public init(device: UInt64, inode: UInt64, size: Int64, modified: FileTimestamp, changed: FileTimestamp) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    /// The identity `stat`, `lstat` or `fstat` reported.
    public init(_ info: stat) {
        #if canImport(Darwin)
        let modified = FileTimestamp(seconds: Int64(info.st_mtimespec.tv_sec), nanoseconds: Int64(info.st_mtimespec.tv_nsec))
        let changed = FileTimestamp(seconds: Int64(info.st_ctimespec.tv_sec), nanoseconds: Int64(info.st_ctimespec.tv_nsec))
        #else
        let modified = FileTimestamp(seconds: Int64(info.st_mtim.tv_sec), nanoseconds: Int64(info.st_mtim.tv_nsec))
        let changed = FileTimestamp(seconds: Int64(info.st_ctim.tv_sec), nanoseconds: Int64(info.st_ctim.tv_nsec))
        #endif
        self.init(
            device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(truncatingIfNeeded: info.st_ino),
            size: Int64(info.st_size), modified: modified, changed: changed
        )
    }

    /// What differs in `other`, in words (`size 120 → 4096`); empty when it is the same file,
    /// unchanged.
    public func differences(from other: FileIdentity) -> [String] {
        var differences: [String] = []
        if device != other.device || inode != other.inode { differences.append("another file (inode \(inode) → \(other.inode))") }
        if size != other.size { differences.append("size \(size) → \(other.size) bytes") }
        if modified != other.modified { differences.append("modified again") }
        else if changed != other.changed { differences.append("its inode changed") }
        return differences
    }
}
