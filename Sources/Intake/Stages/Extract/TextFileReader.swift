import Foundation

/// Reads a text file's bytes, within a size limit, on the blocking pool.
enum TextFileReader {
    /// Text files above this size are refused: a "text" that large is a log or a data dump,
    /// not a candidate's document, and holding it in memory would not be bounded.
    static let maximumBytes = ExtractedText.maximumBytes

    static func read(_ file: InputFile, context: StageContext) async throws -> Data {
        try await context.blocking.run {
            guard let handle = FileHandle(forReadingAtPath: file.path) else {
                throw UnreadableFileError(path: file.displayPath)
            }
            defer { try? handle.close() }
            let data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
            guard data.count <= maximumBytes else {
                throw TextTooLargeError(limit: maximumBytes)
            }
            return data
        }
    }
}

/// A file that could not be opened for reading.
struct UnreadableFileError: ReportableError {
    let path: String
    var code: String { "unreadable" }
    var message: String { "cannot open \(path) for reading" }
}

/// A text file above ``TextFileReader/maximumBytes``.
struct TextTooLargeError: ReportableError {
    let limit: Int
    var code: String { "text_too_large" }
    var message: String { "text files over \(limit / 1024 / 1024) MiB are not read" }
}
