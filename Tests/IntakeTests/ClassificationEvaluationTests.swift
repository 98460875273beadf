import Foundation
@testable import Intake
import Testing

/// Labels files and the figures computed from labelled outcomes.
@Suite("Classification evaluation")
struct ClassificationEvaluationTests {
    @Test("a labels file: header, extra columns, quotes and blank rows")
    func labels() throws {
        let labels = try ClassificationLabels(csv: """
            path,type,language
            ana/cv.docx,resume,es

            "ana/notes, final.txt",about,es
            bo/prefs.yaml,role_preferences,de
            """)
        #expect(labels.typeByPath == ["ana/cv.docx": .resume, "ana/notes, final.txt": .about, "bo/prefs.yaml": .rolePreferences])
    }

    @Test("a labels file that cannot be used names the row and what is wrong", arguments: [
        ("a.txt,resume\nb.txt,cv\n", "row 2: \"cv\" is not a type"),
        ("a.txt,resume\n../b.txt,about\n", "row 2: \"../b.txt\" must be a path inside"),
        ("a.txt,resume\na.txt,about\n", "row 2: a.txt is labelled both resume and about"),
        ("path,type\n", "names no file"),
    ])
    func badLabels(_ csv: String, _ message: String) {
        #expect {
            _ = try ClassificationLabels(csv: csv)
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    static func outcome(_ type: AttachmentType?, confidence: Double = 0.9, status: FileOutcome.Status = .processed) -> FileOutcome {
        var document = Document(file: InputFile(url: URL(filePath: "/tmp/x.txt")))
        if let type {
            document.classification = Classification(type: type, confidence: confidence, scores: [type: 3], evidence: [Evidence(supports: type, signal: "term", detail: "x", weight: 3)])
        }
        return FileOutcome(document: document, status: status, duration: .zero)
    }

    @Test("accuracy, unsure, precision, recall and the confusion matrix count each file once")
    func figures() {
        var evaluation = ClassificationEvaluation()
        evaluation.record(path: "1", expected: .resume, outcome: Self.outcome(.resume))
        evaluation.record(path: "2", expected: .resume, outcome: Self.outcome(.about))
        evaluation.record(path: "3", expected: .about, outcome: Self.outcome(.about))
        evaluation.record(path: "4", expected: .about, outcome: Self.outcome(.rolePreferences, confidence: 0.3, status: .skipped(SkipReason(code: "unsure", message: "x"))))
        evaluation.record(path: "5", expected: .workExperiences, outcome: Self.outcome(nil, status: .failed(FileFailure(stage: "extract", code: "pdf_damaged", message: "bad"))))

        #expect(evaluation.count == 5)
        #expect(evaluation.correctCount == 2)
        #expect(evaluation.accuracy == 0.4)
        #expect(evaluation.unsureCount == 1)
        #expect(evaluation.unsureShare == 0.2)
        #expect(evaluation.notClassifiedCount == 1)
        #expect(evaluation.accuracyOfDecided == 2.0 / 3.0)
        #expect(evaluation.precision(of: .about) == 0.5)
        #expect(evaluation.precision(of: .rolePreferences) == 1, "an unsure file is not held against precision")
        #expect(evaluation.recall(of: .resume) == 0.5)
        #expect(evaluation.recall(of: .about) == 0.5)
        #expect(evaluation.recall(of: .workExperiences) == 0)
        #expect(evaluation.confusion(expected: .resume, outcome: "about") == 1)
        #expect(evaluation.confusion(expected: .about, outcome: "unsure") == 1)
        #expect(evaluation.confusion(expected: .workExperiences, outcome: "not_classified") == 1)
        #expect(evaluation.mistakes.map(\.path) == ["2", "4", "5"])
        #expect(evaluation.mistakes.last?.notClassifiedReason == "failed: extract/pdf_damaged: bad")
    }
}
