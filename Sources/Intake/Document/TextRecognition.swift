/// What OCR did for a document: which pages it recognised, in which languages, how sure it
/// was, and how long it took. ``ExtractText`` keeps it on the ``Document``, and the report
/// line shows it.
public struct TextRecognition: Sendable, Hashable, Codable {
    /// The recognizer and its version, such as `tesseract 5.3.0`.
    public var engine: String
    /// The languages the text was recognised in, as the engine names them (`eng`, `deu`, …).
    public var languages: [String]
    /// The pages recognised, counted from 1; for an image of one page, `[1]`.
    public var pages: [Int]
    /// The mean confidence of the recognised words, from 0 to 1; 0 when no word was found.
    public var meanConfidence: Double
    /// The confidence below which the recognised text is not trusted: the document then
    /// ends `skipped`, `ocr_low_confidence`.
    public var minimumConfidence: Double
    /// The words recognised.
    public var words: Int
    /// How long recognition took, in milliseconds.
    public var milliseconds: Double

    public init(
        engine: String, languages: [String], pages: [Int], meanConfidence: Double, minimumConfidence: Double, words: Int,
        milliseconds: Double
    ) {
        self.engine = engine
        self.languages = languages
        self.pages = pages
        self.meanConfidence = meanConfidence
        self.minimumConfidence = minimumConfidence
        self.words = words
        self.milliseconds = milliseconds
    }

    /// Whether the words were recognised with at least ``minimumConfidence``.
    public var isConfident: Bool { meanConfidence >= minimumConfidence }
}
