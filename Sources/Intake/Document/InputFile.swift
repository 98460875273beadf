import Foundation

/// A file handed to the pipeline by a source: a file on disk, or bytes held in memory
/// (``init(memory:fileName:key:sequenceNumber:)``).
public struct InputFile: Sendable, Hashable {
    /// The file's location on disk. For a file held in memory, a URL under `/dev/null/`
    /// that no `open` can resolve (`/dev/null` is no folder), so that code that opens it by
    /// mistake fails rather than read some other file; readers go through ``OpenedFile``,
    /// which reads ``memory``.
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

    /// The bytes, for a file held in memory; `nil` for a file on disk.
    public let memory: InMemoryFile?

    /// Whether a folder of the file's path named by a UUID names its candidate
    /// (``CandidateID/forFile(_:)``): the folder rule, a policy of the source that found
    /// the file. True for files from a ``FolderSource`` unless it was told otherwise
    /// (``FolderSource/candidateFolders``); false for a file held in memory, and for a file
    /// a backend hands over on its own, whose temporary folder may well be named by a UUID
    /// that names no candidate.
    public var candidateFromFolders = true

    /// The key given to a file held in memory (``absolutePath``).
    private let memoryKey: String?

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
        self.memory = nil
        self.memoryKey = nil
    }

    /// An input file whose bytes are held in memory: an upload that never touches the disk.
    ///
    /// Every reader reads it through ``OpenedFile``, as it reads a file on disk. It has no
    /// path: ``displayPath``, ``pathInSource`` and ``fileName`` are `fileName`, ``size`` is
    /// the bytes' count, and ``absolutePath`` — the key by which the ledger and duplicate
    /// checks recognise a file — is `key`. Choose a key that names the bytes, such as
    /// `upload:<candidate>/<sha256>`: the pipeline takes the same key for the same bytes
    /// (``SkipUnchanged`` gives such a file a fixed modification time). ``identity`` is
    /// `nil`: the memory file itself cannot change (``InMemoryFile``), and its inode would
    /// differ from one upload of the same bytes to the next. No folder names a candidate
    /// (``CandidateID/forFile(_:)`` is `nil`).
    ///
    /// ```swift
    /// let memory = try InMemoryFile(bytes: body, name: "cv.pdf")
    /// let file = InputFile(memory: memory, fileName: "cv.pdf", key: "upload:\(candidate)/\(sha256)")
    /// ```
    public init(memory: InMemoryFile, fileName: String, key: String, sequenceNumber: Int = 0) {
        self.url = Self.unopenableURL(key: key)
        self.displayPath = fileName
        self.pathInSource = fileName
        self.size = memory.size
        self.sequenceNumber = sequenceNumber
        self.identity = nil
        self.followsSymbolicLink = false
        self.fileSystemPath = nil
        self.memory = memory
        self.memoryKey = key
        self.candidateFromFolders = false
    }

    /// Whether the bytes are held in memory (``memory``) rather than in a file on disk.
    public var isInMemory: Bool { memory != nil }

    /// The last component of the path: the file name sent with an attachment. A name that
    /// is not UTF-8 is read as Latin-1 here (`caf\xE9.pdf` is sent as `café.pdf`). For a
    /// file held in memory, the name it was given.
    public var fileName: String {
        if isInMemory { return displayPath }
        guard let fileSystemPath else { return url.lastPathComponent }
        let name = fileSystemPath.split(separator: UInt8(ascii: "/")).last.map(Array.init) ?? []
        return FileNameBytes.latin1(name)
    }

    /// The bytes to hand to system calls: the exact ones for a name that is not UTF-8.
    /// For a file held in memory, ``path``, which opens nothing.
    public var systemPathBytes: [UInt8] {
        if isInMemory { return Array(path.utf8) }
        return fileSystemPath ?? Array(absolutePath.utf8)
    }

    /// The path on disk, for system calls. For a file held in memory, the path of ``url``,
    /// which opens nothing.
    public var path: String { url.path(percentEncoded: false) }

    /// The file's absolute path with `.` and `..` resolved: the one key by which the
    /// ledger, duplicate checks and `intake retry` recognise a file, however it was typed.
    /// For a file held in memory, the key it was given.
    public var absolutePath: String {
        if let memoryKey { return memoryKey }
        return url.absoluteURL.standardizedFileURL.path(percentEncoded: false)
    }

    /// `/dev/null/intake-memory/<key>`, the key percent-encoded down to letters, digits,
    /// `-`, `_` and `~`: one segment that is never `.` or `..`, under a path that is no
    /// folder, so neither `open` nor a URL's standardisation can take it anywhere.
    private static func unopenableURL(key: String) -> URL {
        let kept = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_~".utf8)
        var segment = ""
        for byte in key.utf8 {
            if kept.contains(byte) {
                segment.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                segment += "%" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return URL(filePath: "/dev/null/intake-memory/" + segment, directoryHint: .notDirectory)
    }
}
