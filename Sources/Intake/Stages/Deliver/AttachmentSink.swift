/// Where accepted documents go: the Endorsed API, a local outbox, or a sink of your own.
///
/// The ``Upload`` stage calls ``deliver(_:context:)`` once per document that reached it.
///
/// # Implementation requirements
/// - Delivering the same document twice (same ``Document/remoteID``) must not create two
///   copies: a sink writes idempotently, keyed by the remote id.
/// - Return only once the write is durable or acknowledged; throw otherwise. A thrown
///   error fails this file only.
/// - Calls arrive concurrently from every file in flight.
public protocol AttachmentSink: Sendable {
    /// A short name for traces and reports, such as `outbox` or `endorsed`.
    var name: String { get }

    /// Delivers one classified, hashed document.
    func deliver(_ document: Document, context: StageContext) async throws -> SinkReceipt
}

/// What a sink answered for one document.
public struct SinkReceipt: Sendable, Hashable {
    /// Whether the document went to a remote API or into local storage.
    public enum Kind: String, Sendable, Hashable {
        /// Sent to a remote API, which acknowledged it.
        case uploaded
        /// Recorded locally (the outbox).
        case stored
    }

    /// Uploaded or stored.
    public let kind: Kind
    /// The name of the sink that answered.
    public let sink: String
    /// The id the receiving side gave the attachment, when it gave one.
    public let attachmentID: String?
    /// A short human note, such as "already stored with the same content".
    public let detail: String?

    public init(kind: Kind, sink: String, attachmentID: String? = nil, detail: String? = nil) {
        self.kind = kind
        self.sink = sink
        self.attachmentID = attachmentID
        self.detail = detail
    }
}
