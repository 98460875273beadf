import Intake

/// Reads the text of PDFs with poppler, page by page, for `ExtractText`.
///
/// ```swift
/// let pipeline = Pipeline {
///     SniffMIME()
///     ExtractText(PDFTextExtractor())
/// }
/// ```
///
/// Pages are joined with a form feed (`\u{0C}`), as `pdftotext` separates them, and the
/// page count is kept. A PDF whose pages hold no text layer (a scan) gives empty text with
/// its page count, which `ExtractText` ends as `skipped`, `no_text`.
///
/// Failures throw ``PDFError``: `pdf_encrypted`, `pdf_damaged` (which includes data that
/// is not a PDF) or `unreadable`.
///
/// The whole document is read in one job on `StageContext.blocking`. Cancellation is
/// checked between pages (a page call cannot be interrupted), so cancelling a
/// 20,000-page document stops within one page.
///
/// **The page budget.** The text serves to classify the document and to compare it with
/// others; the file itself is delivered whole. So a PDF is read only as far as that needs:
/// - a document of at most ``maximumPages`` pages (20 by default: nearly every candidate's
///   document) is read whole, so its text is complete and can make a `same_text` duplicate;
/// - a longer one is read from its first page until the text holds what the classifier
///   reads (``charactersWanted``, the classifier's window) and reads as words (the
///   text-quality verdict, which a table of contents alone fails), and never past
///   ``maximumPages`` pages. Its text is incomplete (`ExtractedText.isComplete`), and
///   `Deduplicate` makes no `same_text` claim for it. A 20,000-page manual costs what its
///   first pages cost.
///
/// `maximumPages` 0 reads every page. Whatever the budget, reading stops once the text
/// passes ``maximumTextBytes`` (1 MiB), which bounds the memory of a file in flight.
public struct PDFTextExtractor: TextExtractor {
    public let name = "pdf"

    /// The default page budget: documents up to this long are read whole.
    public static let defaultMaximumPages = 20

    /// Documents of up to this many pages are read whole; longer ones up to this many
    /// pages, or fewer once ``charactersWanted`` are read. 0: every page.
    public let maximumPages: Int
    /// A longer document's reading stops once its text holds this many characters.
    public let charactersWanted: Int
    /// Pages are read until the text passes this many UTF-8 bytes.
    public let maximumTextBytes: Int

    /// Creates the extractor.
    ///
    /// - Parameters:
    ///   - maximumPages: the page budget; 0 reads every page.
    ///   - charactersWanted: where a document longer than the budget stops: by default
    ///     the classifier's window, `TextClassifier.maximumCharacters`.
    ///   - maximumTextBytes: bounds the text read from one PDF.
    public init(
        maximumPages: Int = Self.defaultMaximumPages, charactersWanted: Int = TextClassifier.maximumCharacters,
        maximumTextBytes: Int = 1 << 20
    ) {
        self.maximumPages = max(0, maximumPages)
        self.charactersWanted = charactersWanted
        self.maximumTextBytes = maximumTextBytes
    }

    public func canExtract(mimeType: String) -> Bool {
        mimeType == "application/pdf" || mimeType == "application/x-pdf"
    }

    public func extract(from file: InputFile, mimeType: String, context: StageContext) async throws -> ExtractedText {
        let budget = self
        return try await context.blocking.run { cancellation in
            try budget.readText(of: file, checkingBetweenPages: cancellation.check)
        }
    }

    /// Opens the PDF (as its source listed it, ``OpenedFile``), reads its pages within the
    /// budget and releases it, all on the calling thread.
    ///
    /// `check` is called before opening and before each page; it throws to stop
    /// (`CancellationError` from the blocking pool's cancellation).
    func readText(of file: InputFile, checkingBetweenPages check: () throws -> Void) throws -> ExtractedText {
        try check()
        let pdf = try PopplerPDF(try OpenedFile.open(file))
        let pageCount = pdf.pageCount
        let pagesAllowed = maximumPages == 0 ? pageCount : min(pageCount, maximumPages)
        let readsWhole = pagesAllowed == pageCount
        var text = ""
        var characters = 0
        var pagesWithoutText = 0
        var pagesRead = 0
        var reachedByteLimit = false
        // Where the text stood when its quality was last judged: judged again only once it
        // has grown by a quarter, so that a long text that never reads as words costs a
        // few passes, not one a page.
        var judgedAtBytes = 0
        for index in 0..<pagesAllowed {
            try check()
            let page = try pdf.text(ofPageAt: index)
            if index > 0 { text.append("\u{0C}") }
            text.append(page)
            pagesRead += 1
            if page.allSatisfy(\.isWhitespace) { pagesWithoutText += 1 }
            if text.utf8.count > maximumTextBytes {
                reachedByteLimit = pagesRead < pageCount
                break
            }
            // Counted only where it decides when to stop: a walk over every character
            // of every page would cost a document read whole for nothing.
            if !readsWhole { characters += page.count }
            // A document read whole is read to its end, for dedupe; a longer one only
            // until the classifier has its window and the text reads as words. The second
            // matters for manuals: their first pages (a table of contents, dot leaders and
            // page numbers) read as garbled until the prose starts.
            if !readsWhole && characters >= charactersWanted && text.utf8.count >= judgedAtBytes + judgedAtBytes / 4 {
                if TextQuality.assess(text, pageCount: pagesRead).isReadable { break }
                judgedAtBytes = text.utf8.count
            }
        }

        let isComplete = pagesRead == pageCount
        if pagesWithoutText == pagesRead {
            // Only form feeds between empty pages: say "no text" plainly.
            return ExtractedText(text: "", pageCount: pageCount, pagesRead: isComplete ? nil : pagesRead, isComplete: isComplete)
        }
        var notes: [String] = []
        if pagesWithoutText > 0 {
            notes.append("\(pagesWithoutText) of \(pagesRead) pages read have no text layer")
        }
        if reachedByteLimit {
            notes.append("text limit of \(maximumTextBytes) bytes reached: read \(pagesRead) of \(pageCount) pages (the file itself is delivered whole)")
        } else if !isComplete {
            notes.append("page budget: read \(pagesRead) of \(pageCount) pages, as many as classification needs (the file itself is delivered whole)")
        }
        return ExtractedText(text: text, pageCount: pageCount, pagesRead: isComplete ? nil : pagesRead, isComplete: isComplete, notes: notes)
    }

    /// ``readText(of:checkingBetweenPages:)`` with every page allowed and `maximumTextBytes`.
    static func readText(
        of file: InputFile,
        maximumTextBytes: Int = 1 << 20,
        checkingBetweenPages check: () throws -> Void
    ) throws -> ExtractedText {
        try PDFTextExtractor(maximumPages: 0, maximumTextBytes: maximumTextBytes).readText(of: file, checkingBetweenPages: check)
    }
}
