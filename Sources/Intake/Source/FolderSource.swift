import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The files under one or more paths, walked lazily in a fixed order.
///
/// Policy, so that a run over the same tree is the same run on every machine:
/// - **Order**: depth first; within a folder, entries sorted by name (Unicode order).
///   Paths given together are walked in the order given.
/// - **Overlapping paths**: a path given that equals another one given, or lies inside
///   another one whose walk reaches it, is dropped, so no file is reported twice
///   (`intake ingest samples samples/<uuid>` walks `samples` once). Paths are compared in
///   canonical form — absolute, standardised, symbolic links resolved — and reported as
///   given. Of two overlapping paths the outer one is kept, at the place of the one given
///   first; of two equal ones, the first. A path the outer walk does not reach (under a
///   hidden folder without `includeHidden`, or an excluded one) is kept, as is a path
///   that cannot be resolved (it fails on its own).
/// - **Laziness**: one folder listing is held at a time per level; the next file is read
///   from disk only when the runner asks for it, so memory does not grow with the tree.
/// - **Hidden entries** (names starting with `.`) inside a walked folder are not inputs —
///   they are editor, VCS and tool state such as `.git` and Intake's own `.intake` — unless
///   `includeHidden` is set. A hidden path given explicitly is always taken.
/// - **Symbolic links** inside a walked folder are not followed (a link can leave the
///   folder or form a loop); each one is reported `skipped` with the code `symlink`.
///   A path given explicitly is followed, as `ls` and `cp` do.
/// - **FIFOs, sockets and devices** are reported `skipped` (`not_regular_file`): reading a
///   FIFO would block forever.
/// - A path that cannot be looked at, or a folder that cannot be listed, is reported
///   `failed` (stage `source`) and the walk goes on. The code says why: `not_found` (no
///   such file, or a part of the path is not a folder), `permission_denied`,
///   `symlink_loop`, `unreadable` (anything else), `unreadable_folder` (listing failed).
/// - **Names that are not UTF-8** (Latin-1 names from zips and SMB shares) are listed by
///   their bytes and read by them (``InputFile/fileSystemPath``); paths show each byte
///   that is not UTF-8 as `\xHH`.
public struct FolderSource: AsyncSequence, Sendable {
    public typealias Element = SourceEntry

    /// The paths to walk, as the user gave them.
    public let paths: [String]
    /// Whether hidden entries inside walked folders are inputs.
    public let includeHidden: Bool
    /// Absolute paths of files and folders that are not inputs.
    public let excludedPaths: Set<String>
    /// Whether a folder named by a UUID names the candidate of the files under it (the
    /// default, `intake`'s rule: ``InputFile/candidateFromFolders``). Off for files whose
    /// folders mean nothing, such as a backend's temporary folders.
    public var candidateFolders = true

    /// A source over `paths` (files or folders), leaving out the files and folders at
    /// `excluding`.
    public init(paths: [String], includeHidden: Bool = false, excluding: [URL] = []) {
        self.paths = paths
        self.includeHidden = includeHidden
        self.excludedPaths = Set(excluding.map(FolderWalk.absolutePath))
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(walk: FolderWalk(paths: paths, includeHidden: includeHidden, excludedPaths: excludedPaths), candidateFolders: candidateFolders)
    }

    /// Counts the entries without reading any file, for progress displays. The walk runs
    /// on `pool` and stops with `CancellationError` when the calling task is cancelled.
    public func count(on pool: BlockingPool = .shared) async throws -> Int {
        let (paths, includeHidden, excludedPaths) = (paths, includeHidden, excludedPaths)
        return try await pool.run { cancellation in
            var walk = FolderWalk(paths: paths, includeHidden: includeHidden, excludedPaths: excludedPaths)
            var total = 0
            while walk.next() != nil {
                try cancellation.check()
                total += 1
            }
            return total
        }
    }

    /// The iterator of a ``FolderSource``.
    public struct Iterator: AsyncIteratorProtocol {
        var walk: FolderWalk
        let candidateFolders: Bool

        public mutating func next() async -> SourceEntry? {
            guard let entry = walk.next() else { return nil }
            guard !candidateFolders else { return entry }
            switch entry {
            case .file(var file):
                file.candidateFromFolders = false
                return .file(file)
            case .skipped(var file, let reason):
                file.candidateFromFolders = false
                return .skipped(file, reason)
            case .failed(var file, let failure):
                file.candidateFromFolders = false
                return .failed(file, failure)
            }
        }
    }
}

