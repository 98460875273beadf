import Foundation
import IntakePoppler

/// How the parsing stages read a document: its page budget, and whether scans are
/// recognised (OCR).
///
/// The engine builds its parsing stages with these settings and starts its parser workers
/// with them in their environment, so that a worker's `StandardPipeline.parsingStages()`
/// reads exactly as the engine asked, with nothing for the backend's `main` to pass on.
public struct ParsingSettings: Sendable, Hashable, Codable {
    /// The page budget of a PDF: documents of up to this many pages are read whole; a
    /// longer one only until the classifier has its window, and never past this many pages.
    /// 0 reads every page. Default `PDFTextExtractor.defaultMaximumPages` (20).
    public var maximumPages: Int

    /// Whether image-only PDF pages and images are recognised with Tesseract
    /// (`TesseractRecognizer`, within its page and time budget). OCR parses a candidate's
    /// bytes, so it runs only in parser workers: an engine without workers (in process)
    /// recognises nothing, and its scans end `no_text` and its images `unsupported_type`.
    /// Default on.
    public var recognizesScans: Bool

    /// Settings with the page budget `maximumPages` (0: every page; a negative value is
    /// taken as 0), and OCR on or off.
    public init(maximumPages: Int = PDFTextExtractor.defaultMaximumPages, recognizesScans: Bool = true) {
        self.maximumPages = max(0, maximumPages)
        self.recognizesScans = recognizesScans
    }

    /// The settings a parser worker was started with, read from its environment; in any
    /// other process the defaults, without OCR (which runs only in workers).
    public static var current: ParsingSettings {
        ParsingSettings(environment: ProcessInfo.processInfo.environment)
    }

    /// The worker environment variable that carries ``maximumPages``.
    static let maximumPagesKey = "INTAKE_WORKER_MAX_PAGES"
    /// The worker environment variable that carries ``recognizesScans``: `1` or `0`.
    static let recognizesScansKey = "INTAKE_WORKER_OCR"

    /// What to add to a parser worker's environment to start it with these settings: the
    /// engine adds it to its workers'; a tool that starts a pool of its own adds it too.
    ///
    /// With OCR, also `OMP_THREAD_LIMIT=1`: Tesseract's OpenMP threads would otherwise
    /// compete with the other workers for the same cores, which made a page take seven
    /// times as long on two cores.
    public var workerEnvironment: [String: String] {
        var environment = [Self.maximumPagesKey: String(maximumPages), Self.recognizesScansKey: recognizesScans ? "1" : "0"]
        if recognizesScans { environment["OMP_THREAD_LIMIT"] = "1" }
        return environment
    }

    /// The settings in `environment`, the defaults for what it does not hold (OCR off).
    init(environment: [String: String]) {
        self.init(
            maximumPages: environment[Self.maximumPagesKey].flatMap(Int.init) ?? PDFTextExtractor.defaultMaximumPages,
            recognizesScans: environment[Self.recognizesScansKey] == "1")
    }

    /// For ``IngestorConfiguration/decisionKey``: a changed budget, or OCR turned on or
    /// off, changes decisions.
    var decisionKeyPart: String { "max-pages=\(maximumPages)" + (recognizesScans ? "" : ",no-ocr") }

    /// These settings without OCR, for stages that run in this process.
    var withoutRecognition: ParsingSettings {
        var settings = self
        settings.recognizesScans = false
        return settings
    }
}
