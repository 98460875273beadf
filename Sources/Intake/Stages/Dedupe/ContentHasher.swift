import Crypto
import Foundation

/// Hashes for deduplication: SHA-256 of a file's bytes, read in chunks, and SHA-256 of a
/// text's normalised words.
public enum ContentHasher {
    /// Size of each read: large enough for the disk to stream, small enough that memory
    /// per file in flight stays at one chunk whatever the file's size.
    static let chunkSize = 1 << 20

    /// SHA-256 of the file's bytes as lowercase hex, read chunk by chunk on the blocking
    /// pool; cancellation is checked between chunks.
    ///
    /// The file is opened as its source listed it (``OpenedFile``), and must be unchanged
    /// after the last byte: a file still being written fails with `file_changed` rather
    /// than give a hash of bytes that are not the file's.
    public static func sha256(of file: InputFile, context: StageContext) async throws -> String {
        try await context.blocking.run { cancellation in
            let opened = try OpenedFile.open(file)
            var hasher = SHA256()
            var offset: Int64 = 0
            while true {
                try cancellation.check()
                let chunk = try opened.read(upTo: chunkSize, at: offset)
                if chunk.isEmpty { break }
                hasher.update(data: chunk)
                offset += Int64(chunk.count)
            }
            try opened.verifyUnchanged()
            return hasher.finalize().hexString
        }
    }

    /// SHA-256 of the text's normalised words, or `nil` when the text is too short for a
    /// match to mean anything (under ``minimumNormalisedLength`` characters).
    ///
    /// Normalised: case folded, letters and digits only, every run of anything else made
    /// one space. A PDF exported again, or the same text saved as Markdown and as HTML,
    /// gives the same words and so the same hash, while their bytes differ.
    public static func normalisedTextSHA256(of text: String) -> String? {
        let normalised = normalise(text)
        guard normalised.count >= minimumNormalisedLength else { return nil }
        return SHA256.hash(data: Data(normalised.utf8)).hexString
    }

    /// Texts shorter than this (after normalising) are not compared: two one-line notes
    /// saying "Open to remote work" are not the same document.
    public static let minimumNormalisedLength = 200

    static func normalise(_ text: String) -> String {
        // Unicode scalars, not Characters: grapheme breaking is the slow part of walking a
        // String, and a letter is a letter whichever way its accents are attached.
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if isLetterOrDigit(scalar) {
                if pendingSpace && !output.isEmpty { output.append(" ") }
                pendingSpace = false
                output.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(output)
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x61...0x7A, 0x30...0x39: true
        case 0..<0x80: false
        default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }
}
