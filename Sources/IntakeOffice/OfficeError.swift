import Intake

/// Why the text of a DOCX or ODT file could not be read.
///
/// Thrown by ``OfficeTextExtractor``; the runner reports the file as failed with ``code``:
/// - `office_encrypted`: the document is protected by a password (a zip entry is encrypted,
///   or an ODT's manifest says its content is);
/// - `office_damaged`: the zip archive or the XML inside it is truncated or damaged: no
///   central directory, an entry whose data or checksum does not match its header, an
///   entry that inflates to more than its header declares (a zip bomb), XML that does not
///   parse or that declares a DTD;
/// - `office_too_large`: the part holding the text is larger than the extractor reads;
/// - `unsupported_archive`: a zip archive that is neither a DOCX nor an ODT document, or
///   one this reader does not take apart (ZIP64, split over several files, compressed
///   with a method other than deflate);
/// - `unreadable`: the file could not be opened or read.
public struct OfficeError: ReportableError, Hashable {
    public let code: String
    public let message: String

    static func encrypted(_ detail: String) -> OfficeError {
        OfficeError(code: "office_encrypted", message: "the document is protected by a password (\(detail))")
    }

    static func damaged(_ detail: String) -> OfficeError {
        OfficeError(code: "office_damaged", message: "the document is damaged or truncated: \(detail)")
    }

    static func tooLarge(_ detail: String) -> OfficeError {
        OfficeError(code: "office_too_large", message: detail)
    }

    static let neitherDOCXNorODT = OfficeError(
        code: "unsupported_archive",
        message: "a zip archive that is neither a DOCX nor an ODT document"
    )

    static func unsupportedArchive(_ detail: String) -> OfficeError {
        OfficeError(code: "unsupported_archive", message: detail)
    }

    static func unreadable(_ path: String, _ detail: String) -> OfficeError {
        OfficeError(code: "unreadable", message: "cannot read \(path): \(detail)")
    }
}
