import Foundation
@testable import Intake
import IntakeTestFixtures
import IntakeTesting
import Testing

@Suite("TextClassifier")
struct TextClassifierTests {
    /// The built-in extractor that reads a sample, chosen by its extension as a sniffer
    /// would by its bytes (the text samples' extensions are right).
    static func text(ofSample path: String) async throws -> String {
        let url = Samples.url(path)
        let (extractor, mimeType): (any TextExtractor, String) = switch url.pathExtension.lowercased() {
        case "md": (MarkdownTextExtractor(), "text/markdown")
        case "html": (HTMLTextExtractor(), "text/html")
        case "json": (JSONTextExtractor(), "application/json")
        default: (PlainTextExtractor(), "text/plain")
        }
        return try await extractor.extract(from: InputFile(url: url, displayPath: "samples/" + path), mimeType: mimeType, context: testContext).text
    }

    /// Checks what holds for every classification: a confidence in 0...1; evidence that
    /// lists the chosen type's signals first, each group strongest first; scores that add
    /// up the evidence, the chosen type's the highest.
    static func expectWellFormed(_ classification: Classification, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect((0...1).contains(classification.confidence), sourceLocation: sourceLocation)
        #expect(!classification.evidence.isEmpty, sourceLocation: sourceLocation)
        let forChosen = classification.evidence.prefix { $0.supports == classification.type }
        let forOthers = classification.evidence.dropFirst(forChosen.count)
        #expect(!forChosen.isEmpty, "evidence: \(classification.evidence.prefix(3))", sourceLocation: sourceLocation)
        #expect(forOthers.allSatisfy { $0.supports != classification.type }, "the chosen type's evidence comes first", sourceLocation: sourceLocation)
        for group in [Array(forChosen), Array(forOthers)] {
            #expect(group.map(\.weight) == group.map(\.weight).sorted(by: >), sourceLocation: sourceLocation)
        }
        let best = classification.scores[classification.type] ?? 0
        #expect(classification.scores.values.allSatisfy { $0 <= best }, sourceLocation: sourceLocation)
        for type in AttachmentType.allCases {
            let total = classification.evidence.filter { $0.supports == type }.reduce(0) { $0 + $1.weight }
            #expect(abs((classification.scores[type] ?? 0) - total) < 1e-9, "\(type)", sourceLocation: sourceLocation)
        }
    }

    @Test("the text samples the core can read are the ones expected")
    func sampleSelection() {
        #expect(Samples.textExpectations.count == 17)
        #expect(!Samples.textExpectations.contains { $0.path.hasSuffix("history.txt") })
    }

    @Test("every text sample gets the type the expectations table gives it", arguments: Samples.textExpectations)
    func sample(_ expectation: Samples.Expectation) async throws {
        let text = try await Self.text(ofSample: expectation.path)
        let classification = TextClassifier().classify(text)
        #expect(classification.type.rawValue == expectation.type, "evidence: \(classification.evidence.prefix(4))")
        Self.expectWellFormed(classification)
    }

    static let resume = """
        Jane Doe
        jane.doe@example.com · +1 555-010-2030

        Summary
        Backend engineer who ships reliable payment systems.

        Experience
        Senior Engineer, Acme Payments — Mar 2019 – Present
        Engineer, Beta Logistics — Jun 2015 – Feb 2019

        Education
        BSc Computer Science, University of Leeds, 2011 - 2015

        Skills
        Swift, Go, PostgreSQL, Kafka
        """

    static let preferences = """
        What I am looking for next
        Desired role: Staff Engineer or Engineering Manager
        Salary: at least 150,000 EUR per year
        Remote: fully remote, or hybrid in Berlin
        Notice period: 4 weeks
        Relocation: not willing to relocate
        """

    static let workHistory = """
        Senior Engineer, Acme Payments
        Mar 2019 – Present

        Engineer, Beta Logistics
        Jun 2015 – Feb 2019

        Junior Developer, Gamma Studio
        Sep 2013 - May 2015

        Intern, Delta Labs
        2012 - 2013
        """

    static let about = """
        I grew up on a farm outside Cork and I still start every day before six, which is the one habit I never managed to lose.
        I love building tools that other engineers enjoy using, and I believe the best systems are the boring ones that nobody has to think about.
        In my free time I restore old bicycles and I run a small repair cafe with my neighbours on Saturday mornings.
        """

    @Test("hand-written texts of each type get their type", arguments: [
        (resume, AttachmentType.resume),
        (preferences, .rolePreferences),
        (workHistory, .workExperiences),
        (about, .about),
    ])
    func handWritten(text: String, expected: AttachmentType) {
        let classification = TextClassifier().classify(text)
        #expect(classification.type == expected, "evidence: \(classification.evidence.prefix(4))")
        Self.expectWellFormed(classification)
    }

