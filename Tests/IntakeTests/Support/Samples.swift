import Foundation
import IntakeTestFixtures

/// The samples the core alone can read, for the core's tests.
extension Samples {
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
