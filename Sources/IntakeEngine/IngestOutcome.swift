import Foundation
import Intake

/// How one input ended, as the engine reports it: the pipeline's `FileOutcome`
/// with the caller's metadata. Its JSON is the line of the report, exactly.
///
/// ```swift
/// let outcome = try await ingestor.ingest(IngestInput(bytes: body, fileName: "cv.pdf", candidateID: id))
/// let line = try JSONEncoder().encode(outcome)   // {"status":"uploaded","remote_id":"ik1-…",…}
/// ```
///
/// Every key is always present (`null` when it does not apply), so a reader can rely on
/// the shape. The keys are documented in the README under "The report"; those that are
/// objects:
/// - `reason` (`skipped`): `{code, message}`;
/// - `duplicate_of` (`duplicate`): `{path, match}`, and `run` when an earlier run delivered it;
/// - `earlier` (`unchanged`): `{run, status, at, type, remote_id, attachment_id, sink, error}`
///   of the outcome that stands, so that a re-run's report still says where each document
///   went (`error` only for a poison file);
/// - `error` (`failed`): `{stage, code, message}` and the error's own details;
/// - `metadata`: what the caller gave with the input (a tenant, a request id), or `null`.
public struct IngestOutcome: Sendable, Encodable {
    /// How the pipeline left the file.
    public let fileOutcome: FileOutcome
    /// What the caller gave with the input, carried unchanged.
    public let metadata: [String: String]

    /// The outcome of `fileOutcome`, with the caller's `metadata`.
    public init(_ fileOutcome: FileOutcome, metadata: [String: String] = [:]) {
        self.fileOutcome = fileOutcome
        self.metadata = metadata
    }

    /// The document as the last stage left it.
    public var document: Document { fileOutcome.document }

    /// How it ended.
    public var status: FileOutcome.Status { fileOutcome.status }

    /// The remote id the document was (or would be) delivered under.
    public var remoteID: String? { document.remoteID }

    /// The attachment the sink answered with, or that an earlier delivery got (`unchanged`).
    public var attachmentID: String? {
        switch status {
        case .uploaded(let receipt), .stored(let receipt): receipt.attachmentID
        case .unchanged(let earlier): earlier.attachmentID
        case .duplicate, .skipped, .failed, .processed: nil
        }
    }

    /// Whether the input failed.
    public var isFailure: Bool { status.isFailure }

    private enum Key: String, CodingKey {
        case path, pathBytes = "path_bytes", status, reason, duplicateOf = "duplicate_of", earlier, error, mime, type, confidence
        case evidence, sha256, textSHA256 = "text_sha256", remoteID = "remote_id"
        case candidateID = "candidate_id", attachmentID = "attachment_id", sink, size, pages, pagesRead = "pages_read"
        case textComplete = "text_complete", textChars = "text_chars", ocr, durationMS = "duration_ms", stages, metadata
    }

