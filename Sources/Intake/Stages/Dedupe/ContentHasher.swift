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
        let normalised = normalisedUTF8(text)
        guard hasAtLeast(minimumNormalisedLength, charactersIn: normalised) else { return nil }
        return SHA256.hash(data: normalised).hexString
    }

    /// Texts shorter than this (after normalising) are not compared: two one-line notes
    /// saying "Open to remote work" are not the same document.
    public static let minimumNormalisedLength = 200

    /// The normalised text, as a string.
    static func normalise(_ text: String) -> String {
        String(decoding: normalisedUTF8(text), as: UTF8.self)
    }

    /// The normalised text's UTF-8: each scalar lowercased as `String.lowercased()` does
    /// (scalar by scalar, by its full lowercase mapping), letters and digits kept, every
    /// run of anything else one space, none at either end.
    ///
    /// Written straight into bytes, ASCII without decoding: a text of a megabyte is
    /// walked once, with no lowercased copy, no scalar view and no grapheme breaking.
    static func normalisedUTF8(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func keep(_ scalar: Unicode.Scalar) {
            if isLetterOrDigit(scalar) {
                if pendingSpace && !output.isEmpty { output.append(0x20) }
                pendingSpace = false
                output.append(contentsOf: UTF8.encode(scalar)!)
            } else {
                pendingSpace = true
            }
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39:
                if pendingSpace && !output.isEmpty { output.append(0x20) }
                pendingSpace = false
                output.append(UInt8(scalar.value))
            case 0x41...0x5A:
                if pendingSpace && !output.isEmpty { output.append(0x20) }
                pendingSpace = false
                output.append(UInt8(scalar.value) + 0x20)
            case 0..<0x80:
                pendingSpace = true
            default:
                let lowered = scalar.properties.lowercaseMapping.unicodeScalars
                if lowered.count == 1, lowered.first == scalar {
                    keep(scalar)
                } else {
                    for mapped in lowered { keep(mapped) }
                }
            }
        }
        return output
    }

    /// Whether `utf8` holds at least `count` characters: walks no further than that.
    static func hasAtLeast(_ count: Int, charactersIn utf8: [UInt8]) -> Bool {
        // Characters are never more than bytes: a short text is settled without decoding.
        guard utf8.count >= count else { return false }
        // A prefix cut inside a character has at most one character more than it would
        // whole (the cut's replacement), so `count + 1` in the prefix settles it.
        let prefixLength = min(utf8.count, 4096)
        if atLeast(prefixLength == utf8.count ? count : count + 1, in: String(decoding: utf8[..<prefixLength], as: UTF8.self)) {
            return true
        }
        return prefixLength == utf8.count ? false : atLeast(count, in: String(decoding: utf8, as: UTF8.self))
    }

    private static func atLeast(_ count: Int, in text: String) -> Bool {
        text.index(text.startIndex, offsetBy: count, limitedBy: text.endIndex) != nil
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x61...0x7A, 0x30...0x39: true
        case 0..<0x80: false
        default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }
}
