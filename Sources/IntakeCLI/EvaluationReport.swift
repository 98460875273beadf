import Foundation
import Intake

/// What `intake eval` prints: the figures of a ``ClassificationEvaluation``, as text or JSON.
struct EvaluationReport {
    let evaluation: ClassificationEvaluation
    let minimumConfidence: Double
    /// Files in the folder that the labels do not name.
    let unlabelled: [String]
    /// Labelled files that are not in the folder.
    let missing: [String]

    /// How many pieces of evidence are shown for each file that went wrong.
    static let evidenceShown = 4

    func text() -> String {
        let types = AttachmentType.allCases
        var lines = [
            "Classification of \(evaluation.count) labelled files (minimum confidence \(Self.percent(minimumConfidence))):",
            "  accuracy       \(Self.pad(Self.percent(evaluation.accuracy), 7, left: true))   \(evaluation.correctCount) of \(evaluation.count) of the labelled type",
            "  unsure         \(Self.pad(Self.percent(evaluation.unsureShare), 7, left: true))   \(evaluation.unsureCount) below the minimum confidence",
            "  decided right  \(Self.pad(Self.percent(evaluation.accuracyOfDecided), 7, left: true))   of the files given a type",
        ]
        if evaluation.notClassifiedCount > 0 {
            lines.append("  not classified \(Self.pad("\(evaluation.notClassifiedCount)", 7, left: true))   (failed or skipped before the classifier; listed below)")
        }
        lines.append("")
        lines.append("  type               precision  recall  files")
        for type in types {
            lines.append("  " + Self.pad(type.rawValue, 18) + " " + Self.pad(Self.percent(evaluation.precision(of: type)), 10, left: true)
                + " " + Self.pad(Self.percent(evaluation.recall(of: type)), 7, left: true) + " " + Self.pad("\(evaluation.support(of: type))", 6, left: true))
        }
        lines.append("")
        lines.append("  confusion (rows: labelled; columns: given)")
        let columns = ClassificationEvaluation.outcomeNames
        let headers = ["about", "resume", "prefs", "work", "unsure", "none"]
        lines.append("  " + Self.pad("", 18) + headers.map { Self.pad($0, 7, left: true) }.joined())
        for type in types {
            lines.append("  " + Self.pad(type.rawValue, 18) + columns.map { Self.pad("\(evaluation.confusion(expected: type, outcome: $0))", 7, left: true) }.joined())
        }

        let mistakes = evaluation.mistakes
        if !mistakes.isEmpty {
            lines.append("")
            lines.append("  \(mistakes.count) file\(mistakes.count == 1 ? "" : "s") not of the labelled type:")
            for result in mistakes {
                lines.append("  \(result.path)")
                lines.append("      labelled \(result.expected.rawValue), \(Self.describeOutcome(result))")
                if let reason = result.notClassifiedReason {
                    lines.append("      \(reason)")
                }
                for evidence in result.classification?.evidence.prefix(Self.evidenceShown) ?? [] {
                    lines.append("      \(evidence)")
                }
            }
        }
        if !missing.isEmpty {
            lines.append("")
            lines.append("  \(missing.count) labelled file\(missing.count == 1 ? " is" : "s are") not in the folder: " + missing.joined(separator: ", "))
        }
        if !unlabelled.isEmpty {
            lines.append("")
            lines.append("  \(unlabelled.count) file\(unlabelled.count == 1 ? "" : "s") in the folder without a label (not counted): " + unlabelled.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(JSONForm(self)), as: UTF8.self)
    }

    private static func describeOutcome(_ result: ClassificationEvaluation.Result) -> String {
        guard let classification = result.classification else { return "not classified" }
        let confidence = percent(classification.confidence)
        let runnerUp = classification.runnerUp.map { ", then \($0.rawValue)" } ?? ""
        if result.isUnsure {
            return "unsure: \(classification.type.rawValue) at \(confidence)\(runnerUp)"
        }
        return "given \(classification.type.rawValue) at \(confidence)\(runnerUp)"
    }

    static func percent(_ share: Double) -> String {
        String(format: "%.1f%%", share * 100)
    }

    private static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }

    /// The JSON form: figures as numbers from 0 to 1, snake_case keys.
    private struct JSONForm: Encodable {
        struct TypeFigures: Encodable {
            let precision: Double
            let recall: Double
            let files: Int
        }
        struct Mistake: Encodable {
            let path: String
            let expected: String
            let outcome: String
            let type: String?
            let confidence: Double?
            let runnerUp: String?
            let reason: String?
            let evidence: [String]

            enum CodingKeys: String, CodingKey {
                case path, expected, outcome, type, confidence, reason, evidence
                case runnerUp = "runner_up"
            }
        }

        let files: Int
        let correct: Int
        let accuracy: Double
        let unsure: Int
        let unsureShare: Double
        let accuracyOfDecided: Double
        let notClassified: Int
        let minimumConfidence: Double
        let types: [String: TypeFigures]
        let confusion: [String: [String: Int]]
        let mistakes: [Mistake]
        let missing: [String]
        let unlabelled: [String]

        enum CodingKeys: String, CodingKey {
            case files, correct, accuracy, unsure, types, confusion, mistakes, missing, unlabelled
            case unsureShare = "unsure_share", accuracyOfDecided = "accuracy_of_decided"
            case notClassified = "not_classified", minimumConfidence = "minimum_confidence"
        }

        init(_ report: EvaluationReport) {
            let evaluation = report.evaluation
            files = evaluation.count
            correct = evaluation.correctCount
            accuracy = evaluation.accuracy
            unsure = evaluation.unsureCount
            unsureShare = evaluation.unsureShare
            accuracyOfDecided = evaluation.accuracyOfDecided
            notClassified = evaluation.notClassifiedCount
            minimumConfidence = report.minimumConfidence
            types = Dictionary(uniqueKeysWithValues: AttachmentType.allCases.map {
                ($0.rawValue, TypeFigures(precision: evaluation.precision(of: $0), recall: evaluation.recall(of: $0), files: evaluation.support(of: $0)))
            })
            confusion = Dictionary(uniqueKeysWithValues: AttachmentType.allCases.map { type in
                (type.rawValue, Dictionary(uniqueKeysWithValues: ClassificationEvaluation.outcomeNames.map { ($0, evaluation.confusion(expected: type, outcome: $0)) }))
            })
            mistakes = evaluation.mistakes.map { result in
                Mistake(
                    path: result.path, expected: result.expected.rawValue, outcome: result.outcomeName,
                    type: result.classification?.type.rawValue, confidence: result.classification?.confidence,
                    runnerUp: result.classification?.runnerUp?.rawValue, reason: result.notClassifiedReason,
                    evidence: result.classification?.evidence.prefix(EvaluationReport.evidenceShown).map(\.description) ?? []
                )
            }
            missing = report.missing
            unlabelled = report.unlabelled
        }
    }
}