/// The synchronous walk behind ``FolderSource``.
struct FolderWalk {
    /// A folder being listed: where it is and the names still to visit, in reverse order so
    /// that the next one is popped from the end. Names are bytes, as the file system has
    /// them; `systemPath` is the folder's path in bytes, for system calls.
    private struct Frame {
        let url: URL
        let displayPath: String
        let pathInSource: String
        let systemPath: [UInt8]
        var remaining: [[UInt8]]
    }

    private var roots: [String]
    private var frames: [Frame] = []
    private let includeHidden: Bool
    private let excludedPaths: Set<String>
    private var nextSequenceNumber = 0

    init(paths: [String], includeHidden: Bool, excludedPaths: Set<String> = []) {
        self.roots = Self.distinctRoots(paths, includeHidden: includeHidden, excludedPaths: excludedPaths).reversed()
        self.includeHidden = includeHidden
        self.excludedPaths = excludedPaths
    }

    /// `paths` without those that equal or lie inside another one whose walk reaches
    /// them: the outer path takes the place of the first of the two, and every path kept
    /// is as given. See ``FolderSource`` for the policy.
    static func distinctRoots(_ paths: [String], includeHidden: Bool, excludedPaths: Set<String>) -> [String] {
        var kept: [(given: String, canonical: String?)] = []
        for given in paths {
            let root = (given: given, canonical: canonicalPath(given))
            if kept.contains(where: { covers($0, root) }) { continue }
            let covered = kept.indices.filter { covers(root, kept[$0]) }
            if let first = covered.first {
                kept[first] = root
                for index in covered.dropFirst().reversed() { kept.remove(at: index) }
            } else {
                kept.append(root)
            }
        }
        return kept.map(\.given)

        /// Whether the walk of `outer` reports every file of `inner`: they are the same
        /// path, or `inner` lies inside `outer` on a path the walk takes.
        func covers(_ outer: (given: String, canonical: String?), _ inner: (given: String, canonical: String?)) -> Bool {
            guard let outerPath = outer.canonical, let innerPath = inner.canonical else { return false }
            if outerPath == innerPath { return true }
            let prefix = outerPath.hasSuffix("/") ? outerPath : outerPath + "/"
            guard innerPath.hasPrefix(prefix) else { return false }
            var url = URL(filePath: trimmingTrailingSlashes(outer.given))
            for name in innerPath.dropFirst(prefix.count).split(separator: "/") {
                if !includeHidden && name.hasPrefix(".") { return false }
                url = url.appending(path: name, directoryHint: .notDirectory)
                if excludedPaths.contains(absolutePath(url)) { return false }
            }
            return true
        }
    }

