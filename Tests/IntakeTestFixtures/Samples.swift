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

    /// Every row of the expectations table, in its order, as the tool ends them: with
    /// OCR in its parser workers. Empty if the table cannot be read.
    public static let expectations: [Expectation] = table(withOCR: true)

    /// The same rows as a pipeline without OCR ends them: in process (which never
    /// recognises), or in workers started without it. The scanned resume is then `no_text`.
    public static let expectationsWithoutOCR: [Expectation] = table(withOCR: false)

    private static func table(withOCR: Bool) -> [Expectation] {
        let tableURL = packageRoot.appending(path: "Tests/Fixtures/samples-expected.tsv")
        guard let table = try? String(contentsOf: tableURL, encoding: .utf8) else { return [] }
        return table.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            // `without_ocr`: `status/reason` where OCR makes the difference.
            if !withOCR, fields.count > 4, fields[4] != "-" {
                let outcome = fields[4].split(separator: "/").map(String.init)
                return Expectation(path: fields[0], status: outcome[0], type: nil, reason: outcome.count > 1 ? outcome[1] : nil)
            }
            return Expectation(
                path: fields[0],
                status: fields[1],
                type: fields[2] == "-" ? nil : fields[2],
                reason: fields[3] == "-" ? nil : fields[3]
            )
        }
    }
}
