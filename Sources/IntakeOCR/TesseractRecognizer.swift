import CTesseract
import Intake
import IntakePoppler

/// OCR with Tesseract, for ``ExtractText``: the pages of a PDF that have no text layer or
/// only a garbled one, and images (PNG, JPEG, TIFF and its pages, BMP, WebP).
///
/// ```swift
/// ExtractText(PDFTextExtractor(), recognizer: TesseractRecognizer())
/// ```
///
/// **Which pages.** A PDF comes here only when its text as a whole does not read as words
/// (``TextQuality``); a PDF whose text reads well is never recognised. Of its pages, those
/// whose own text reads as words are kept as they are, and the others are drawn by poppler
/// at ``dotsPerInch`` (300) in grey and recognised. An image is recognised whole, turned
/// upright first as its EXIF orientation says (a phone's photo of a page).
///
/// **The budget.** Recognition costs about a second a page, so only what classification
/// needs is read: pages from the first, until the text holds ``charactersWanted`` (the
/// classifier's window), ``maximumPages`` pages were taken, or ``maximumSeconds`` have
/// passed, whichever comes first. The file itself is delivered whole.
///
/// **Languages.** The four languages of the classifier (`eng+deu+fra+spa`) are loaded
/// together: Tesseract then picks, word by word, the language that reads it best, which
/// costs about 15% more than English alone and needs no guess beforehand.
///
/// **Confidence.** ``TextRecognition/meanConfidence`` is the mean of Tesseract's word
/// confidences; below ``minimumConfidence`` the document ends `skipped`,
/// `ocr_low_confidence` rather than be classified from a guess.
///
/// **Isolation.** Tesseract and Leptonica parse a candidate's bytes: run this recognizer
/// in a parser worker (the engine does), never in a process that must not fall with a
/// hostile file. Tesseract's OpenMP threads must be limited to one
/// (`OMP_THREAD_LIMIT=1` in the environment, which the engine sets for its workers): on a
/// machine whose cores are all busy with files, its threads only slow each other down.
public struct TesseractRecognizer: TextRecognizer {
    public let name = "tesseract"

    /// The languages loaded, as Tesseract names them.
    public let languages: [String]
    /// The resolution pages of a PDF are drawn at.
    public let dotsPerInch: Double
    /// The most pages taken from a document (recognised or kept for their text).
    public let maximumPages: Int
    /// No page is started once recognition has taken this long.
    public let maximumSeconds: Double
    /// Recognition stops once the text holds this many characters.
    public let charactersWanted: Int
    /// Below this mean word confidence (0 to 1) the text is not trusted.
    public let minimumConfidence: Double
    /// The most pixels an image may have: a larger one is refused before it is decoded.
    public let maximumPixels: Int
    /// The most pixels Tesseract is handed for one page: a PDF page is drawn smaller to
    /// fit, and a larger image (a 48-megapixel phone photo) is scaled down to fit. 12
    /// million holds an A4 or US Letter page at 300 dpi; it bounds a worker's memory for a
    /// page to a few hundred MiB, where 50 million pixels cost most of a GiB.
    public let maximumRecognisedPixels: Int
    /// The largest image file read.
    public let maximumImageBytes: Int

    /// The default page budget.
    public static let defaultMaximumPages = 8
    /// The default time budget, in seconds: within a parser worker's default timeout of a minute.
    public static let defaultMaximumSeconds = 30.0
    /// The default confidence threshold.
    public static let defaultMinimumConfidence = 0.6

    public init(
        languages: [String] = ["eng", "deu", "fra", "spa"], dotsPerInch: Double = 300, maximumPages: Int = Self.defaultMaximumPages,
        maximumSeconds: Double = Self.defaultMaximumSeconds, charactersWanted: Int = TextClassifier.maximumCharacters,
        minimumConfidence: Double = Self.defaultMinimumConfidence, maximumPixels: Int = 50_000_000,
        maximumRecognisedPixels: Int = 12_000_000, maximumImageBytes: Int = 64 << 20
    ) {
        self.languages = languages
        self.dotsPerInch = dotsPerInch
        self.maximumPages = max(1, maximumPages)
        self.maximumSeconds = maximumSeconds
        self.charactersWanted = charactersWanted
        self.minimumConfidence = minimumConfidence
        self.maximumPixels = maximumPixels
        self.maximumRecognisedPixels = maximumRecognisedPixels
        self.maximumImageBytes = maximumImageBytes
    }

    public func canRecognize(mimeType: String, quality: TextQuality) -> Bool {
        guard !quality.isReadable else { return false }
        return PDFTextExtractor().canExtract(mimeType: mimeType) || ScannedImage.mimeTypes.contains(mimeType)
    }

    public func recognize(_ file: InputFile, mimeType: String, quality: TextQuality, context: StageContext) async throws -> ExtractedText {
        let recognizer = self
        return try await context.blocking.run { cancellation in
            let opened = try OpenedFile.open(file)
            if ScannedImage.mimeTypes.contains(mimeType) {
                guard opened.identity.size <= Int64(recognizer.maximumImageBytes) else {
                    throw RecognitionError.fileTooLarge(bytes: opened.identity.size, maximumBytes: recognizer.maximumImageBytes)
                }
                let image = try ScannedImage(
                    bytes: try opened.read(upTo: Int(opened.identity.size), at: 0), mimeType: mimeType, maximumPixels: recognizer.maximumPixels,
                    maximumRecognisedPixels: recognizer.maximumRecognisedPixels)
                return try recognizer.recognise(image, checking: cancellation.check)
            }
            return try recognizer.recognise(try PopplerPDF(opened), checking: cancellation.check)
        }
    }