    /// The absolute, standardised path of `path` with every symbolic link resolved, or
    /// `nil` when it cannot be resolved (it does not exist, or cannot be looked at).
    static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The code of a failed `stat` or `lstat`, from its `errno`.
    static func failureCode(errno code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: "not_found"
        case EACCES, EPERM: "permission_denied"
        case ELOOP: "symlink_loop"
        default: "unreadable"
        }
    }

    /// The absolute, standardised path of `url`, as exclusions are compared.
    static func absolutePath(_ url: URL) -> String {
        url.absoluteURL.standardizedFileURL.path(percentEncoded: false)
    }

    mutating func next() -> SourceEntry? {
        while true {
            if var frame = frames.popLast() {
                guard let nameBytes = frame.remaining.popLast() else { continue }
                frames.append(frame)
                let name = FileNameBytes.escaped(nameBytes)
                let url = frame.url.appending(path: name, directoryHint: .notDirectory)
                let displayPath = frame.displayPath.isEmpty ? name : frame.displayPath + "/" + name
                let pathInSource = frame.pathInSource.isEmpty ? name : frame.pathInSource + "/" + name
                let systemPath = frame.systemPath + [UInt8(ascii: "/")] + nameBytes
                if let entry = visit(url: url, systemPath: systemPath, displayPath: displayPath, pathInSource: pathInSource, isRoot: false) {
                    return entry
                }
            } else if let root = roots.popLast() {
                let trimmed = Self.trimmingTrailingSlashes(root)
                let url = URL(filePath: trimmed)
                let name = url.lastPathComponent
                if let entry = visit(url: url, systemPath: Array(trimmed.utf8), displayPath: trimmed == "." ? "" : trimmed, pathInSource: name, isRoot: true) {
                    return entry
                }
            } else {
                return nil
            }
        }
    }

    /// Decides about one path: returns its entry, or pushes a folder and returns `nil`.
    private mutating func visit(url: URL, systemPath: [UInt8], displayPath: String, pathInSource: String, isRoot: Bool) -> SourceEntry? {
        if !isRoot && !excludedPaths.isEmpty && excludedPaths.contains(Self.absolutePath(url)) { return nil }
        var info = stat()
        // Inside a walk, links are looked at (lstat), not followed; a root is followed (stat).
        let status = FileNameBytes.withCString(systemPath) { isRoot ? stat($0, &info) : lstat($0, &info) }
        // The exact bytes are kept only for a path that is not UTF-8; others go by their text.
        let fileSystemPath = FileNameBytes.isUTF8(systemPath) ? nil : Self.absolute(systemPath)
        guard status == 0 else {
            let code = errno
            let reason = String(cString: strerror(code))
            return .failed(makeFile(url, displayPath, pathInSource, size: 0), FileFailure(stage: "source", code: Self.failureCode(errno: code), message: "cannot read \(displayPath): \(reason)"))
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            let folderName = url.lastPathComponent
            if !isRoot && !includeHidden && folderName.hasPrefix(".") { return nil }
            let names: [[UInt8]]
            do {
                names = try Self.listFolder(systemPath)
            } catch {
                return .failed(makeFile(url, displayPath, pathInSource, size: 0), FileFailure(stage: "source", code: "unreadable_folder", message: "cannot list the folder \(displayPath): \(error.reason)"))
            }
            let visible = includeHidden ? names : names.filter { $0.first != UInt8(ascii: ".") }
            // Byte order is Unicode order for UTF-8 names; other names fall in by their bytes.
            let ordered = visible.sorted { $0.lexicographicallyPrecedes($1) }.reversed()
            frames.append(Frame(url: url, displayPath: displayPath, pathInSource: isRoot ? "" : pathInSource, systemPath: systemPath, remaining: Array(ordered)))
            return nil
        case S_IFREG:
            return .file(makeFile(
                url, displayPath, pathInSource, size: Int64(info.st_size), identity: FileIdentity(info), followsSymbolicLink: isRoot,
                fileSystemPath: fileSystemPath
            ))
        case S_IFLNK:
            let target = Self.linkTarget(systemPath) ?? "an unreadable target"
            return .skipped(makeFile(url, displayPath, pathInSource, size: 0), .symbolicLink(to: target))
        default:
            return .skipped(makeFile(url, displayPath, pathInSource, size: 0), .notRegularFile)
        }
    }

    private mutating func makeFile(
        _ url: URL, _ displayPath: String, _ pathInSource: String, size: Int64, identity: FileIdentity? = nil, followsSymbolicLink: Bool = false,
        fileSystemPath: [UInt8]? = nil
    ) -> InputFile {
        defer { nextSequenceNumber += 1 }
        return InputFile(
            url: url, displayPath: displayPath, pathInSource: pathInSource, size: size, sequenceNumber: nextSequenceNumber,
            identity: identity, followsSymbolicLink: followsSymbolicLink, fileSystemPath: fileSystemPath
        )
    }

    /// A folder listing failed; `reason` is the system's.
    struct ListingError: Error {
        let reason: String
    }

    /// The names in the folder at `path`, as bytes, without `.` and `..`.
    static func listFolder(_ path: [UInt8]) throws(ListingError) -> [[UInt8]] {
        guard let folder = FileNameBytes.withCString(path, { opendir($0) }) else {
            throw ListingError(reason: String(cString: strerror(errno)))
        }
        defer { closedir(folder) }
        var names: [[UInt8]] = []
        errno = 0
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name != [UInt8(ascii: ".")] && name != [UInt8(ascii: "."), UInt8(ascii: ".")] { names.append(name) }
        }
        if errno != 0 { throw ListingError(reason: String(cString: strerror(errno))) }
        return names
    }

    /// Where the link at `path` points, shown as ``FileNameBytes/escaped(_:)``.
    static func linkTarget(_ path: [UInt8]) -> String? {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = FileNameBytes.withCString(path) { link in
            buffer.withUnsafeMutableBufferPointer { target in
                target.withMemoryRebound(to: CChar.self) { readlink(link, $0.baseAddress!, $0.count - 1) }
            }
        }
        guard length >= 0 else { return nil }
        return FileNameBytes.escaped(Array(buffer[0..<length]))
    }

    /// `path` made absolute against the working directory, in bytes.
    static func absolute(_ path: [UInt8]) -> [UInt8] {
        if path.first == UInt8(ascii: "/") { return path }
        return Array(FileManager.default.currentDirectoryPath.utf8) + [UInt8(ascii: "/")] + path
    }


    private static func trimmingTrailingSlashes(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
