import Foundation

/// A file handed to the pipeline by a source.
public struct InputFile: Sendable, Hashable {
    /// The file's location on disk.
    public let url: URL

    /// The path as the user sees it: the folder as it was given, joined with the file's
    /// path inside it (`samples/3f6c…/resume.pdf`). Reports and candidate ids use it.
    public let displayPath: String

    /// The file's path relative to the folder that was walked (`3f6c…/resume.pdf`); just the
    /// file name for a file given on its own.
    public let pathInSource: String

    /// Size in bytes when the source found it.
    public let size: Int64

    /// Position of the file in its source's order, starting at 0.
    public let sequenceNumber: Int

    /// Which file the path named when the source found it; every read checks it
    /// (``OpenedFile``). `nil` when the source did not look: then any regular file at the
    /// path is read, never through a symbolic link.
    public let identity: FileIdentity?

    /// Whether the path may be opened through a symbolic link: a path given on its own
    /// may be one the user meant, a file found inside a folder never is.
    public let followsSymbolicLink: Bool

    /// The exact bytes of the file's absolute path, when they are not UTF-8 (a Latin-1 name
    /// from a zip or an SMB share); `nil` otherwise. Every system call uses them, while
    /// ``url``, ``displayPath`` and ``pathInSource`` show each byte that is not UTF-8 as
    /// `\xHH` (``FileNameBytes/escaped(_:)``).
    public let fileSystemPath: [UInt8]?

    /// Creates an input file; the paths default to the URL's path and its last component.
    public init(
        url: URL, displayPath: String? = nil, pathInSource: String? = nil, size: Int64 = 0, sequenceNumber: Int = 0,
        identity: FileIdentity? = nil, followsSymbolicLink: Bool = false, fileSystemPath: [UInt8]? = nil
    ) {
        self.url = url
        self.displayPath = displayPath ?? url.path(percentEncoded: false)
        self.pathInSource = pathInSource ?? url.lastPathComponent
        self.size = identity?.size ?? size
        self.sequenceNumber = sequenceNumber
        self.identity = identity
        self.followsSymbolicLink = followsSymbolicLink
        self.fileSystemPath = fileSystemPath
    }

    /// The last component of the path: the file name sent with an attachment. A name that
    /// is not UTF-8 is read as Latin-1 here (`caf\xE9.pdf` is sent as `café.pdf`).
    public var fileName: String {
        guard let fileSystemPath else { return url.lastPathComponent }
        let name = fileSystemPath.split(separator: UInt8(ascii: "/")).last.map(Array.init) ?? []
        return FileNameBytes.latin1(name)
    }

    /// The bytes to hand to system calls: the exact ones for a name that is not UTF-8.
    public var systemPathBytes: [UInt8] {
        fileSystemPath ?? Array(absolutePath.utf8)
    }

    /// The path on disk, for system calls.
    public var path: String { url.path(percentEncoded: false) }

    /// The file's absolute path with `.` and `..` resolved: the one key by which the
    /// ledger, duplicate checks and `intake retry` recognise a file, however it was typed.
    public var absolutePath: String { url.absoluteURL.standardizedFileURL.path(percentEncoded: false) }
}
