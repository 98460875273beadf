import ArgumentParser
import Foundation
import Intake
import IntakeEngine
import Logging

/// `intake eval`: how well the classifier does on a labelled folder.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure classification against a labelled folder: accuracy, precision, recall, confusion.",
        discussion: """
            Reads every file of FOLDER the way `intake ingest` does (sniff, extract, \
            classify; nothing is stored or sent, no state is written) and compares the type \
            given with the type in the labels file.

            The labels file is CSV: one row `path,type` per file, the path relative to \
            FOLDER, the type one of about, resume, role_preferences, work_experiences; a \
            header row and further columns are allowed.

            It prints accuracy (files of the right type over all labelled files), the \
            files left unsure (below --min-confidence), per-type precision and recall, the \
            confusion matrix, and each file that went wrong with the evidence that decided.

            Exit status: 0 when every labelled file was found and read (and the accuracy \
            reaches --fail-under, if given); 1 otherwise; 2 when the labels cannot be used.

            Examples:
              intake eval labelled/tune --labels labelled/tune.csv
              intake eval labelled/heldout --labels labelled/heldout.csv --json
            """
    )

    @Argument(help: "The labelled folder.", completion: .directory)
    var folder: String

    @Option(name: .long, help: "The labels file (CSV: path,type).", completion: .file(extensions: ["csv"]))
    var labels: String

    @Option(name: .long, help: "The confidence below which a file is `unsure`, as in ingest (0 to 1; default \(Classify.defaultMinimumConfidence)).")
    var minConfidence: Double = Classify.defaultMinimumConfidence

    @Option(name: .long, help: "Exit 1 when the accuracy is below this (0 to 1).")
    var failUnder: Double?

    @Option(name: .long, help: "Files read at once (default: the number of CPU cores).")
    var concurrency: Int?

    @Flag(name: .long, help: "Print the results as one JSON object instead of text.")
    var json = false

    func validate() throws {
        if !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence must be between 0 and 1.")
        }
        if let failUnder, !(0...1).contains(failUnder) {
            throw ValidationError("--fail-under must be between 0 and 1.")
        }
        if let concurrency, concurrency < 1 {
            throw ValidationError("--concurrency must be at least 1.")
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("\(folder) is not a folder.")
        }
    }

    func run() async throws {
        let labelled: ClassificationLabels
        do {
            labelled = try ClassificationLabels(contentsOf: URL(filePath: labels))
        } catch {
            Console.error("\(error)")
            throw IntakeExitCode.couldNotRun
        }

        let report = await Self.evaluate(
            folder: folder, labels: labelled, minimumConfidence: minConfidence,
            concurrency: concurrency ?? ProcessInfo.processInfo.activeProcessorCount
        )
        let evaluation = report.evaluation
        let missing = report.missing
        if json { print(try report.json()) } else { Console.print(report.text()) }

        let belowTarget = failUnder.map { evaluation.accuracy < $0 } ?? false
        if !missing.isEmpty || belowTarget || evaluation.notClassifiedCount > 0 {
            throw IntakeExitCode.someFilesFailed
        }
    }

    /// Reads every file of `folder` through sniff, extract and classify, and compares
    /// each labelled file's type with its label.
    static func evaluate(folder: String, labels: ClassificationLabels, minimumConfidence: Double, concurrency: Int) async -> EvaluationReport {
        let logger = Logger(label: "intake", factory: { _ in SwiftLogNoOpLogHandler() })
        let runner = PipelineRunner(
            pipeline: StandardPipeline.classifying(minimumConfidence: minimumConfidence),
            maxFilesInFlight: concurrency,
            logger: logger
        )
        var evaluation = ClassificationEvaluation()
        var unlabelled: [String] = []
        var seen: Set<String> = []
        // Hidden files are taken too: a labelled `.notes.txt` is a file like any other.
        _ = await runner.run(FolderSource(paths: [folder], includeHidden: true)) { outcome in
            let path = outcome.file.pathInSource
            if let expected = labels.typeByPath[path] {
                seen.insert(path)
                evaluation.record(path: path, expected: expected, outcome: outcome)
            } else {
                unlabelled.append(path)
            }
        }
        return EvaluationReport(
            evaluation: evaluation, minimumConfidence: minimumConfidence,
            unlabelled: unlabelled.sorted(), missing: labels.typeByPath.keys.filter { !seen.contains($0) }.sorted()
        )
    }
}
