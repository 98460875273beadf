/// The classify stage: chooses each document's ``AttachmentType`` from its text with a
/// ``TextClassifier`` and keeps the confidence and evidence on the document.
///
/// A document whose confidence is below ``minimumConfidence`` ends `skipped` with the code
/// `unsure`, naming the two likeliest types: uploading it under a guessed type would put
/// wrong data in front of recruiters.
public struct Classify: Stage {
    public let name = "classify"
    /// 2: the classifier reads Spanish, German and French, and `unsure` is on by default.
    ///
    /// 3: a tilde and the Unicode hyphen and minus join the two ends of a date range, as
    /// dashes do ("01/2015 ~ 06/2015", often how OCR reads a scanned dash).
    public var version: Int { 3 }
    /// The classifier used.
    public let classifier: TextClassifier
    /// Below this confidence a document is not passed on.
    public let minimumConfidence: Double

    /// The minimum confidence `intake` uses unless told otherwise (`--min-confidence`).
    ///
    /// Below it the leading type has less than half of the probability: two types'
    /// signals are nearly even. On the labelled set (`labelled/`) it leaves about 1% of
    /// files unsure; `docs/classification.md` shows confidence against correctness.
    public static let defaultMinimumConfidence = 0.5

    /// Creates the stage.
    public init(classifier: TextClassifier = TextClassifier(), minimumConfidence: Double = defaultMinimumConfidence) {
        self.classifier = classifier
        self.minimumConfidence = minimumConfidence
    }

    public func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
        guard let text = document.text else {
            throw ExtractText.MissingTextError()
        }
        let classification = classifier.classify(text)
        document.classification = classification
        let percent = Int((classification.confidence * 100).rounded())
        document.note("\(classification.type.rawValue) at \(percent)%; " + classification.evidence.prefix(4).map(\.description).joined(separator: "; "))
        if classification.confidence < minimumConfidence {
            let second = classification.runnerUp.map { " or \($0.rawValue)" } ?? ""
            return .end(.skipped(SkipReason(code: "unsure", message: "\(classification.type.rawValue)\(second) at \(percent)% confidence, below the minimum of \(Int((minimumConfidence * 100).rounded()))%")))
        }
        return .proceed
    }
}

extension ExtractText {
    struct MissingTextError: ReportableError {
        var code: String { "not_ready" }
        var message: String { "the document has no text (add ExtractText before Classify)" }
    }
}
