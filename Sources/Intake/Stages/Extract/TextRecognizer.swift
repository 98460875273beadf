/// Recovers text from a document whose extracted text is missing or unreadable: the hook
/// for OCR.
///
/// `IntakeOCR` ships one, `TesseractRecognizer`, which the engine runs in its parser
/// workers. To add another, implement this protocol (for example by running a cloud OCR
/// or `ocrmypdf` on ``StageContext/blocking``) and give it to ``ExtractText``:
///
/// ```swift
/// struct OCRmyPDFRecognizer: TextRecognizer {
///     let name = "ocrmypdf"
///     func canRecognize(mimeType: String, quality: TextQuality) -> Bool {
///         mimeType == "application/pdf" && quality.verdict == .noTextLayer
///     }
///     func recognize(_ file: InputFile, mimeType: String, quality: TextQuality, context: StageContext) async throws -> ExtractedText {
///         try await context.blocking.run { try runOCRmyPDF(on: file.path) }
///     }
/// }
///
/// ExtractText(PDFTextExtractor(), recognizer: OCRmyPDFRecognizer())
/// ```
///
/// ``ExtractText`` calls the recognizer only for a text whose ``TextQuality`` is not
/// readable, or for a type no extractor reads (an image, with an empty text), and that
/// ``canRecognize(mimeType:quality:)`` accepts. It assesses the text the recognizer
/// returns in the same way: if that is still not readable, the document ends `skipped`
/// (`no_text` or `garbled_text`), as it would have without OCR; and when the returned
/// ``ExtractedText/recognition`` is not confident (``TextRecognition/isConfident``), it
/// ends `skipped`, `ocr_low_confidence`.
///
/// # Implementation requirements
/// - ``canRecognize(mimeType:quality:)`` is cheap and pure.
/// - ``recognize(_:mimeType:quality:context:)`` runs blocking work on
///   ``StageContext/blocking``, checks for cancellation between pages, and throws a
///   ``ReportableError`` for a file it cannot read.
/// - Keep the page count in the returned ``ExtractedText``, pages separated by form feeds,
///   and say what was recognised in its ``ExtractedText/recognition``: the report shows
///   it, and ``Deduplicate`` makes no `same_text` claim for a recognised text.
/// - A file held in memory (``InputFile/isInMemory``) has no path: its ``InputFile/path``
///   opens nothing. Read it through ``OpenedFile/open(_:)`` (and hand a tool its bytes or
///   its descriptor), which reads a file on disk just as well.
public protocol TextRecognizer: Sendable {
    /// A short name for the trail, such as `tesseract`.
    var name: String { get }

    /// Whether this recognizer can recover text from a file of `mimeType` whose text was
    /// judged as `quality`.
    func canRecognize(mimeType: String, quality: TextQuality) -> Bool

    /// Recovers the text of `file`.
    func recognize(_ file: InputFile, mimeType: String, quality: TextQuality, context: StageContext) async throws -> ExtractedText
}
