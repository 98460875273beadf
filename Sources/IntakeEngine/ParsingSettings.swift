import Foundation
import IntakePoppler

/// How the parsing stages read a document: its page budget.
///
/// The engine builds its parsing stages with these settings and starts its parser workers
/// with them in their environment, so that a worker's `StandardPipeline.parsingStages()`
/// reads exactly as the engine asked, with nothing for the backend's `main` to pass on.
public struct ParsingSettings: Sendable, Hashable, Codable {
    /// The page budget of a PDF: documents of up to this many pages are read whole; a
    /// longer one only until the classifier has its window, and never past this many pages.
    /// 0 reads every page. Default `PDFTextExtractor.defaultMaximumPages` (20).
    public var maximumPages: Int

    /// Settings with the page budget `maximumPages` (0: every page; a negative value is
    /// taken as 0).
    public init(maximumPages: Int = PDFTextExtractor.defaultMaximumPages) {
        self.maximumPages = max(0, maximumPages)
    }

    /// The settings a parser worker was started with, read from its environment; the
    /// defaults in any other process.
    public static var current: ParsingSettings {
        ParsingSettings(environment: ProcessInfo.processInfo.environment)
    }

    /// The worker environment variable that carries ``maximumPages``.
    static let maximumPagesKey = "INTAKE_WORKER_MAX_PAGES"

    /// What to add to a parser worker's environment to start it with these settings.
    var workerEnvironment: [String: String] {
        [Self.maximumPagesKey: String(maximumPages)]
    }

    /// The settings in `environment`, the defaults for what it does not hold.
    init(environment: [String: String]) {
        self.init(maximumPages: environment[Self.maximumPagesKey].flatMap(Int.init) ?? PDFTextExtractor.defaultMaximumPages)
    }

    /// For ``IngestorConfiguration/decisionKey``: a changed budget changes decisions.
    var decisionKeyPart: String { "max-pages=\(maximumPages)" }
}
