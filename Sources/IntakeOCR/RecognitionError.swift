import Intake

/// Why OCR could not read a file.
public enum RecognitionError: ReportableError, Equatable {
    /// Tesseract or its language data is missing.
    case unavailable(String)
    /// The image's bytes cannot be decoded.
    case undecodable(String)
    /// The image is larger than a scan of a document can be: refused before it is decoded.
    case imageTooLarge(width: Int, height: Int, maximumPixels: Int)
    /// Tesseract gave up on a page.
    case failed(String)

    public var code: String {
        switch self {
        case .unavailable: "ocr_unavailable"
        case .undecodable: "image_damaged"
        case .imageTooLarge: "image_too_large"
        case .failed: "ocr_failed"
        }
    }

    public var message: String {
        switch self {
        case .unavailable(let reason), .undecodable(let reason), .failed(let reason):
            reason
        case .imageTooLarge(let width, let height, let maximumPixels):
            "the image is \(width)×\(height) pixels, more than the \(maximumPixels) a scan is allowed"
        }
    }
}
