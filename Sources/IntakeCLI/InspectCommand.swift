import ArgumentParser
import Foundation
import Intake
import IntakeEngine
import IntakeWorkers
import Logging

/// `intake inspect`: what every stage found for one file, evidence included.
struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what every stage finds for one file, with its evidence.",
        discussion: """
            Runs the pipeline without a sink (nothing is stored or sent) and prints each \
            stage's decision and notes, the classification with every signal that counted, \
            the hashes and ids, and the start of the text.

            Examples:
              intake inspect samples/6329b0c2-4914-453c-91b8-f0b4aa707851/resume.pdf
              intake inspect notes.txt --json
            """
    )

    @Argument(help: "The file to inspect.", completion: .file())
    var file: String

    @Flag(name: .long, help: "Print the report line (JSON) instead of text.")
    var json = false

    @Option(name: .long, help: "How many characters of the extracted text to show.")
    var textPreview = 400

    @Flag(name: .long, help: "Do not recognise a scan or an image with Tesseract OCR.")
    var noOcr = false

    @OptionGroup(title: "Parsing in a worker process")
    var isolation: IsolationOptions

    func validate() throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
            throw ValidationError("\(file) is a folder; inspect takes one file (use ingest --dry-run --report for folders).")
        }
    }

    func run() async throws {
        let logger = Logger(label: "intake", factory: { _ in SwiftLogNoOpLogHandler() })
        // The file may be the hostile one being looked into: it is parsed in a worker,
        // under the same budget as in `ingest`, unless --in-process.
        let outcomes: [FileOutcome]
        if var configuration = isolation.parserWorkers(count: 1) {
            let parsing = ParsingSettings(recognizesScans: !noOcr)
            configuration.environment.merge(parsing.workerEnvironment) { _, parsing in parsing }
            outcomes = await ParserWorkerPool.withWorkers(configuration, logger: logger) { pool in
                await Self.outcomes(of: file, pipeline: StandardPipeline.make(sink: nil, workers: pool, parsing: parsing), logger: logger)
            }
        } else {
            outcomes = await Self.outcomes(of: file, pipeline: StandardPipeline.make(sink: nil), logger: logger)
        }
        guard outcomes.count == 1, let outcome = outcomes.first else {
            throw ValidationError("\(file) is a folder or names \(outcomes.count) files; inspect takes one file (use ingest --dry-run --report for folders).")
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(IngestOutcome(outcome)), as: UTF8.self))  // JSON escapes control characters
        } else {
            Console.print(InspectionText.render(outcome, textPreview: textPreview))
        }
        if outcome.status.isFailure { throw IntakeExitCode.someFilesFailed }
    }

    private static func outcomes(of file: String, pipeline: Pipeline, logger: Logger) async -> [FileOutcome] {
        let runner = PipelineRunner(pipeline: pipeline, maxFilesInFlight: 1, logger: logger)
        var outcomes: [FileOutcome] = []
        _ = await runner.run(FolderSource(paths: [file])) { outcomes.append($0) }
        return outcomes
    }
}

/// The human-readable inspection of one file.
enum InspectionText {
    static func render(_ outcome: FileOutcome, textPreview: Int) -> String {
        let document = outcome.document
        var lines = ["\(document.file.displayPath)", "  outcome     \(describe(outcome.status))"]
        lines.append("  size        \(document.size) bytes")
        lines.append("  mime        \(document.mimeType ?? "-")")
        for evidence in document.mimeEvidence { lines.append("              \(evidence)") }
        if let pages = document.pageCount { lines.append("  pages       \(pages)") }
        if let text = document.text { lines.append("  text        \(text.count) characters") }
        if let quality = document.textQuality { lines.append("  quality     \(quality)") }
        lines.append("  candidate   \(document.candidateID ?? "- (no folder in the path is named by a UUID)")")
        if let sha = document.contentSHA256 { lines.append("  sha256      \(sha)") }
        if let textSHA = document.textSHA256 { lines.append("  text sha256 \(textSHA)") }
        if let remoteID = document.remoteID { lines.append("  remote id   \(remoteID)") }
        if let classification = document.classification {
            lines.append("  type        \(classification.type.rawValue) (confidence \(String(format: "%.3f", classification.confidence)))")
            let scores = AttachmentType.allCases.map { "\($0.rawValue) \(String(format: "%.1f", classification.scores[$0] ?? 0))" }
            lines.append("  scores      " + scores.joined(separator: ", "))
            lines.append("  evidence")
            for evidence in classification.evidence { lines.append("    \(evidence)") }
        }
        lines.append("  stages")
        for record in document.trail {
            let stage = record.stage.padding(toLength: 9, withPad: " ", startingAt: 0)
            let result = record.result.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            lines.append("    \(stage) \(result) " + String(format: "%8.2f ms", record.durationMilliseconds))
            for note in record.notes { lines.append("              \(note)") }
        }
        if let text = document.text, textPreview > 0 {
            lines.append("  text (first \(min(textPreview, text.count)) characters)")
            let preview = text.prefix(textPreview).split(separator: "\n", omittingEmptySubsequences: false)
            lines.append(contentsOf: preview.map { "    | \($0)" })
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ status: FileOutcome.Status) -> String {
        switch status {
        case .uploaded(let receipt), .stored(let receipt): "\(status.name) by \(receipt.sink)"
        case .duplicate(let first): "duplicate of \(first.firstPath) (\(first.match.rawValue))"
        case .skipped(let reason): "skipped: \(reason)"
        case .failed(let failure): "failed in \(failure.stage): \(failure.code): \(failure.message)"
        case .processed: "processed (every stage passed; nothing delivered)"
        case .unchanged(let earlier): "unchanged since run \(earlier.runID) (\(earlier.status))"
        }
    }
}
