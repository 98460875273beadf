import Foundation
import Intake
import IntakeTestFixtures
import Testing

@Suite("Pipeline")
struct PipelineTests {
    /// A stage that only passes the document on; its name is what the tests look at.
    struct Named: Stage {
        let name: String
        init(_ name: String) { self.name = name }
        func process(_ document: inout Document, context: StageContext) async throws -> StageResult { .proceed }
    }

    static func build(withMetrics: Bool, dryRun: Bool, checks: [String]) -> Pipeline {
        Pipeline {
            Named("sniff")
            if withMetrics {
                Named("metrics")
            }
            for check in checks {
                Named("check-\(check)")
            }
            if dryRun {
                Named("print")
            } else {
                Named("upload")
            }
        }
    }

    @Test("if, if/else and for inside the builder give the stages in written order")
    func builderOrder() {
        #expect(Self.build(withMetrics: true, dryRun: false, checks: ["size", "name"]).stages.map(\.name)
                == ["sniff", "metrics", "check-size", "check-name", "upload"])
        #expect(Self.build(withMetrics: false, dryRun: true, checks: []).stages.map(\.name)
                == ["sniff", "print"])
        #expect(Self.build(withMetrics: false, dryRun: false, checks: ["a"]).stages.map(\.name)
                == ["sniff", "check-a", "upload"])
    }

    @Test("an array of stages in the builder is spliced in place")
    func builderArray() {
        let middle: [any Stage] = [Named("b"), Named("c")]
        let pipeline = Pipeline {
            Named("a")
            middle
            Named("d")
        }
        #expect(pipeline.stages.map(\.name) == ["a", "b", "c", "d"])
    }

    @Test("files go through the stages in the built order and end processed without a sink")
    func processedWithoutSink() async throws {
        /// Appends its name to a list kept on the document.
        struct Visit: Stage {
            enum VisitsKey: DocumentKey { typealias Value = [String] }
            let name: String
            func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
                document[VisitsKey.self, default: []].append(name)
                return .proceed
            }
        }

        let folder = try TemporaryFolder()
        try folder.write("note.txt", text: "hello")
        let pipeline = Pipeline {
            Visit(name: "one")
            for name in ["two", "three"] { Visit(name: name) }
        }
        let outcome = await pipeline.process(try folder.inputFile("note.txt"), context: testContext)

        #expect(outcome.status == .processed)
        #expect(outcome.document[Visit.VisitsKey.self] == ["one", "two", "three"])
        #expect(outcome.document.trail.map(\.stage) == ["one", "two", "three"])
        #expect(outcome.document.trail.allSatisfy { $0.result == .passed && $0.notes.isEmpty })
    }

    @Test("the trail records each stage's result and the notes it left")
    func trailRecordsResultsAndNotes() async throws {
        struct Noting: Stage {
            let name = "noting"
            func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
                document.note("first note")
                document.note("second note")
                return .proceed
            }
        }
        struct Silent: Stage {
            let name = "silent"
            func process(_ document: inout Document, context: StageContext) async throws -> StageResult { .proceed }
        }
        struct Ending: Stage {
            let name = "ending"
            func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
                document.note("seen enough")
                return .end(.skipped(SkipReason(code: "enough", message: "seen enough")))
            }
        }
        struct Failing: Stage {
            struct Broken: ReportableError {
                var code: String { "broken" }
                var message: String { "it broke" }
            }
            let name = "failing"
            func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
                document.note("about to fail")
                throw Broken()
            }
        }
        struct NeverReached: Stage {
            let name = "never"
            func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
                Issue.record("a stage after an ending or a failure was run")
                return .proceed
            }
        }

        let folder = try TemporaryFolder()
        try folder.write("a.txt", text: "a")
        let file = try folder.inputFile("a.txt")

        let ended = await Pipeline { Noting(); Silent(); Ending(); NeverReached() }.process(file, context: testContext)
        #expect(ended.status == .skipped(SkipReason(code: "enough", message: "seen enough")))
        #expect(ended.document.trail.map(\.stage) == ["noting", "silent", "ending"])
        #expect(ended.document.trail.map(\.result) == [.passed, .passed, .ended])
        #expect(ended.document.trail.map(\.notes) == [["first note", "second note"], [], ["seen enough"]])

        let failed = await Pipeline { Noting(); Failing(); NeverReached() }.process(file, context: testContext)
        #expect(failed.status == .failed(FileFailure(stage: "failing", code: "broken", message: "it broke")))
        #expect(failed.document.trail.map(\.stage) == ["noting", "failing"])
        #expect(failed.document.trail.map(\.result) == [.passed, .failed])
        #expect(failed.document.trail.last?.notes == ["about to fail"])
    }

    @Test("a cancelled task fails the file as cancelled before the next stage")
    func cancelledBeforeStage() async throws {
        struct CancelRun: Stage {
            let name = "cancel"
            func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
                withUnsafeCurrentTask { $0?.cancel() }
                return .proceed
            }
        }
        struct NeverReached: Stage {
            let name = "never"
            func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
                Issue.record("a stage ran after the task was cancelled")
                return .proceed
            }
        }

        let folder = try TemporaryFolder()
        try folder.write("a.txt", text: "a")
        let file = try folder.inputFile("a.txt")
        let outcome = await Task { await Pipeline { CancelRun(); NeverReached() }.process(file, context: testContext) }.value

        #expect(outcome.status.failure?.stage == "never")
        #expect(outcome.status.failure?.code == "cancelled")
        #expect(outcome.document.trail.map(\.result) == [.passed, .failed])
    }
}

@Suite("DocumentKey")
struct DocumentKeyTests {
    enum LanguageKey: DocumentKey { typealias Value = String }
    enum ReviewerKey: DocumentKey { typealias Value = String }
    enum PageStatsKey: DocumentKey { typealias Value = PageStats }
    struct PageStats: Sendable, Equatable {
        var words: [Int]
        var hasTables: Bool
    }

    static func document() -> Document {
        Document(file: InputFile(url: URL(filePath: "/tmp/intake-tests/3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c13/a.txt")))
    }

    @Test("a value stored under a key comes back with its type")
    func roundTrip() {
        var document = Self.document()
        #expect(document[PageStatsKey.self] == nil)
        document[PageStatsKey.self] = PageStats(words: [120, 80], hasTables: true)
        #expect(document[PageStatsKey.self] == PageStats(words: [120, 80], hasTables: true))
        document[PageStatsKey.self]?.words.append(5)
        #expect(document[PageStatsKey.self]?.words == [120, 80, 5])
        document[PageStatsKey.self] = nil
        #expect(document[PageStatsKey.self] == nil)
    }

    @Test("two keys with the same value type do not collide")
    func keysDoNotCollide() {
        var document = Self.document()
        document[LanguageKey.self] = "en"
        #expect(document[ReviewerKey.self] == nil)
        document[ReviewerKey.self] = "sam"
        #expect(document[LanguageKey.self] == "en")
        #expect(document[ReviewerKey.self] == "sam")
    }

    @Test("a document is a value: a copy's keys are its own")
    func valueSemantics() {
        var original = Self.document()
        original[LanguageKey.self] = "en"
        var copy = original
        copy[LanguageKey.self] = "de"
        #expect(original[LanguageKey.self] == "en")
        #expect(copy[LanguageKey.self] == "de")
    }
}

extension Document {
    /// Reads a keyed value with a default, so tests can append to a list in one line.
    subscript<Key: DocumentKey>(key: Key.Type, default defaultValue: @autoclosure () -> Key.Value) -> Key.Value {
        get { self[key] ?? defaultValue() }
        set { self[key] = newValue }
    }
}
