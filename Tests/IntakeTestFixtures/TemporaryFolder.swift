import Foundation
import Intake

/// A folder of real files made by one test under the temporary directory, removed when
/// the test lets go of it.
public final class TemporaryFolder: Sendable {
    /// The folder's URL.
    public let url: URL

    /// Makes a new, empty folder with a unique name.
    public init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "intake-tests-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The folder's path on disk, without a trailing slash.
    public var path: String { Self.trimmingTrailingSlashes(url.path(percentEncoded: false)) }

    /// The absolute path of `relativePath` inside the folder.
    public func path(_ relativePath: String) -> String {
        path + "/" + relativePath
    }

    /// Writes `bytes` to `relativePath` (folders made as needed) and returns the file's URL.
    @discardableResult
    public func write(_ relativePath: String, bytes: Data) throws -> URL {
        let file = url.appending(path: relativePath, directoryHint: .notDirectory)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        return file
    }

    /// Writes `text` as UTF-8 to `relativePath` (folders made as needed) and returns the
    /// file's URL.
    @discardableResult
    public func write(_ relativePath: String, text: String) throws -> URL {
        try write(relativePath, bytes: Data(text.utf8))
    }

    /// An ``Intake/InputFile`` with its size for a file already written, as a source would
    /// hand it over.
    public func inputFile(_ relativePath: String, sequenceNumber: Int = 0) throws -> InputFile {
        let file = url.appending(path: relativePath, directoryHint: .notDirectory)
        let size = try FileManager.default.attributesOfItem(atPath: file.path(percentEncoded: false))[.size] as? NSNumber
        return InputFile(url: file, displayPath: path(relativePath), pathInSource: relativePath, size: size?.int64Value ?? 0, sequenceNumber: sequenceNumber)
    }

    private static func trimmingTrailingSlashes(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}

extension TemporaryFolder {
    /// The files a walk of this folder (or of its folder `subfolder`) lists, by file name,
    /// each with the identity the walk saw.
    public func listedFiles(_ subfolder: String? = nil) async -> [String: InputFile] {
        var files: [String: InputFile] = [:]
        for await entry in FolderSource(paths: [subfolder.map { path($0) } ?? path]) {
            if case .file(let file) = entry { files[file.fileName] = file }
        }
        return files
    }
}
