/// The extract stage: reads each document's text with the first ``TextExtractor`` that
/// takes its MIME type.
///
/// ```swift
/// // PDF from IntakePoppler, DOCX and ODT from IntakeOffice, then the built-in formats
/// ExtractText(PDFTextExtractor(), OfficeTextExtractor())
/// ```
///
/// Every text is assessed for quality (``TextQuality``): a scan, or text that is mostly
/// not words, is not passed on as if it were fine. When a ``TextRecognizer`` (OCR) is
/// given, it is asked to recover such a text first.
///
/// An image (no extractor reads it) goes to the recognizer when it takes the type.
///
/// Endings it decides:
/// - no extractor for the type, and no recognizer for it: `skipped`, `unsupported_type`;
/// - a recognised text whose mean word confidence is below the recognizer's threshold
///   (``TextRecognition/isConfident``): `skipped`, `ocr_low_confidence`;
/// - a paged document whose pages hold no text, or almost none (a scan): `skipped`,
///   `no_text`, with the page count kept on the document;
/// - a text that is only white space: `skipped`, `no_text`;
/// - a text that is mostly replacement characters, private-use glyphs, control codes or
///   symbols: `skipped`, `garbled_text`, with the measures.
///
/// An extractor's error (an encrypted or damaged PDF) fails the file with the
/// extractor's code.
public struct ExtractText: Stage {
    public let name = "extract"
    /// 2: YAML, CSV and RTF are read (built in), and DOCX and ODT with `IntakeOffice`'s
    /// extractor, and unreadable text is skipped; files of those types skipped as
    /// `unsupported_type` before go through again.
    ///
    /// 3: a text may be cut short by a page budget (``Document/pagesRead``,
    /// ``Document/textIsComplete``), and its quality is judged on the pages read.
    ///
    /// 4: images are handed to the recognizer (OCR) when there is one, a recognised text
    /// below the recognizer's confidence ends `ocr_low_confidence`; scans and images
    /// skipped before go through again.
    public var version: Int { 4 }

    /// The extractors asked in order: those given first, then the built-in ones.
    public let extractors: [any TextExtractor]

    /// The built-in extractors: JSON, YAML, CSV, HTML, Markdown, RTF and plain text. RTF
    /// comes before plain text, which takes every `text/*` type, since libmagic says `text/rtf`.
    public static let builtInExtractors: [any TextExtractor] = [
        JSONTextExtractor(), YAMLTextExtractor(), CSVTextExtractor(), HTMLTextExtractor(), MarkdownTextExtractor(),
        RTFTextExtractor(), PlainTextExtractor(),
    ]

    /// Asked to recover a text that is not readable (OCR); `nil` when there is none.
    public let recognizer: (any TextRecognizer)?

    /// Creates the stage with `extractors` asked before the built-in ones, and a
    /// `recognizer` for texts that are not readable.
    public init(_ extractors: any TextExtractor..., recognizer: (any TextRecognizer)? = nil) {
        self.init(extractors: extractors, recognizer: recognizer)
    }

    /// Creates the stage with `extractors`, followed by the built-in ones if
    /// `includingBuiltIns` is true, and a `recognizer` for texts that are not readable.
    public init(extractors: [any TextExtractor], includingBuiltIns: Bool = true, recognizer: (any TextRecognizer)? = nil) {
        self.extractors = extractors + (includingBuiltIns ? Self.builtInExtractors : [])
        self.recognizer = recognizer
    }

    public func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
        guard let mimeType = document.mimeType else {
            throw MissingMIMETypeError()
        }
        var extracted: ExtractedText
        var quality: TextQuality
        // Counted once: a walk over every character of up to a megabyte of text.
        var characters = 0
        if let extractor = extractors.first(where: { $0.canExtract(mimeType: mimeType) }) {
            extracted = try await extractor.extract(from: document.file, mimeType: mimeType, context: context)
            characters = extracted.text.count
            document.note("read by the \(extractor.name) extractor: \(characters) characters\(Self.pages(extracted))")
            extracted.notes.forEach { document.note($0) }
            // Judged on the pages read: a budget that read 12 pages of 20,000 must not make
            // the text look thin, page for page.
            quality = TextQuality.assess(extracted.text, pageCount: extracted.pagesInText)
        } else {
            // An image: no text to read, only to recognise.
            extracted = ExtractedText(text: "")
            quality = TextQuality.assess("")
            guard let recognizer, recognizer.canRecognize(mimeType: mimeType, quality: quality) else {
                document.note("no extractor reads \(mimeType)")
                return .end(.skipped(.unsupportedType(mimeType)))
            }
        }

        if !quality.isReadable, let recognizer, recognizer.canRecognize(mimeType: mimeType, quality: quality) {
            document.note("text \(quality); asking the \(recognizer.name) recognizer")
            extracted = try await recognizer.recognize(document.file, mimeType: mimeType, quality: quality, context: context)
            extracted.notes.forEach { document.note($0) }
            quality = TextQuality.assess(extracted.text, pageCount: extracted.pagesInText)
            characters = extracted.text.count
            document.note("recognised by \(recognizer.name): \(characters) characters\(Self.pages(extracted))")
        }

        document.text = extracted.text
        document.textCharacterCount = characters
        document.pageCount = extracted.pageCount
        document.pagesRead = extracted.pagesRead
        document.textIsComplete = extracted.isComplete
        document.textQuality = quality
        document.recognition = extracted.recognition
        if let recognition = extracted.recognition {
            // A blank scan is `no_text` whatever the confidence of its few specks; a text
            // recognised with low confidence is a guess, and not classified.
            if quality.verdict == .noTextLayer {
                document.note("text \(quality)")
                return .end(.skipped(Self.nothingRecognised(recognition, quality: quality)))
            }
            if !recognition.isConfident {
                return .end(.skipped(.ocrLowConfidence(recognition)))
            }
        }
        if let reason = quality.skipReason {
            document.note("text \(quality)")
            return .end(.skipped(reason))
        }
        return .proceed
    }

    /// `no_text` for a scan whose recognised pages hold (almost) nothing.
    private static func nothingRecognised(_ recognition: TextRecognition, quality: TextQuality) -> SkipReason {
        let pages = recognition.pages.count
        let found = quality.visibleCharacters == 0 ? "no text" : "only \(quality.visibleCharacters) characters"
        return SkipReason(code: "no_text", message: "OCR found \(found) on the \(pages) page\(pages == 1 ? "" : "s") it recognised")
    }

    /// ", 3 pages", or ", 12 of 300 pages read", for the trail.
    private static func pages(_ extracted: ExtractedText) -> String {
        guard let pageCount = extracted.pageCount else { return "" }
        if let read = extracted.pagesRead, read < pageCount { return ", \(read) of \(pageCount) pages read" }
        return ", \(pageCount) page\(pageCount == 1 ? "" : "s")"
    }

    struct MissingMIMETypeError: ReportableError {
        var code: String { "not_ready" }
        var message: String { "no MIME type is known (add a sniffing stage before ExtractText)" }
    }
}