    /// The pages of a PDF: kept where their text reads, recognised where it does not.
    func recognise(_ pdf: PopplerPDF, checking check: () throws -> Void) throws -> ExtractedText {
        var reading = Budgeted(self)
        let pageCount = pdf.pageCount
        for index in 0..<pageCount where reading.wantsMore {
            try check()
            let layer = try pdf.text(ofPageAt: index)
            if TextQuality.assess(layer, pageCount: 1).isReadable {
                reading.keep(layer)
                continue
            }
            let page = try pdf.greyImage(ofPageAt: index, dotsPerInch: dotsPerInch, maximumPixels: maximumRecognisedPixels)
            let words = try TesseractEngine.withEngine(languages: languageList) { engine throws(RecognitionError) in
                try engine.read(grey: page.pixels, width: page.width, height: page.height, dotsPerInch: Int(page.dotsPerInch.rounded()))
            }
            reading.recognised(words, page: index + 1)
        }
        return reading.result(pageCount: pageCount)
    }

    /// The pages of an image.
    func recognise(_ image: ScannedImage, checking check: () throws -> Void) throws -> ExtractedText {
        var reading = Budgeted(self)
        for index in 0..<image.pageCount where reading.wantsMore {
            try check()
            let words = try image.withPage(index) { page throws(RecognitionError) in
                try TesseractEngine.withEngine(languages: languageList) { engine throws(RecognitionError) in
                    try engine.read(page, fallbackDotsPerInch: Int(dotsPerInch.rounded()))
                }
            }
            reading.recognised(words, page: index + 1)
        }
        // One image is one page; a TIFF says how many it has.
        return reading.result(pageCount: image.isTIFF ? image.pageCount : nil)
    }

    var languageList: String { languages.joined(separator: "+") }

    /// The text of a document as its pages are taken, within the budget.
    private struct Budgeted {
        let recognizer: TesseractRecognizer
        let clock = ContinuousClock()
        let started: ContinuousClock.Instant
        var pages: [String] = []
        var characters = 0
        var recognisedPages: [Int] = []
        var confidences: [Int32] = []

        init(_ recognizer: TesseractRecognizer) {
            self.recognizer = recognizer
            started = clock.now
        }

        var elapsedSeconds: Double {
            let elapsed = clock.now - started
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }

        var wantsMore: Bool {
            pages.count < recognizer.maximumPages && characters < recognizer.charactersWanted
                && (recognisedPages.isEmpty || elapsedSeconds < recognizer.maximumSeconds)
        }

        mutating func keep(_ text: String) {
            pages.append(text)
            characters += text.count
        }

        mutating func recognised(_ reading: TesseractEngine.Reading, page: Int) {
            keep(reading.text)
            recognisedPages.append(page)
            confidences += reading.wordConfidences
        }

        func result(pageCount: Int?) -> ExtractedText {
            let mean = confidences.isEmpty ? 0 : Double(confidences.reduce(0) { $0 + Int($1) }) / Double(confidences.count) / 100
            let recognition = TextRecognition(
                engine: "tesseract \(TesseractEngine.version)", languages: recognizer.languages, pages: recognisedPages,
                meanConfidence: mean, minimumConfidence: recognizer.minimumConfidence, words: confidences.count,
                milliseconds: elapsedSeconds * 1000)
            let total = pageCount ?? 1
            let isComplete = pages.count >= total
            var notes = ["OCR of page\(recognisedPages.count == 1 ? "" : "s") \(Self.list(recognisedPages)) in \(recognizer.languages.joined(separator: "+")): \(confidences.count) words, mean confidence \(Int((mean * 100).rounded()))%, \(Int((elapsedSeconds * 1000).rounded())) ms"]
            if pages.count > recognisedPages.count {
                notes.append("\(pages.count - recognisedPages.count) page\(pages.count - recognisedPages.count == 1 ? "" : "s") kept for their own text")
            }
            if !isComplete {
                notes.append("OCR budget: took \(pages.count) of \(total) pages (the file itself is delivered whole)")
            }
            return ExtractedText(
                text: pages.joined(separator: "\u{0C}"), pageCount: pageCount, pagesRead: isComplete ? nil : pages.count,
                isComplete: isComplete, notes: notes, recognition: recognition)
        }

        /// "1-3, 5".
        static func list(_ pages: [Int]) -> String {
            var parts: [String] = []
            var index = 0
            while index < pages.count {
                var end = index
                while end + 1 < pages.count && pages[end + 1] == pages[end] + 1 { end += 1 }
                parts.append(end == index ? "\(pages[index])" : "\(pages[index])-\(pages[end])")
                index = end + 1
            }
            return parts.isEmpty ? "none" : parts.joined(separator: ", ")
        }
    }
}
