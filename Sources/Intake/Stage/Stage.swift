/// One step of a ``Pipeline``: it reads a ``Document``, adds what it finds, and says whether
/// the document goes on.
///
/// ```swift
/// struct RejectHugeFiles: Stage {
///     let name = "reject-huge"
///     func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
///         guard document.size > 100_000_000 else { return .proceed }
///         return .end(.skipped(SkipReason(code: "too_large", message: "over 100 MB")))
///     }
/// }
/// ```
///
/// # Implementation requirements
///
/// - **Returning ``StageResult/proceed``** hands the document to the next stage. A stage
///   should leave every field it is responsible for set (or deliberately `nil`) when it
///   proceeds.
/// - **Returning ``StageResult/end(_:)``** ends the file's trip early. That is an outcome,
///   not an error: a duplicate, an unsupported type, a delivered document. No later stage
///   sees the document.
/// - **Throwing** fails this file only. The runner records which stage threw and keeps the
///   run going. Throw a ``ReportableError`` to give the failure a stable code for reports;
///   any other error is reported with the code `error` and its description.
/// - **What may be mutated**: the document passed in, and the stage's own state (a cache,
///   a registry of hashes seen, a sink it writes to) — never another file's document. A
///   stage instance is shared by every file in flight, so its own state must be `Sendable`
///   and safe under concurrent calls (use a `Mutex` or an actor).
/// - **Blocking work** (a C library call, reading a large file) goes to
///   ``StageContext/blocking`` so that it never occupies one of Swift's cooperative threads.
/// - **Cancellation**: check `Task.isCancelled` (or call `try Task.checkCancellation()`)
///   between long steps; a cancelled file ends as failed with the code `cancelled`.
/// - A stage must not keep the document after it returns.
public protocol Stage: Sendable {
    /// A short name for traces and reports, such as `sniff` or `extract`.
    var name: String { get }

    /// The version of what the stage decides. Raise it when a change makes the stage decide
    /// differently (a better classifier, a new extractor): the files it handled in earlier
    /// runs then go through again, and only those. `1` by default.
    var version: Int { get }

    /// Reads and updates one document.
    func process(_ document: inout Document, context: StageContext) async throws -> StageResult
}

extension Stage {
    public var version: Int { 1 }
}

/// What a stage decided about a document.
public enum StageResult: Sendable {
    /// Hand the document to the next stage.
    case proceed
    /// End the file's trip here with an outcome.
    case end(Ending)
}

/// How a file's trip ended before (or at) the last stage, when it did not fail.
public enum Ending: Sendable, Hashable {
    /// A sink accepted the document; the receipt says whether it was uploaded or stored.
    case delivered(SinkReceipt)
    /// The document repeats one seen before.
    case duplicate(DuplicateReference)
    /// The document was deliberately not processed further.
    case skipped(SkipReason)
    /// The file is as an earlier run left it, and that run's outcome stands.
    case unchanged(EarlierOutcome)
}
