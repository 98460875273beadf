import Foundation
import Intake

/// One line of the JSON Lines report: everything Intake decided about one file.
///
/// Every key is always present (`null` when it does not apply), so a reader can rely on
/// the shape. The keys are documented in the README under "The report".
struct ReportLine: Encodable {
    let outcome: FileOutcome

    private enum Key: String, CodingKey {
        case path, pathBytes = "path_bytes", status, reason, duplicateOf = "duplicate_of", earlier, error, mime, type, confidence
        case evidence, sha256, textSHA256 = "text_sha256", remoteID = "remote_id"
        case candidateID = "candidate_id", attachmentID = "attachment_id", sink, size, pages
        case textChars = "text_chars", durationMS = "duration_ms", stages
    }

    func encode(to encoder: any Encoder) throws {
        let document = outcome.document
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(document.file.displayPath, forKey: .path)
        // A name that is not UTF-8 shows its other bytes as \xHH in `path`; these are exact.
        try container.encode(document.file.fileSystemPath.map { Data($0).base64EncodedString() }, forKey: .pathBytes)
        try container.encode(outcome.status.name, forKey: .status)

        var reason: [String: String]?
        var duplicateOf: [String: String]?
        var earlier: EarlierLine?
        var error: [String: String]?
        var receipt: SinkReceipt?
        switch outcome.status {
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
        try container.encode(receipt?.attachmentID ?? earlier?.attachmentID, forKey: .attachmentID)
        try container.encode(receipt?.sink, forKey: .sink)
        try container.encode(document.size, forKey: .size)
        try container.encode(document.pageCount, forKey: .pages)
        try container.encode(document.text?.count, forKey: .textChars)
        try container.encode(Self.milliseconds(outcome.duration), forKey: .durationMS)
        try container.encode(document.trail.map(StageLine.init), forKey: .stages)
    }

    /// For `unchanged`: the earlier run's outcome that stands.
    struct EarlierLine: Encodable {
        let run: Int64
        let status: String
        let at: String
        let attachmentID: String?
        /// For a poison file: the failure that keeps it out.
        let error: [String: String]?

        init(_ outcome: EarlierOutcome) {
            run = outcome.runID
            status = outcome.status
            at = outcome.recordedAt.ISO8601Format()
            attachmentID = outcome.attachmentID
            error = outcome.failure.map { ["stage": $0.stage, "code": $0.code, "message": $0.message] }
        }

        enum CodingKeys: String, CodingKey {
            case run, status, at, error
            case attachmentID = "attachment_id"
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
