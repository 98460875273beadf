import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Products SwiftPM built beside the test bundle.
public enum BuiltProducts {
    /// The `intake` executable, which also serves as the parser worker.
    public static var intakeExecutable: URL {
        URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "intake")
    }

    /// Whether `intake` was built (SwiftPM builds it with the tests).
    public static var hasIntakeExecutable: Bool {
        FileManager.default.isExecutableFile(atPath: intakeExecutable.path(percentEncoded: false))
    }
}

/// The hostile corpus that `scripts/make-hostile-corpus.py` writes.
public enum HostileFiles {
    /// `Tests/Fixtures/hostile`.
    public static let root = Samples.packageRoot.appending(path: "Tests/Fixtures/hostile")

    /// A file of the corpus, by name.
    public static func url(_ name: String) -> URL { root.appending(path: name) }
}

/// Files whose names are not UTF-8, which `FileManager` cannot name.
public enum RawNames {
    /// `caf\xE9 r\xE9sum\xE9.txt`: a Latin-1 name.
    public static let latin1Resume: [UInt8] = Array("caf".utf8) + [0xE9] + Array(" r".utf8) + [0xE9] + Array("sum".utf8) + [0xE9] + Array(".txt".utf8)
    /// `dossier-\xE9t\xE9`: a Latin-1 folder name.
    public static let latin1Folder: [UInt8] = Array("dossier-".utf8) + [0xE9, 0x74, 0xE9]

    /// Writes `text` to `folder` + `/` + `relativePath` (bytes), making the folders on the
    /// way; returns the file's absolute path in bytes.
    @discardableResult
    public static func write(_ text: String, to folder: URL, at relativePath: [UInt8]) throws -> [UInt8] {
        var root = Array(folder.path(percentEncoded: false).utf8)
        while root.count > 1 && root.last == UInt8(ascii: "/") { root.removeLast() }
        var prefix = root
        let parts = relativePath.split(separator: UInt8(ascii: "/"))
        for part in parts.dropLast() {
            prefix += [UInt8(ascii: "/")] + part
            _ = withCString(prefix) { mkdir($0, 0o755) }
        }
        let path = root + [UInt8(ascii: "/")] + relativePath
        let descriptor = withCString(path) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Glibc.write(descriptor, $0.baseAddress!, $0.count) }) == bytes.count else {
            throw CocoaError(.fileWriteUnknown)
        }
        return path
    }

    private static func withCString<Result>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> Result) -> Result {
        (path + [0]).withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }
}
