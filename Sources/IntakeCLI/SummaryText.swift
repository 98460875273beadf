import Foundation
import Intake

/// The summary printed at the end of a run: counts by outcome with their reasons, and by type.
enum SummaryText {
    static func render(_ summary: RunSummary, reportPath: String?, sinkDescription: String) -> String {
        let seconds = max(Double(summary.elapsed.components.seconds) + Double(summary.elapsed.components.attoseconds) / 1e18, 0.001)
        var lines: [String] = []
        let heading = summary.stoppedEarly ? "Intake stopped early" : "Intake"
        lines.append(heading + String(format: ": %d files, %.1f MB in %.2f s (%.1f files/s, %.1f MB/s)", summary.files, Double(summary.bytes) / 1_048_576, seconds, Double(summary.files) / seconds, Double(summary.bytes) / 1_048_576 / seconds))
        for status in OutcomeStatus.allCases {
            let count = summary.count(status)
            guard count > 0 else { continue }
            var line = "  " + status.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: "%5d", count)
            let reasons = status == .failed ? summary.failuresByCode : status == .skipped ? summary.skipsByCode : [:]
            if !reasons.isEmpty {
                line += "   " + Self.counts(reasons)
            }
            if status == .unchanged && !summary.poisonByCode.isEmpty {
                line += "   of which poison, failed before and not retried: " + Self.counts(summary.poisonByCode)
            }
            lines.append(line)
        }
        if !summary.countsByType.isEmpty {
            let types = AttachmentType.allCases.compactMap { type in summary.countsByType[type].map { "\(type.rawValue) \($0)" } }
            lines.append("  by type (every classified file, duplicates included): " + types.joined(separator: ", "))
        }
        lines.append("  sink: \(sinkDescription)")
        if let reportPath { lines.append("  report: \(reportPath)") }
        if summary.stoppedEarly {
            lines.append("  stopped early: files after the last one started were not taken; run again to process them")
        }
        return lines.joined(separator: "\n")
    }

    /// `extract/timeout 1, sniff/crashed 2`, in name order.
    private static func counts(_ counts: [String: Int]) -> String {
        counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }

    /// The summary as one JSON object, keys sorted.
    static func json(_ summary: RunSummary, reportPath: String?, sinkDescription: String) -> String {
        let seconds = Double(summary.elapsed.components.seconds) + Double(summary.elapsed.components.attoseconds) / 1e18
        let object: [String: Any] = [
            "files": summary.files,
            "bytes": summary.bytes,
            "seconds": (seconds * 1000).rounded() / 1000,
            "by_status": summary.countsByStatus,
            "failures_by_code": summary.failuresByCode,
            "skips_by_code": summary.skipsByCode,
            "poison_by_code": summary.poisonByCode,
            "by_type": Dictionary(uniqueKeysWithValues: summary.countsByType.map { ($0.key.rawValue, $0.value) }),
            "stopped_early": summary.stoppedEarly,
            "sink": sinkDescription,
            "report": reportPath as Any,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Seconds as `m:ss` or `h:mm:ss`.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, secs) : String(format: "%d:%02d", minutes, secs)
    }
}
