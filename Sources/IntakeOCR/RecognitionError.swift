import Intake

/// Why OCR could not read a file.
public enum RecognitionError: ReportableError, Equatable {
    /// Tesseract or its language data is missing.
    case unavailable(String)
    /// The image's bytes cannot be decoded.
    case undecodable(String)
    /// The image is larger than a scan of a document can be: refused before it is decoded.
    case imageTooLarge(width: Int, height: Int, maximumPixels: Int)
    /// The image file is larger than the recognizer reads.
    case fileTooLarge(bytes: Int64, maximumBytes: Int)
    /// Tesseract gave up on a page.
    case failed(String)

    public var code: String {
        switch self {
        case .unavailable: "ocr_unavailable"
        case .undecodable: "image_damaged"
        case .imageTooLarge, .fileTooLarge: "image_too_large"
        case .failed: "ocr_failed"
        }
    }

    public var message: String {
        switch self {
        case .unavailable(let reason), .undecodable(let reason), .failed(let reason):
            reason
        case .imageTooLarge(let width, let height, let maximumPixels):
            "the image is \(width)×\(height) pixels, more than the \(maximumPixels) a scan is allowed"
        case .fileTooLarge(let bytes, let maximumBytes):
            "the image file is \(bytes) bytes, more than the \(maximumBytes) OCR reads"
        }
    }
}
