import Foundation

/// The package's `samples/` folder and the expected outcome of each file in it, found from
/// this file's path so that the tests run from any working directory.
enum Samples {
    static let packageRoot = URL(filePath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // IntakeTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    static let root = packageRoot.appending(path: "samples", directoryHint: .isDirectory)

    /// A sample file by its path inside `samples/`.
    static func url(_ pathInSamples: String) -> URL {
        root.appending(path: pathInSamples, directoryHint: .notDirectory)
    }

    /// One line of `Tests/Fixtures/samples-expected.tsv`.
    struct Expectation: Sendable, CustomStringConvertible {
        let path: String
        let status: String
        let type: String?
        let reason: String?

        var description: String { path }
        var fileExtension: String { (path as NSString).pathExtension.lowercased() }
    }

    /// Every line of the expectations table, in its order.
    static let expectations: [Expectation] = {
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

    /// Whether the file's bytes are a PDF, whatever its name says.
    static func isPDF(_ pathInSamples: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: url(pathInSamples).path(percentEncoded: false)) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 5)) == Data("%PDF-".utf8)
    }

    /// The samples the core alone can read: stored text files (plain text, Markdown, HTML,
    /// JSON) whose bytes are text. Excluded: PDFs (no PDF reader in the core), including
    /// `history.txt`, a PDF saved with a `.txt` name, and the empty file.
    static let textExpectations: [Expectation] = expectations.filter {
        ["txt", "md", "html", "json"].contains($0.fileExtension) && $0.type != nil && !isPDF($0.path)
    }
}
