import Foundation

/// Reads a text file's bytes, within a size limit, on the blocking pool: opened as its
/// source listed it, and unchanged after the read (``OpenedFile``).
enum TextFileReader {
    /// Text files above this size are refused: a "text" that large is a log or a data dump,
    /// not a candidate's document, and holding it in memory would not be bounded.
    static let maximumBytes = ExtractedText.maximumBytes

    static func read(_ file: InputFile, context: StageContext) async throws -> Data {
        try await context.blocking.run {
            let opened = try OpenedFile.open(file)
            // The size is known: a file over the limit is refused before a byte is read.
            guard opened.identity.size <= maximumBytes else {
                throw TextTooLargeError(limit: maximumBytes)
            }
            let bytes = try opened.read(upTo: Int(opened.identity.size) + 1, at: 0)
            guard bytes.count <= maximumBytes else {
                throw TextTooLargeError(limit: maximumBytes)
            }
            try opened.verifyUnchanged()
            return Data(bytes)
        }
    }
}

/// A text file above ``TextFileReader/maximumBytes``.
struct TextTooLargeError: ReportableError {
    let limit: Int
    var code: String { "text_too_large" }
    var message: String { "text files over \(limit / 1024 / 1024) MiB are not read" }
}
