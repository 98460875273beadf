#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Ends the trip of a file that an earlier run finished and that has not changed since,
/// with the status `unchanged`, before anything reads it. Put it first.
///
/// It also notes the file's modification time as it was before any stage read it
/// (``Document/modifiedAtStart``): that, not the time when the outcome is recorded, is what a
/// history must keep, or a file edited while in flight would look unchanged next time.
///
/// Only what the source's `stat` saw is looked at — size, modification time, inode and
/// its change time (``InputFile/identity``; one `stat` of its own for a file without
/// one) — so a re-run over ten thousand unchanged files reads none of them. A copy that
/// kept the modification time (`cp -p`, `rsync -t`) has a new inode or change time, and
/// goes through again. A file whose time changed but
/// whose bytes did not goes through again; its upload then lands on the same attachment
/// (same remote id), so that costs a write, never a duplicate.
///
/// A file held in memory (``InputFile/isInMemory``) has no modification time: it gets
/// ``memoryFileTimestamp`` (zero). Its key (``InputFile/absolutePath``) is chosen by whoever
/// made it to name its bytes (the engine's `upload:<candidate>/<sha256>`), so the bytes
/// behind one key never change, and a key the history has seen finished is unchanged.
///
/// ```swift
/// Pipeline { SkipUnchanged(history: ledger); SniffMIME(); … }
/// ```
public struct SkipUnchanged: Stage {
    public let name = "history"
    private let history: (any RunHistory)?

    /// - Parameter history: what earlier runs did; `nil` to process every file
    ///   while still noting each file's modification time for the next run.
    public init(history: (any RunHistory)?) {
        self.history = history
    }

    public func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
        guard let modified = Self.modificationTimeAtStart(of: document.file) else { return .proceed }
        document.modifiedAtStart = modified
        guard let history, let earlier = try await history.earlierOutcome(of: document.file, modified: modified) else {
            return .proceed
        }
        document.remoteID = earlier.remoteID
        if let failure = earlier.failure {
            document.note("unchanged since run \(earlier.runID), where it failed with \(failure.stage)/\(failure.code) (\(failure.message)): a poison file, not tried again until it changes or poison files are retried")
        } else {
            document.note("unchanged since run \(earlier.runID), which ended it \(earlier.status)")
        }
        return .end(.unchanged(earlier))
    }

    /// The time a file held in memory is taken to have been modified at: always the same,
    /// since its key names its bytes.
    public static let memoryFileTimestamp = FileTimestamp(seconds: 0, nanoseconds: 0)

    /// What the source's `stat` saw, a `stat` of the path for a file listed without it,
    /// ``memoryFileTimestamp`` for a file held in memory.
    static func modificationTimeAtStart(of file: InputFile) -> FileTimestamp? {
        if file.isInMemory { return memoryFileTimestamp }
        return file.identity?.modified ?? modificationTime(of: file.path)
    }

    /// The file's modification time, or `nil` when it cannot be read (the next stages then
    /// report why).
    public static func modificationTime(of path: String) -> FileTimestamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        return FileTimestamp(seconds: Int64(info.st_mtimespec.tv_sec), nanoseconds: Int64(info.st_mtimespec.tv_nsec))
        #else
        return FileTimestamp(seconds: Int64(info.st_mtim.tv_sec), nanoseconds: Int64(info.st_mtim.tv_nsec))
        #endif
    }
}
