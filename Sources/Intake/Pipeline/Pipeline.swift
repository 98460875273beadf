import Foundation
import Logging
import Tracing

/// Stages composed in order; every file goes through them one after another.
///
/// ```
///  InputFile
///      │
///      ▼
///  ┌────────┐ proceed ┌─────────┐ proceed ┌──────────┐ proceed ┌────────┐ proceed ┌────────┐
///  │ sniff  │───────▶│ extract │───────▶│ classify │───────▶│ dedupe │───────▶│ upload │
///  └────────┘        └─────────┘        └──────────┘        └────────┘        └────────┘
///      │ end / throw     │                   │                  │ end            │ end
///      ▼                 ▼                   ▼                  ▼                ▼
///  ───────────────────────────────── FileOutcome ─────────────────────────────────────
///  skipped │ failed (names the stage) │ duplicate │ uploaded / stored │ processed
/// ```
///
/// Each stage receives the ``Document`` as the stage before left it. A stage that returns
/// ``StageResult/end(_:)`` ends the trip with an outcome; a stage that throws fails the
/// file (and only the file). A document that passes every stage without an ending is
/// `processed`: that is what a pipeline without a sink (a dry run) gives.
///
/// ```swift
/// let pipeline = Pipeline {
///     SniffMIME()
///     ExtractText(PDFTextExtractor())
///     Classify()
///     Deduplicate()
///     if !dryRun { Upload(to: outbox) }
/// }
/// ```
public struct Pipeline: Sendable {
    /// The stages, in the order files go through them.
    public let stages: [any Stage]

    /// Composes stages with the builder syntax.
    public init(@PipelineBuilder _ stages: () -> [any Stage]) {
        self.stages = stages()
    }

    /// Composes an explicit list of stages.
    public init(stages: [any Stage]) {
        self.stages = stages
    }

    /// Runs one file through every stage and returns its outcome. Never throws: a stage's
    /// error becomes a `failed` outcome that names the stage.
    public func process(_ file: InputFile, context: StageContext) async -> FileOutcome {
        await process(file, context: context, prepare: { _ in })
    }

    /// Runs one file through every stage, as ``process(_:context:)`` does, after `prepare`
    /// has set what the caller knows of the document: a candidate it was handed with, say.
    public func process(_ file: InputFile, context: StageContext, prepare: (inout Document) -> Void) async -> FileOutcome {
        var document = Document(file: file)
        prepare(&document)
        let prepared = document
        // One span per file, with one child per stage (and what those stages trace below
        // them: an upload's HTTP attempts), so a trace shows where a file's time went.
        return await context.telemetry.withSpan("intake.file") { span in
            let outcome = await run(prepared, context: context)
            Self.describe(outcome, on: span)
            return outcome
        }
    }

    private func run(_ prepared: Document, context: StageContext) async -> FileOutcome {
        let clock = ContinuousClock()
        let started = clock.now
        var document = prepared
        let file = document.file
        var context = context
        context.logger[metadataKey: "file"] = "\(file.displayPath)"

        for stage in stages {
            let stageStarted = clock.now
            let result: StageResult
            do {
                try Task.checkCancellation()
                result = try await context.telemetry.withSpan("intake.\(stage.name)") { [context] span in
                    do {
                        let result = try await stage.process(&document, context: context)
                        if case .end = result { span.attributes["intake.stage.result"] = "ended" }
                        return result
                    } catch {
                        span.attributes["intake.stage.result"] = "failed"
                        throw error
                    }
                }
            } catch {
                let failure = FileFailure(stage: stage.name, error: error)
                document.recordStage(stage.name, .failed, since: stageStarted, clock: clock, logger: context.logger)
                context.logger.debug("file failed", metadata: ["stage": "\(stage.name)", "code": "\(failure.code)", "message": "\(failure.message)"])
                return FileOutcome(document: document, status: .failed(failure), duration: clock.now - started)
            }
            switch result {
            case .proceed:
                document.recordStage(stage.name, .passed, since: stageStarted, clock: clock, logger: context.logger)
            case .end(let ending):
                document.recordStage(stage.name, .ended, since: stageStarted, clock: clock, logger: context.logger)
                return FileOutcome(document: document, status: FileOutcome.Status(ending), duration: clock.now - started)
            }
        }
        return FileOutcome(document: document, status: .processed, duration: clock.now - started)
    }

    /// The file's ids and how it ended, as attributes of its span.
    private static func describe(_ outcome: FileOutcome, on span: any Span) {
        let document = outcome.document
        span.attributes["intake.path"] = document.file.displayPath
        span.attributes["intake.status"] = outcome.status.name
        if let candidate = document.candidateID { span.attributes["intake.candidate_id"] = candidate }
        if let remoteID = document.remoteID { span.attributes["intake.remote_id"] = remoteID }
        if let sha256 = document.contentSHA256 { span.attributes["intake.sha256"] = sha256 }
        if let type = document.classification?.type { span.attributes["intake.type"] = type.rawValue }
        switch outcome.status {
        case .failed(let failure):
            span.attributes["intake.code"] = "\(failure.stage)/\(failure.code)"
            span.setStatus(SpanStatus(code: .error, message: failure.message))
        case .skipped(let reason):
            span.attributes["intake.code"] = reason.code
        case .uploaded, .stored, .duplicate, .processed, .unchanged:
            break
        }
    }
}

extension Document {
    /// Appends a stage's line to the trail, with the notes it left, and logs it at debug level.
    fileprivate mutating func recordStage(_ stage: String, _ result: StageRecord.Result, since start: ContinuousClock.Instant, clock: ContinuousClock, logger: Logger) {
        let elapsed = clock.now - start
        let nanoseconds = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
        let record = StageRecord(stage: stage, result: result, durationNanoseconds: nanoseconds, notes: pendingNotes)
        trail.append(record)
        pendingNotes.removeAll()
        logger.debug("\(stage) \(result.rawValue)", metadata: [
            "ms": "\(record.durationMilliseconds)",
            "notes": .array(record.notes.map { .string($0) }),
        ])
    }
}
