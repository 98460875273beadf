/// How well classification matches a labelled set: accuracy, per-type precision and
/// recall, the confusion matrix, and every file that went wrong with its evidence.
///
/// Feed it each labelled file's ``FileOutcome`` from a pipeline that classifies (and
/// delivers nothing); `intake eval` prints it.
///
/// How files count:
/// - **correct**: classified, confident enough, and of the labelled type;
/// - **unsure**: classified below the minimum confidence (skipped `unsure`); an error
///   for accuracy and recall, but not a wrong type, so not against precision;
/// - **not classified**: the file never reached classification (failed, or skipped for
///   another reason such as `no_text`); an error like any other.
///
/// Accuracy is correct files over every labelled file found.
public struct ClassificationEvaluation: Sendable {
    /// What became of one labelled file.
    public struct Result: Sendable {
        /// The path inside the labelled folder.
        public let path: String
        /// The labelled type.
        public let expected: AttachmentType
        /// The classification, when the file reached the classifier.
        public let classification: Classification?
        /// Whether the classification was below the minimum confidence.
        public let isUnsure: Bool
        /// Why the file was not classified (`failed: extract/pdf_damaged`), when it was not.
        public let notClassifiedReason: String?

        /// The type given, or `nil` when unsure or not classified.
        public var predicted: AttachmentType? {
            isUnsure ? nil : classification?.type
        }

        /// Whether the file got its labelled type.
        public var isCorrect: Bool { predicted == expected }

        /// The column of the confusion matrix: a type, `unsure` or `not_classified`.
        public var outcomeName: String {
            if let predicted { return predicted.rawValue }
            return isUnsure ? "unsure" : "not_classified"
        }
    }

    /// Every result, in the order recorded.
    public private(set) var results: [Result] = []

    public init() {}

    /// Records the outcome of the file at `path`, labelled `expected`.
    public mutating func record(path: String, expected: AttachmentType, outcome: FileOutcome) {
        let classification = outcome.document.classification
        var isUnsure = false
        var reason: String?
        switch outcome.status {
        case .skipped(let skip) where skip.code == "unsure":
            isUnsure = true
        case .skipped(let skip) where classification == nil:
            reason = "skipped: \(skip.code): \(skip.message)"
        case .failed(let failure):
            reason = "failed: \(failure.stage)/\(failure.code): \(failure.message)"
        default:
            if classification == nil { reason = "\(outcome.status.name) before classification" }
        }
        results.append(Result(path: path, expected: expected, classification: classification, isUnsure: isUnsure, notClassifiedReason: reason))
    }

    /// Files recorded.
    public var count: Int { results.count }
    /// Files of the labelled type.
    public var correctCount: Int { results.count(where: \.isCorrect) }
    /// Files below the minimum confidence.
    public var unsureCount: Int { results.count(where: \.isUnsure) }
    /// Files that never reached the classifier.
    public var notClassifiedCount: Int { results.count { $0.classification == nil } }

    /// Correct files over all files (0 when there are none).
    public var accuracy: Double { share(correctCount, of: count) }
    /// Correct files over the files given a type (not unsure, classified).
    public var accuracyOfDecided: Double { share(correctCount, of: results.count { $0.predicted != nil }) }
    /// Unsure files over all files.
    public var unsureShare: Double { share(unsureCount, of: count) }

    /// Of the files given `type`, the share labelled `type` (1 when none was given it).
    public func precision(of type: AttachmentType) -> Double {
        let given = results.filter { $0.predicted == type }
        return given.isEmpty ? 1 : share(given.count(where: \.isCorrect), of: given.count)
    }

    /// Of the files labelled `type`, the share given `type` (1 when none is labelled so).
    public func recall(of type: AttachmentType) -> Double {
        let labelled = results.filter { $0.expected == type }
        return labelled.isEmpty ? 1 : share(labelled.count(where: \.isCorrect), of: labelled.count)
    }

    /// Files labelled `type`.
    public func support(of type: AttachmentType) -> Int {
        results.count { $0.expected == type }
    }

    /// The columns of the confusion matrix: the four types, `unsure`, `not_classified`.
    public static let outcomeNames = AttachmentType.allCases.map(\.rawValue) + ["unsure", "not_classified"]

    /// How many files labelled `expected` ended as `outcome` (a name of ``outcomeNames``).
    public func confusion(expected: AttachmentType, outcome: String) -> Int {
        results.count { $0.expected == expected && $0.outcomeName == outcome }
    }

    /// The files that did not get their labelled type, unsure and not classified included.
    public var mistakes: [Result] { results.filter { !$0.isCorrect } }

    private func share(_ part: Int, of whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) / Double(whole)
    }
}
