import Foundation
import Intake
@testable import IntakeCLI
import IntakeTestFixtures
import Testing

/// `intake eval` over the tuning part of the labelled set: real files in every format and
/// four languages, read by the real libmagic, poppler and extractors.
@Suite("intake eval")
struct EvalCommandTests {
    static let labelledRoot = Samples.packageRoot.appending(path: "labelled")

    static func report(_ part: String) async throws -> EvaluationReport {
        let labels = try ClassificationLabels(contentsOf: labelledRoot.appending(path: "\(part).csv"))
        return await EvalCommand.evaluate(
            folder: labelledRoot.appending(path: part).path(percentEncoded: false), labels: labels,
            minimumConfidence: Classify.defaultMinimumConfidence, concurrency: 4
        )
    }

    static func tuneReport() async throws -> EvaluationReport {
        try await report("tune")
    }

    /// The `format` column of a labels file, by path: `docx`, `txt-utf16`, `json-as-txt`…
    static func formats(_ part: String) throws -> [String: String] {
        let text = try String(contentsOf: labelledRoot.appending(path: "\(part).csv"), encoding: .utf8)
        var formats: [String: String] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            // The format is the fourth field from the end's side: path may hold a quoted comma.
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count >= 5 else { continue }
            let path = fields.dropLast(4).joined(separator: ",").trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            formats[path] = String(fields[fields.count - 2])
        }
        return formats
    }

    @Test("every file of the tuning set, in every format and language, gets its labelled type")
    func tuningSet() async throws {
        let report = try await Self.tuneReport()
        let evaluation = report.evaluation
        #expect(evaluation.count == 176)
        #expect(report.missing.isEmpty)
        #expect(report.unlabelled.isEmpty)
        #expect(evaluation.notClassifiedCount == 0, "\(evaluation.mistakes.compactMap(\.notClassifiedReason))")
        let formats = try Self.formats("tune")
        #expect(Set(formats.values).isSuperset(of: ["pdf", "docx", "odt", "rtf", "html", "md", "json", "json-as-txt", "yaml", "csv", "txt", "txt-utf16", "txt-latin1", "txt-oneline"]))
        let wrongByFormat = Dictionary(grouping: evaluation.mistakes) { formats[$0.path] ?? "?" }.mapValues { $0.map(\.path) }
        #expect(evaluation.correctCount == evaluation.count, "wrong, by format: \(wrongByFormat)\n\(report.text())")
    }

    @Test("the held-out part, never tuned on, meets the bar: 95% accuracy, 90% recall of each type, under 5% unsure")
    func heldOutSet() async throws {
        let report = try await Self.report("heldout")
        let evaluation = report.evaluation
        #expect(evaluation.count == 112)
        #expect(report.missing.isEmpty)
        #expect(evaluation.notClassifiedCount == 0, "\(evaluation.mistakes.compactMap(\.notClassifiedReason))")
        #expect(evaluation.accuracy >= 0.95, "\(report.text())")
        #expect(evaluation.unsureShare < 0.05, "\(report.text())")
        for type in AttachmentType.allCases {
            #expect(evaluation.recall(of: type) >= 0.9, "\(type): \(report.text())")
        }
    }

    @Test("the JSON form carries the figures and the matrix")
    func jsonForm() async throws {
        let report = try await Self.tuneReport()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        #expect(object["files"] as? Int == 176)
        #expect((object["accuracy"] as? Double).map { abs($0 - report.evaluation.accuracy) < 1e-9 } == true)
        let types = try #require(object["types"] as? [String: [String: Any]])
        #expect(Set(types.keys) == Set(AttachmentType.allCases.map(\.rawValue)))
        #expect(types.values.map { $0["files"] as? Int ?? 0 }.reduce(0, +) == 176)
        let confusion = try #require(object["confusion"] as? [String: [String: Int]])
        let counted = confusion.values.flatMap(\.values).reduce(0, +)
        #expect(counted == 176)
        for type in AttachmentType.allCases {
            #expect(confusion[type.rawValue]?[type.rawValue] == report.evaluation.support(of: type), "\(type): every tuning file gets its type")
        }
    }

    /// A resume, labelled `about` on purpose, and an about text labelled right; the labels
    /// beside the folder, not in it.
    static func folderWithAMistake() throws -> (scratch: TemporaryFolder, folder: String, labels: String) {
        let scratch = try TemporaryFolder()
        try scratch.write("set/cv.txt", text: """
            Jane Doe
            jane.doe@example.com · +1 555-010-2030

            Experience
            Senior Engineer, Acme Payments — Mar 2019 – Present
            Engineer, Beta Logistics — Jun 2015 – Feb 2019

            Education
            BSc Computer Science, University of Leeds, 2011 - 2015

            Skills
            Swift, Go, PostgreSQL, Kafka
            """)
        try scratch.write("set/bio.txt", text: """
            I grew up on a farm outside Cork and I still start every day before six. I love building tools \
            that other engineers enjoy using, and in my free time I restore old bicycles with my neighbours.
            """)
        try scratch.write("labels.csv", text: "path,type\ncv.txt,about\nbio.txt,about\n")
        return (scratch, scratch.path("set"), scratch.path("labels.csv"))
    }

    @Test("a mislabelled file is a mistake, printed with its evidence, in text and in JSON")
    func eachMistakeWithItsEvidence() async throws {
        let (scratch, folder, labelsPath) = try Self.folderWithAMistake()
        let labels = try ClassificationLabels(contentsOf: URL(filePath: labelsPath))
        let report = await EvalCommand.evaluate(folder: folder, labels: labels, minimumConfidence: Classify.defaultMinimumConfidence, concurrency: 2)
        #expect(report.evaluation.count == 2)
        #expect(report.evaluation.correctCount == 1)
        try #require(report.evaluation.mistakes.count == 1, "\(report.text())")
        let mistake = report.evaluation.mistakes[0]
        #expect(mistake.path == "cv.txt")
        #expect(mistake.expected == .about)
        let classification = try #require(mistake.classification)
        #expect(classification.type == .resume)
        let evidence = classification.evidence.prefix(EvaluationReport.evidenceShown).map(\.description)
        #expect(evidence.count == EvaluationReport.evidenceShown, "a resume has more signals than are shown")

        // The JSON form.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        let mistakes = try #require(object["mistakes"] as? [[String: Any]])
        try #require(mistakes.count == 1)
        #expect(mistakes[0]["path"] as? String == "cv.txt")
        #expect(mistakes[0]["expected"] as? String == "about")
        #expect(mistakes[0]["outcome"] as? String == "resume")
        #expect(mistakes[0]["type"] as? String == "resume")
        #expect(mistakes[0]["evidence"] as? [String] == evidence)

        // What `intake eval` prints: the mistake, what it was given, and each piece of evidence.
        let run = try await ChildProcess.runIntake(["eval", folder, "--labels", labelsPath], atMost: .seconds(60))
        #expect(run.status == 0, "\(run.standardError)")
        let printed = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let heading = try #require(printed.firstIndex(of: "  1 file not of the labelled type:"), "\(run.standardOutput)")
        #expect(printed.dropFirst(heading + 1).first == "  cv.txt", "\(run.standardOutput)")
        let given = "      labelled about, given resume at \(EvaluationReport.percent(classification.confidence))"
        #expect(printed.dropFirst(heading + 2).first?.hasPrefix(given) == true, "\(run.standardOutput)")
        #expect(Array(printed.dropFirst(heading + 3).prefix(evidence.count)) == evidence.map { "      " + $0 }, "\(run.standardOutput)")
        #expect(!printed.contains("  bio.txt"), "a file of the labelled type is not a mistake")
        withExtendedLifetime(scratch) {}
    }

    @Test("a labelled file missing from the folder and a file without a label are both reported, and the run exits 1")
    func missingAndUnlabelled() async throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("bio.txt", text: "I am a carpenter from Cork. I love old houses and the smell of oak.")
        _ = try folder.write("extra.txt", text: "Salary: 50k")
        _ = try folder.write("labels.csv", text: "path,type\nbio.txt,about\ngone.txt,resume\n")
        let labels = try ClassificationLabels(contentsOf: URL(filePath: folder.path("labels.csv")))
        let report = await EvalCommand.evaluate(folder: folder.path, labels: labels, minimumConfidence: 0.5, concurrency: 2)
        #expect(report.missing == ["gone.txt"])
        #expect(report.unlabelled.sorted() == ["extra.txt", "labels.csv"])
        #expect(report.evaluation.count == 1)
        #expect(report.text().contains("1 labelled file is not in the folder: gone.txt"))

        let command = try IntakeCommand.parseAsRoot([
            "eval", folder.path, "--labels", folder.path("labels.csv"), "--json",
        ]) as! EvalCommand
        await #expect(throws: (any Error).self) { try await command.run() }
    }
}