    @Test("the evidence names what was found")
    func evidenceDetails() {
        let resume = TextClassifier().classify(Self.resume)
        #expect(resume.evidence.contains { $0.supports == .resume && $0.signal == "section" && $0.detail == "education" })
        #expect(resume.evidence.contains { $0.supports == .resume && $0.signal == "section" && $0.detail == "skills" })
        #expect(resume.evidence.contains { $0.supports == .resume && $0.signal == "contact" && $0.detail == "an e-mail address" })

        let preferences = TextClassifier().classify(Self.preferences)
        #expect(preferences.evidence.contains { $0.supports == .rolePreferences && $0.detail == "salary" })
        #expect(preferences.evidence.contains { $0.supports == .rolePreferences && $0.detail == "notice period" })

        let history = TextClassifier().classify(Self.workHistory)
        #expect(history.evidence.contains { $0.supports == .workExperiences && $0.signal == "date-ranges" && $0.detail.hasPrefix("4 date ranges") })
    }

    @Test("a tie goes to the type listed first")
    func tie() {
        // An employer term for work experiences (2 points) and an e-mail address for a resume (2 points).
        let classification = TextClassifier().classify("Employer\njane@example.com")
        #expect(classification.scores[.resume] == 2)
        #expect(classification.scores[.workExperiences] == 2)
        #expect(classification.type == .resume)
        #expect(classification.runnerUp == .workExperiences)
    }

    /// The scores are a dictionary, whose order changes from one process to the next: the
    /// runner-up named in an `unsure` message must not.
    @Test("of runners-up with the same score, the one listed first is named, whatever the dictionary's order")
    func runnerUpTie() {
        for ordering in [[AttachmentType.rolePreferences, .workExperiences, .resume], [.resume, .workExperiences, .rolePreferences]] {
            var scores: [AttachmentType: Double] = [.about: 3]
            for type in ordering { scores[type] = 1.5 }
            let classification = Classification(type: .about, confidence: 0.4, scores: scores, evidence: [])
            #expect(classification.runnerUp == .resume)
        }
        let classification = Classification(type: .resume, confidence: 0.4, scores: [.resume: 2, .about: 1, .workExperiences: 1.5], evidence: [])
        #expect(classification.runnerUp == .workExperiences)
    }

    @Test("an empty text is about with no confidence and no evidence")
    func emptyText() {
        let classification = TextClassifier().classify("")
        #expect(classification.type == .about)
        #expect(classification.confidence == 0)
        #expect(classification.evidence.isEmpty)
        #expect(classification.runnerUp == nil)
    }
}

@Suite("Classify")
struct ClassifyTests {
    static func document(text: String?) -> Document {
        var document = Document(file: InputFile(url: URL(filePath: "/tmp/intake-tests/3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c13/note.txt")))
        document.text = text
        return document
    }

    /// A text with a little of everything: a resume heading, a preference, a date range.
    static let ambiguous = "Education\nOpen to remote roles\n2019 - 2021"

    @Test("the classification and a note with the evidence are kept on the document")
    func keepsClassification() async throws {
        let (result, document) = try await StageHarness(Classify()).run(on: Self.document(text: TextClassifierTests.preferences))
        #expect(result.proceeded)
        #expect(document.classification?.type == .rolePreferences)
        #expect(document.classification == TextClassifier().classify(TextClassifierTests.preferences))
    }

    @Test("the trail's note gives the type, the confidence and the signals for that type first")
    func noteInTrail() async throws {
        let folder = try TemporaryFolder()
        try folder.write("cv.txt", text: TextClassifierTests.resume)
        let outcome = await Pipeline { MIMEFromExtension(); ExtractText(); Classify() }.process(try folder.inputFile("cv.txt"), context: testContext)
        let classification = try #require(outcome.document.classification)
        let note = try #require(outcome.document.trail.last?.notes.first)
        #expect(outcome.document.trail.last?.stage == "classify")
        #expect(note.hasPrefix("resume at \(Int((classification.confidence * 100).rounded()))%; resume +"))
    }

