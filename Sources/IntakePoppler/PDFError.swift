import CPoppler
import Intake

/// Why a PDF's text could not be read.
///
/// Thrown by ``PDFTextExtractor``; the runner reports the file as failed with ``code``:
/// - `pdf_encrypted`: the PDF needs a user password to open;
/// - `pdf_damaged`: poppler cannot parse it: truncated, damaged, or not a PDF at all
///   (poppler cannot tell those apart, so a sniffing stage should come first);
/// - `unreadable`: the file could not be opened (missing, no permission).
public struct PDFError: ReportableError, Hashable {
    public let code: String
    public let message: String

    static let encrypted = PDFError(code: "pdf_encrypted", message: "the PDF is protected by a password")

    static func damaged(_ detail: String) -> PDFError {
        PDFError(code: "pdf_damaged", message: "the PDF is damaged or is not a PDF (poppler: \(detail))")
    }

    static func unreadable(_ path: String, _ detail: String) -> PDFError {
        PDFError(code: "unreadable", message: "cannot open \(path): \(detail)")
    }

    /// Turns a `GError` from poppler-glib or glib into a `PDFError`, and frees the `GError`.
    ///
    /// Errors of poppler's own domain describe the document; any other domain (glib's file,
    /// conversion or I/O errors) means the file itself could not be reached.
    static func consuming(_ error: UnsafeMutablePointer<GError>, path: String) -> PDFError {
        defer { g_error_free(error) }
        let detail = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        guard error.pointee.domain == poppler_error_quark() else {
            return .unreadable(path, detail)
        }
        if error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
            return .encrypted
        }
        return .damaged(detail)
    }
}
