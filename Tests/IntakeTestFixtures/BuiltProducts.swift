import Foundation

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
