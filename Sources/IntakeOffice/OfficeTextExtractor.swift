import Intake

/// Reads the text of DOCX (Word) and ODT (LibreOffice Writer) documents, for `ExtractText`.
///
/// ```swift
/// let pipeline = Pipeline {
///     SniffMIME()
///     ExtractText(PDFTextExtractor(), OfficeTextExtractor())
/// }
/// ```
///
/// It takes the DOCX and ODT MIME types and `application/zip`, which libmagic says of some
/// DOCX and ODT files (it decides from the order of the parts in the archive). Whatever
/// the type, it looks inside: a `word/document.xml` makes a DOCX; a `mimetype` entry
/// saying ODT, or a `content.xml`, an ODT; any other zip archive fails with
/// `unsupported_archive`. A note says which format was read and how many paragraphs it
/// holds. Paragraphs end with a line break; tabs and line breaks inside them are kept.
///
/// The old binary Word format (`.doc`, `application/msword`) is not read: `ExtractText`
/// skips it as `unsupported_type`.
///
/// Failures throw ``OfficeError``: `office_encrypted`, `office_damaged`,
/// `office_too_large`, `unsupported_archive` or `unreadable`.
///
/// A DOCX or ODT is a zip archive, and a zip archive can lie: only the directory at its
/// end and the parts needed are read, one part is never inflated past
/// ``maximumEntryBytes`` nor past the size its header declares (a zip bomb is refused
/// after a few bytes), and XML declaring a DTD is refused, so no entity is expanded or
/// fetched. Reading stops once the text passes ``maximumTextBytes``, with a note: as
/// with PDFs, the text only serves to classify and compare the document, which is
/// delivered whole.
///
/// The whole document is read in one job on `StageContext.blocking`.
public struct OfficeTextExtractor: TextExtractor {
    public let name = "office"

    /// The MIME types this extractor takes.
    public static let mimeTypes: Set<String> = [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        OfficeFormat.odtMIMEType,
        "application/zip",
    ]

    /// The most bytes one part of the archive may hold, once inflated, to be read.
    public let maximumEntryBytes: Int
    /// The XML is read until the text passes this many UTF-8 bytes.
    public let maximumTextBytes: Int

    /// Creates the extractor.
    ///
    /// - Parameters:
    ///   - maximumEntryBytes: bounds the memory one part may take once inflated (64 MiB by
    ///     default; Word's own limit for a document's text part is far below).
    ///   - maximumTextBytes: bounds the text read from one document (1 MiB by default).
    public init(maximumEntryBytes: Int = 64 << 20, maximumTextBytes: Int = 1 << 20) {
        self.maximumEntryBytes = maximumEntryBytes
        self.maximumTextBytes = maximumTextBytes
    }

    public func canExtract(mimeType: String) -> Bool {
        Self.mimeTypes.contains(mimeType)
    }

    public func extract(from file: InputFile, mimeType: String, context: StageContext) async throws -> ExtractedText {
        let maximumEntryBytes = maximumEntryBytes
        let maximumTextBytes = maximumTextBytes
        return try await context.blocking.run { cancellation in
            try cancellation.check()
            return try Self.readText(
                of: try OpenedFile.open(file),
                maximumEntryBytes: maximumEntryBytes, maximumTextBytes: maximumTextBytes,
                checkingBeforeParsing: cancellation.check
            )
        }
    }

    /// Reads the archive in `file` (opened as its source listed it), finds the format and
    /// reads the text part, all on the calling thread.
    ///
    /// `check` is called once the part is inflated, before its XML is parsed; it throws to
    /// stop (`CancellationError` from the blocking pool's cancellation).
    static func readText(
        of file: OpenedFile,
        maximumEntryBytes: Int = 64 << 20,
        maximumTextBytes: Int = 1 << 20,
        checkingBeforeParsing check: () throws -> Void = {}
    ) throws -> ExtractedText {
        let archive = try ZipArchive(file, maximumEntryBytes: maximumEntryBytes)
        let (format, declaredType) = try OfficeFormat.detect(in: archive)
        if format == .odt {
            try refuseEncryptedODT(archive)
        }
        guard let part = archive.entry(named: format.textPart) else {
            throw OfficeError.damaged("the \(format.rawValue) document has no \(format.textPart)")
        }
        let bytes = try archive.contents(of: part)
        try check()

        let builder: OfficeTextBuilder
        switch format {
        case .docx:
            let collector = WordprocessingMLCollector(maximumTextBytes: maximumTextBytes)
            try OfficeXMLReader.parse(bytes, partName: part.name, collector: collector)
            builder = collector.builder
        case .odt:
            let collector = OpenDocumentTextCollector(maximumTextBytes: maximumTextBytes)
            try OfficeXMLReader.parse(bytes, partName: part.name, collector: collector)
            builder = collector.builder
        }

        let paragraphs = builder.paragraphCount
        var notes = ["\(format.rawValue): \(paragraphs) paragraph\(paragraphs == 1 ? "" : "s")"]
        if let declaredType {
            notes.append("the archive's mimetype entry says \(declaredType); its content.xml was read as ODT")
        }
        if builder.isFull {
            notes.append("text limit of \(maximumTextBytes) bytes reached: read the first \(paragraphs) paragraphs (the file itself is delivered whole)")
        }
        // A text cut at the limit is not the whole document's: no `same_text` claim for it.
        return ExtractedText(text: builder.finishedText, pageCount: nil, pagesRead: nil, isComplete: !builder.isFull, notes: notes)
    }

    /// An ODT saved with a password keeps its zip entries plain but encrypts the parts
    /// themselves, and says so in its manifest: refused here with `office_encrypted`, not
    /// later as XML that does not parse.
    private static func refuseEncryptedODT(_ archive: ZipArchive) throws(OfficeError) {
        guard let manifest = archive.entry(named: "META-INF/manifest.xml") else { return }
        let bytes = try archive.contents(of: manifest)
        let marker = Array("encryption-data".utf8)
        guard bytes.count >= marker.count else { return }
        for start in 0...(bytes.count - marker.count) where bytes[start] == marker[0] {
            if bytes[start..<start + marker.count].elementsEqual(marker) {
                throw OfficeError.encrypted("its manifest says the content is encrypted")
            }
        }
    }
}
