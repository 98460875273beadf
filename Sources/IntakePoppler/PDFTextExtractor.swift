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
/// Reading stops once the text passes ``maximumTextBytes`` (1 MiB by default), with a note
/// saying how many pages were read. The text only serves to classify the document and to
/// compare it with others — the file itself is delivered whole — and a megabyte of text is
/// hundreds of pages, far beyond any candidate's document. The limit keeps a 2,000-page
/// manual that lands in the inbox from costing seconds of CPU and megabytes per file.
public struct PDFTextExtractor: TextExtractor {
    public let name = "pdf"

    /// Pages are read until the text passes this many UTF-8 bytes.
    public let maximumTextBytes: Int

    /// Creates the extractor; `maximumTextBytes` bounds the text read from one PDF.
    public init(maximumTextBytes: Int = 1 << 20) {
        self.maximumTextBytes = maximumTextBytes
    }

    public func canExtract(mimeType: String) -> Bool {
        mimeType == "application/pdf" || mimeType == "application/x-pdf"
    }

    public func extract(from file: InputFile, mimeType: String, context: StageContext) async throws -> ExtractedText {
        let limit = maximumTextBytes
        return try await context.blocking.run { cancellation in
            try Self.readText(of: file, maximumTextBytes: limit, checkingBetweenPages: cancellation.check)
        }
    }

    /// Opens the PDF (as its source listed it, ``OpenedFile``), reads every page and
    /// releases it, all on the calling thread.
    ///
    /// `check` is called before opening and before each page; it throws to stop
    /// (`CancellationError` from the blocking pool's cancellation).
    static func readText(
        of file: InputFile,
        maximumTextBytes: Int = 1 << 20,
        checkingBetweenPages check: () throws -> Void
    ) throws -> ExtractedText {
        try check()
        let pdf = try PopplerPDF(try OpenedFile.open(file))
        let pageCount = pdf.pageCount
        var text = ""
        var pagesWithoutText = 0
        var pagesRead = 0
        for index in 0..<pageCount {
            try check()
            let page = try pdf.text(ofPageAt: index)
            if index > 0 { text.append("\u{0C}") }
            text.append(page)
            pagesRead += 1
            if page.allSatisfy(\.isWhitespace) { pagesWithoutText += 1 }
            if text.utf8.count > maximumTextBytes { break }
        }

        if pagesWithoutText == pagesRead {
            // Only form feeds between empty pages: say "no text" plainly.
            return ExtractedText(text: "", pageCount: pageCount)
        }
        var notes: [String] = []
        if pagesWithoutText > 0 {
            notes.append("\(pagesWithoutText) of \(pagesRead) pages read have no text layer")
        }
        if pagesRead < pageCount {
            notes.append("text limit of \(maximumTextBytes) bytes reached: read \(pagesRead) of \(pageCount) pages (the file itself is delivered whole)")
        }
        return ExtractedText(text: text, pageCount: pageCount, notes: notes)
    }
}
