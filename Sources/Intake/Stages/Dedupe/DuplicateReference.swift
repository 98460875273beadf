/// Names the document that a duplicate repeats.
public struct DuplicateReference: Sendable, Hashable {
    /// How the two documents match.
    public enum Match: String, Sendable, Hashable {
        /// Byte for byte the same file.
        case sameBytes = "same_bytes"
        /// Different files with the same normalised text (a re-exported copy).
        case sameText = "same_text"
    }

    /// The path of the first document, as the report shows it.
    public let firstPath: String
    /// How they match.
    public let match: Match
    /// The earlier run that delivered the first document, when it was not this run.
    public let earlierRunID: Int64?

    public init(firstPath: String, match: Match, earlierRunID: Int64? = nil) {
        self.firstPath = firstPath
        self.match = match
        self.earlierRunID = earlierRunID
    }
}
