/// Why a document was deliberately not processed further.
///
/// The code is stable and machine-readable (it goes into reports); the message is for people.
/// Custom stages make their own reasons with ``init(code:message:)``.
public struct SkipReason: Sendable, Hashable, CustomStringConvertible {
    /// A stable snake_case code, such as `empty_file`.
    public let code: String
    /// What happened, in words an operator understands.
    public let message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }

    /// The file has no bytes.
    public static let emptyFile = SkipReason(code: "empty_file", message: "the file is empty")

    /// No stage can read text from this type of file.
    public static func unsupportedType(_ mimeType: String) -> SkipReason {
        SkipReason(code: "unsupported_type", message: "no text extractor for \(mimeType)")
    }

    /// A paged document whose pages carry no text layer (a scan); it needs OCR first.
    public static func noText(pages: Int) -> SkipReason {
        SkipReason(
            code: "no_text",
            message: "none of the \(pages) page\(pages == 1 ? "" : "s") has a text layer (scanned or image-only; needs OCR)"
        )
    }

    /// A scan whose recognised words fall below the recognizer's confidence threshold: its
    /// text would be a guess, so the document is not classified from it.
    public static func ocrLowConfidence(_ recognition: TextRecognition) -> SkipReason {
        let pages = recognition.pages.count
        return SkipReason(
            code: "ocr_low_confidence",
            message: "OCR of \(pages) page\(pages == 1 ? "" : "s") found \(recognition.words) words with a mean confidence of "
                + "\(Int((recognition.meanConfidence * 100).rounded()))%, below the \(Int((recognition.minimumConfidence * 100).rounded()))% trusted"
        )
    }

    /// A text document whose text is empty once white space is removed.
    public static let blankText = SkipReason(code: "no_text", message: "the document holds no text, only white space")

    /// A symbolic link inside a walked folder; links are not followed.
    public static func symbolicLink(to target: String) -> SkipReason {
        SkipReason(code: "symlink", message: "symbolic link to \(target) is not followed")
    }

    /// A FIFO, socket or device found in a walked folder.
    public static let notRegularFile = SkipReason(code: "not_regular_file", message: "not a regular file (a FIFO, socket or device)")
}
