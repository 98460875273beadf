/// Reads the text of one kind of file for ``ExtractText``.
///
/// Intake ships extractors for plain text, Markdown, HTML, JSON and RTF in this module, one
/// for PDF in `IntakePoppler` and one for DOCX and ODT in `IntakeOffice`; write your own
/// for any other format and hand it to `init(_:)`.
///
/// # Implementation requirements
/// - ``canExtract(mimeType:)`` must be cheap and pure: it is asked for every file.
/// - ``extract(from:mimeType:context:)`` throws a ``ReportableError`` for a file it cannot
///   read (encrypted, damaged), so the report says why. It runs blocking work on
///   ``StageContext/blocking``.
/// - Return the text as found; ``ExtractText`` decides what an empty text means.
public protocol TextExtractor: Sendable {
    /// A short name for the trail, such as `pdf` or `html`.
    var name: String { get }

    /// Whether this extractor reads files of `mimeType`.
    func canExtract(mimeType: String) -> Bool

    /// Reads the text of `file`.
    func extract(from file: InputFile, mimeType: String, context: StageContext) async throws -> ExtractedText
}

/// What a ``TextExtractor`` read from a file.
public struct ExtractedText: Sendable, Hashable {
    /// The most text, in UTF-8 bytes, a text file may hold: larger ones are refused
    /// (`text_too_large`). Candidates' documents are far smaller; the limit keeps memory
    /// per file in flight bounded.
    public static let maximumBytes = 32 * 1024 * 1024

    /// The text, with pages (if any) separated by a form feed (`\u{0C}`), as `pdftotext` does.
    public var text: String
    /// The number of pages, for paged formats.
    public var pageCount: Int?
    /// How many pages, from the first, ``text`` holds, for paged formats: fewer than
    /// ``pageCount`` when a budget stopped the reading. `nil` means every page.
    public var pagesRead: Int?
    /// Whether ``text`` is the whole document's text. A text cut short (a page budget, a
    /// size limit) still serves to classify, but never to say that two documents have the
    /// same text.
    public var isComplete: Bool
    /// Notes for the trail, such as the encoding a text was decoded from.
    public var notes: [String]
    /// What OCR did, when the text (or part of it) was recognised rather than read.
    public var recognition: TextRecognition?

    public init(text: String, pageCount: Int? = nil, notes: [String] = []) {
        self.init(text: text, pageCount: pageCount, pagesRead: nil, isComplete: true, notes: notes)
    }

    /// A text that may be cut short: `pagesRead` of `pageCount` pages, `isComplete` false
    /// when it is not the whole document's text.
    public init(
        text: String, pageCount: Int?, pagesRead: Int?, isComplete: Bool, notes: [String] = [], recognition: TextRecognition? = nil
    ) {
        self.text = text
        self.pageCount = pageCount
        self.pagesRead = pagesRead
        self.isComplete = isComplete
        self.notes = notes
        self.recognition = recognition
    }

    /// The pages the text stands for: those read, or all of them.
    public var pagesInText: Int? { pagesRead ?? pageCount }
}
