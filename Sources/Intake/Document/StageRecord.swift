/// One line of a document's trail: what one stage did to it and how long that took.
public struct StageRecord: Sendable, Hashable {
    /// The stage's name (``Stage/name``).
    public let stage: String
    /// How the stage ended for this file.
    public let result: Result
    /// Time spent in the stage, in nanoseconds of the monotonic clock.
    public let durationNanoseconds: Int64
    /// Notes the stage left for a human reader (``Document/note(_:)``).
    public let notes: [String]

    /// How a stage ended for one file.
    public enum Result: String, Sendable, Hashable {
        /// It passed the document on to the next stage.
        case passed
        /// It ended the file's trip with an outcome.
        case ended
        /// It threw: the file failed in this stage.
        case failed
    }

    public init(stage: String, result: Result, durationNanoseconds: Int64, notes: [String]) {
        self.stage = stage
        self.result = result
        self.durationNanoseconds = durationNanoseconds
        self.notes = notes
    }

    /// Duration in milliseconds, for reports.
    public var durationMilliseconds: Double { Double(durationNanoseconds) / 1_000_000 }
}