    public func encode(to encoder: any Encoder) throws {
        let document = fileOutcome.document
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(document.file.displayPath, forKey: .path)
        // A name that is not UTF-8 shows its other bytes as \xHH in `path`; these are exact.
        try container.encode(document.file.fileSystemPath.map { Data($0).base64EncodedString() }, forKey: .pathBytes)
        try container.encode(status.name, forKey: .status)

        var reason: [String: String]?
        var duplicateOf: [String: String]?
        var earlier: EarlierLine?
        var error: [String: String]?
        var receipt: SinkReceipt?
        switch status {
        case .skipped(let skip): reason = ["code": skip.code, "message": skip.message]
        case .duplicate(let first):
            duplicateOf = ["path": first.firstPath, "match": first.match.rawValue]
            if let run = first.earlierRunID { duplicateOf?["run"] = String(run) }
        case .failed(let failure):
            // The error's own details (an API's code and status) go beside the fixed keys,
            // which they cannot replace.
            error = failure.details.merging(["stage": failure.stage, "code": failure.code, "message": failure.message]) { _, fixed in fixed }
        case .uploaded(let sinkReceipt), .stored(let sinkReceipt): receipt = sinkReceipt
        case .processed: break
        case .unchanged(let outcome): earlier = EarlierLine(outcome)
        }
        try container.encode(reason, forKey: .reason)
        try container.encode(duplicateOf, forKey: .duplicateOf)
        try container.encode(earlier, forKey: .earlier)
        try container.encode(error, forKey: .error)

        try container.encode(document.mimeType, forKey: .mime)
        try container.encode(document.classification?.type.rawValue, forKey: .type)
        try container.encode(document.classification?.confidence, forKey: .confidence)
        try container.encode(document.classification.map { $0.evidence.prefix(6).map(\.description) }, forKey: .evidence)
        try container.encode(document.contentSHA256, forKey: .sha256)
        try container.encode(document.textSHA256, forKey: .textSHA256)
        try container.encode(document.remoteID, forKey: .remoteID)
        try container.encode(document.candidateID, forKey: .candidateID)
        try container.encode(attachmentID, forKey: .attachmentID)
        try container.encode(receipt?.sink, forKey: .sink)
        try container.encode(document.size, forKey: .size)
        try container.encode(document.pageCount, forKey: .pages)
        // Of those pages, how many the text holds: all of them unless a budget stopped it.
        try container.encode(document.pageCount.map { document.pagesRead ?? $0 }, forKey: .pagesRead)
        try container.encode(document.text.map { _ in document.textIsComplete }, forKey: .textComplete)
        try container.encode(document.textCharacterCount, forKey: .textChars)
        try container.encode(document.recognition.map(RecognitionLine.init), forKey: .ocr)
        try container.encode(Self.milliseconds(fileOutcome.duration), forKey: .durationMS)
        try container.encode(document.trail.map(StageLine.init), forKey: .stages)
        try container.encode(metadata.isEmpty ? nil : metadata, forKey: .metadata)
    }

    /// `ocr`: what OCR did, when the text was recognised.
    struct RecognitionLine: Encodable {
        let engine: String
        let languages: [String]
        let pages: [Int]
        let confidence: Double
        let minimumConfidence: Double
        let words: Int
        let ms: Double

        init(_ recognition: TextRecognition) {
            engine = recognition.engine
            languages = recognition.languages
            pages = recognition.pages
            confidence = (recognition.meanConfidence * 1000).rounded() / 1000
            minimumConfidence = recognition.minimumConfidence
            words = recognition.words
            ms = recognition.milliseconds.rounded()
        }

        enum CodingKeys: String, CodingKey {
            case engine, languages, pages, confidence, words, ms
            case minimumConfidence = "min_confidence"
        }
    }

    /// For `unchanged`: the earlier run's outcome that stands, and where it sent the document.
    struct EarlierLine: Encodable {
        let run: Int64
        let status: String
        let at: String
        let type: String?
        let remoteID: String?
        let attachmentID: String?
        let sink: String?
        /// For a poison file: the failure that keeps it out.
        let error: [String: String]?

        init(_ outcome: EarlierOutcome) {
            run = outcome.runID
            status = outcome.status.rawValue
            at = outcome.recordedAt.ISO8601Format()
            type = outcome.attachmentType?.rawValue
            remoteID = outcome.remoteID
            attachmentID = outcome.attachmentID
            sink = outcome.sink
            error = outcome.failure.map { ["stage": $0.stage, "code": $0.code, "message": $0.message] }
        }

        enum CodingKeys: String, CodingKey {
            case run, status, at, type, sink, error
            case remoteID = "remote_id"
            case attachmentID = "attachment_id"
        }

        func encode(to encoder: any Encoder) throws {
            // Every key present, as in the line itself.
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(run, forKey: .run)
            try container.encode(status, forKey: .status)
            try container.encode(at, forKey: .at)
            try container.encode(type, forKey: .type)
            try container.encode(remoteID, forKey: .remoteID)
            try container.encode(attachmentID, forKey: .attachmentID)
            try container.encode(sink, forKey: .sink)
            try container.encode(error, forKey: .error)
        }
    }

    /// One stage's line in the report's `stages` array.
    struct StageLine: Encodable {
        let stage: String
        let result: String
        let ms: Double
        let notes: [String]

        init(_ record: StageRecord) {
            stage = record.stage
            result = record.result.rawValue
            ms = (record.durationMilliseconds * 100).rounded() / 100
            notes = record.notes
        }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return ((Double(seconds) * 1000 + Double(attoseconds) / 1e15) * 100).rounded() / 100
    }
}
