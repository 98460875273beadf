import Foundation

/// The package's `samples/` folder and the outcome each file in it must get, found from
/// this file's path so that tests run from any working directory.
public enum Samples {
    /// The package's root folder.
    public static let packageRoot = URL(filePath: #filePath)
        .deletingLastPathComponent()  // IntakeTestFixtures
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    /// The `samples/` folder; its `path(percentEncoded:)` has no trailing slash.
    public static let root = packageRoot.appending(path: "samples")

    /// A sample file by its path inside `samples/`, as the expectations table names it.
    public static func url(_ pathInSamples: String) -> URL {
        root.appending(path: pathInSamples, directoryHint: .notDirectory)
    }

    /// The bytes of a sample file.
    public static func bytes(_ pathInSamples: String) throws -> Data {
        try Data(contentsOf: url(pathInSamples))
    }

    /// One row of `Tests/Fixtures/samples-expected.tsv`: the outcome one sample must get.
    public struct Expectation: Sendable, CustomStringConvertible {
        /// The file's path inside `samples/`.
        public let path: String
        /// The outcome's status: `stored`, `duplicate`, `skipped` or `failed`.
        public let status: String
        /// The attachment type, `nil` where the table says `-`.
        public let type: String?
        /// The skip reason's or the error's code, `nil` where the table says `-`.
        public let reason: String?

        public var description: String { path }

        /// The file name's extension, lowercased (empty without one).
        public var fileExtension: String { (path as NSString).pathExtension.lowercased() }
    }

    /// Every row of the expectations table, in its order; empty if it cannot be read.
    public static let expectations: [Expectation] = {
        let tableURL = packageRoot.appending(path: "Tests/Fixtures/samples-expected.tsv")
        guard let table = try? String(contentsOf: tableURL, encoding: .utf8) else { return [] }
        return table.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Expectation(
                path: fields[0],
                status: fields[1],
                type: fields[2] == "-" ? nil : fields[2],
                reason: fields[3] == "-" ? nil : fields[3]
            )
        }
    }()
}