    @Test("below the minimum confidence the document is skipped as unsure, naming the two likeliest types")
    func unsure() async throws {
        let classification = TextClassifier().classify(Self.ambiguous)
        #expect(classification.confidence < 0.99)
        let runnerUp = try #require(classification.runnerUp)

        let (result, document) = try await StageHarness(Classify(minimumConfidence: 0.99)).run(on: Self.document(text: Self.ambiguous))
        let reason = try #require(result.skipReason)
        #expect(reason.code == "unsure")
        #expect(reason.message.contains(classification.type.rawValue))
        #expect(reason.message.contains(runnerUp.rawValue))
        #expect(document.classification == classification)

        let (relaxed, _) = try await StageHarness(Classify(minimumConfidence: 0)).run(on: Self.document(text: Self.ambiguous))
        #expect(relaxed.proceeded)
    }

    @Test("the skip message gives the minimum as the percentage it was set to")
    func minimumInMessage() async throws {
        // 0.57 * 100 is 56.99999999999999 in floating point.
        #expect(TextClassifier().classify(Self.ambiguous).confidence < 0.57)
        let (result, _) = try await StageHarness(Classify(minimumConfidence: 0.57)).run(on: Self.document(text: Self.ambiguous))
        #expect(result.skipReason?.message.hasSuffix("below the minimum of 57%") == true, "\(String(describing: result.skipReason))")
    }

    @Test("a document without text fails as not_ready")
    func withoutText() async throws {
        let code = await reportableCode { _ = try await StageHarness(Classify()).run(on: Self.document(text: nil)) }
        #expect(code == "not_ready")
    }
}

@Suite struct ClassifierInputShapeTests {
    @Test func aLongLineOfHexClassifiesAsNothingInParticular() {
        // 80 kB of hex on one line: a JPEG dumped as text. It once took a minute in a
        // backtracking e-mail pattern; now it is read like any other text.
        let hex = String(repeating: "ffd8ffe000104a4649460001010000010001", count: 2300)
        let classification = TextClassifier().classify(hex)
        #expect(!classification.evidence.contains { $0.signal == "contact" })
    }

    @Test("phrases count as whole words only, accented words included", arguments: [
        ("C1, c1x, xc1 and c1.", "c1", 2),
        ("Un café, des cafés, décaféiné.", "café", 1),
        ("Before that, before-that, beforethat", "before that", 1),
        ("j'ai commencé; j'aime", "j'ai", 1),
        ("salary salary salary", "salary", 3),
        ("k€ 55 k€", "k€", 2),
    ])
    func wholeWords(_ text: String, _ phrase: String, _ expected: Int) {
        #expect(TextFeatures(text: text).count(phrase) == expected)
    }

    @Test func longLinesOfNumbersAndYearsAreReadLikeAnyOtherText() {
        // A table of figures exported on one line: every digit starts a possible sum of
        // money, every year a possible date range. Bounded patterns read it in one pass.
        let numbers = String(repeating: "1 234,5 ", count: 10_000)
        let years = String(repeating: "2019 2020 ", count: 8_000)
        // Dashes and currency signs with no digit anywhere: nothing to look at twice.
        let dashes = String(repeating: "– $ ", count: 10_000)
        for text in [numbers, years, dashes] {
            let classification = TextClassifier().classify(text)
            #expect(classification.scores.values.allSatisfy { $0.isFinite })
        }
    }

    @Test(arguments: [
        ("Mar 2019 – Present", "mar 2019 – present"),
        ("September 2016 to February 2019", "september 2016 to february 2019"),
        ("Sept. 2018 - Nov. 2020", "sept. 2018 - nov. 2020"),
        ("04/2015 – 12/2017", "04/2015 – 12/2017"),
        // Not a month: more than six letters after the first three.
        ("Marshmallows 2019 - 2020", "2019 - 2020"),
    ])
    func dateRangesTakeMonthNamesOfAtMostNineLetters(line: String, expected: String) {
        #expect(TextFeatures(text: line).dateRanges == [expected])
    }

    @Test func aLongWordStartingLikeAMonthOnALineWithAYearDoesNotBacktrack() {
        // Each "mar" started a month whose letters ran to the digit and back: about 25 s
        // for this line (30 kB, under the classifier's 40 000 characters) before the bound.
        // The speed itself is the benchmark's to show; this pins the answer on such a line.
        let line = String(repeating: "mar", count: 10_000) + "1 2019"
        #expect(TextFeatures(text: line).dateRanges.isEmpty)
    }

    @Test(arguments: [
        ("write to jane.doe@example.com today", true),
        ("a@b.io", true),
        ("meet @ noon", false),
        ("user@localhost", false),
        ("name@example.c", false),
        ("@example.com", false),
    ])
    func eMailAddressesAreFoundWithoutARegularExpression(text: String, expected: Bool) {
        #expect(TextFeatures.containsEmailAddress(text) == expected)
    }
}
