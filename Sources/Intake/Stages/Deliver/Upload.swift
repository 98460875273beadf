/// The last stage: hands each document to an ``AttachmentSink`` and ends its trip with the
/// sink's receipt.
///
/// ```swift
/// Pipeline {
///     // … sniff, extract, classify, dedupe …
///     Upload(to: outbox)
/// }
/// ```
///
/// A document must carry a ``Document/classification`` and a ``Document/remoteID`` (set by
/// ``Classify`` and ``Deduplicate``); without them the file fails with `not_ready`, since
/// uploading an attachment of unknown type would put wrong data in front of recruiters.
public struct Upload: Stage {
    public let name = "upload"
    private let sink: any AttachmentSink

    /// Creates the stage that delivers to `sink`.
    public init(to sink: any AttachmentSink) {
        self.sink = sink
    }

    public func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
        guard document.classification != nil, document.remoteID != nil else {
            throw NotReadyError(missing: document.classification == nil ? "an attachment type (add Classify before Upload)" : "a remote id (add Deduplicate before Upload)")
        }
        let receipt = try await sink.deliver(document, context: context)
        document.receipt = receipt
        document.note("\(sink.name): \(receipt.kind.rawValue)\(receipt.attachmentID.map { " as \($0)" } ?? "")\(receipt.detail.map { "; \($0)" } ?? "")")
        return .end(.delivered(receipt))
    }

    struct NotReadyError: ReportableError {
        let missing: String
        var code: String { "not_ready" }
        var message: String { "the document reached the upload without \(missing)" }
    }
}
