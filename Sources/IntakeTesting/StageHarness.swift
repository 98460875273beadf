import Foundation
import Intake
import Logging

/// Runs one stage on one document, with no runner, sink or folder: the way to test a
/// custom stage (as `EmbeddedChannel` tests one channel handler in SwiftNIO).
///
/// ```swift
/// @Test func marksClearances() async throws {
///     var document = Document(file: InputFile(url: URL(filePath: "/dev/null")))
///     document.text = "Holds a Top Secret clearance."
///     let (result, checked) = try await StageHarness(ClearanceCheck(forbidden: [])).run(on: document)
///     guard case .proceed = result else { Issue.record("ended early"); return }
///     #expect(checked.pendingNotes == ["mentions a top secret clearance"])
/// }
/// ```
public struct StageHarness<S: Stage>: Sendable {
    /// The stage under test.
    public let stage: S
    /// The context handed to the stage; its logger discards everything unless replaced.
    public var context: StageContext

    /// Wraps `stage`.
    public init(_ stage: S, logger: Logger = Logger(label: "intake.test", factory: { _ in SwiftLogNoOpLogHandler() })) {
        self.stage = stage
        self.context = StageContext(logger: logger)
    }

    /// Runs the stage on `document` and returns what it decided and the document as it left it.
    public func run(on document: Document) async throws -> (result: StageResult, document: Document) {
        var document = document
        let result = try await stage.process(&document, context: context)
        return (result, document)
    }

    /// Runs the stage on a document made of a file at `url`, with `prepare` applied first
    /// to set what earlier stages would have set (a MIME type, a text).
    public func run(onFileAt url: URL, prepare: (inout Document) -> Void = { _ in }) async throws -> (result: StageResult, document: Document) {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path(percentEncoded: false))[.size] as? NSNumber)?.int64Value ?? 0
        var document = Document(file: InputFile(url: url, size: size))
        prepare(&document)
        return try await run(on: document)
    }
}
