import Foundation

/// The office formats ``OfficeTextExtractor`` reads, told apart by the parts inside the
/// zip archive rather than by the file's name or its sniffed type.
enum OfficeFormat: String {
    /// Word's format since 2007 (Office Open XML, WordprocessingML).
    case docx = "DOCX"
    /// OpenDocument text, LibreOffice Writer's format.
    case odt = "ODT"

    /// The MIME type an ODT archive's `mimetype` entry holds.
    static let odtMIMEType = "application/vnd.oasis.opendocument.text"

    /// The part that holds the document's text.
    var textPart: String {
        switch self {
        case .docx: "word/document.xml"
        case .odt: "content.xml"
        }
    }

    /// What `archive` holds: a `word/document.xml` makes a DOCX; a `mimetype` entry saying
    /// ODT, or a `content.xml`, an ODT. Also returns what a `mimetype` entry says when it
    /// names another type, for a note.
    ///
    /// Anything else throws `unsupported_archive`.
    static func detect(in archive: ZipArchive) throws(OfficeError) -> (format: OfficeFormat, declaredType: String?) {
        if archive.entry(named: OfficeFormat.docx.textPart) != nil {
            return (.docx, nil)
        }
        var declaredType: String?
        // The entry is a few dozen bytes in any real file; a larger one is not a type name.
        if let entry = archive.entry(named: "mimetype"), entry.uncompressedSize <= 256 {
            let bytes = try archive.contents(of: entry)
            declaredType = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if declaredType == odtMIMEType {
            return (.odt, nil)
        }
        if archive.entry(named: OfficeFormat.odt.textPart) != nil {
            return (.odt, declaredType)
        }
        throw OfficeError.neitherDOCXNorODT
    }
}
