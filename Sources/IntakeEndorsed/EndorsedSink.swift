import Foundation
import Intake

/// The sink that uploads each document to Endorsed as an attachment.
///
/// Every document is written with `PUT attachments/remote.<remote id>`, the idempotent
/// upsert: the remote id is derived from the candidate and the file's SHA-256 (see
/// `RemoteID`), so a retry after a lost answer, a second run, or a second copy
/// of the same file rewrites one attachment and never creates another.
///
/// Endorsed may treat attachments as immutable and refuse to change one that exists. When
/// a write is refused (400, 403, 409, 412 or 422), the sink reads the attachment by its
/// remote id: if it is there, the document counts as uploaded, since the same remote id
/// means the same candidate and the same bytes. Otherwise the refusal is the file's error.
/// Likewise when every attempt of a write failed on a 5xx, a 429 or a lost connection: an
/// attempt may have been stored before its answer was lost, so the sink reads the
/// attachment back before it reports the failure.
///
/// ```swift
/// let sink = EndorsedSink(client: client, mode: .multipart)
/// let pipeline = Pipeline { SniffMIME(); ExtractText(); Classify(); Deduplicate(); Upload(to: sink) }
/// ```
public struct EndorsedSink: AttachmentSink {
    /// How the file reaches Endorsed.
    public enum UploadMode: Sendable, Hashable {
        /// Its bytes in a `multipart/form-data` body, streamed from disk.
        case multipart
        /// A JSON body whose `public_file_url` is `base` joined with the file's path
        /// relative to the folder it was found in; Endorsed downloads it from there. A file
        /// held in memory is served from nowhere: it fails with ``NoPublicURLError``.
        case publicURL(base: URL)
    }

    /// Statuses with which a server may refuse to change an existing attachment.
    static let refusalStatuses: Set<Int> = [400, 403, 409, 412, 422]

    public let name = "endorsed"
    /// The client that sends the calls.
    public let client: EndorsedClient
    /// Multipart or public URL.
    public let mode: UploadMode
    /// Whether a document without a candidate fails (`no_candidate`) rather than being
    /// uploaded without one. Endorsed allows an attachment without a candidate only for
    /// rare uses such as lookalike search, so this is the default.
    public let requiresCandidate: Bool

    /// Makes the sink.
    public init(client: EndorsedClient, mode: UploadMode = .multipart, requiresCandidate: Bool = true) {
        self.client = client
        self.mode = mode
        self.requiresCandidate = requiresCandidate
    }

    public func deliver(_ document: Document, context: StageContext) async throws -> SinkReceipt {
        guard let remoteID = document.remoteID, let type = document.classification?.type else {
            throw NotReadyError()
        }
        if requiresCandidate && document.candidateID == nil {
            throw NoCandidateError(path: document.file.displayPath)
        }
        let body = try makeBody(document, remoteID: remoteID, type: type)
        do {
            let written = try await client.upsertAttachment(body)
            return SinkReceipt(kind: .uploaded, sink: name, attachmentID: written.id, detail: written.status == 201 ? "created" : "written")
        } catch let refusal as EndorsedError where Self.refusalStatuses.contains(refusal.status) {
            guard let existing = try await client.attachment(.remoteID(remoteID)) else { throw refusal }
            var detail = "already there; the server refused to change it (HTTP \(refusal.status) \(refusal.endorsedCode))"
            if let existingType = existing.type, existingType != type.rawValue {
                detail += "; it is typed \(existingType) there, not \(type.rawValue)"
            }
            context.logger.debug("attachment already present", metadata: ["remote_id": "\(remoteID)", "status": "\(refusal.status)"])
            return SinkReceipt(kind: .uploaded, sink: name, attachmentID: existing.id, detail: detail)
        } catch let failure where Self.mayHaveLanded(failure) {
            // Every attempt failed, but one of them may have been stored before its answer
            // was lost. Ask, so that the report says what the server holds.
            guard let existing = try? await client.attachment(.remoteID(remoteID)) else { throw failure }
            context.logger.debug("attachment present although every write failed", metadata: ["remote_id": "\(remoteID)"])
            return SinkReceipt(kind: .uploaded, sink: name, attachmentID: existing.id, detail: "stored, although the last answer was: \(failure)")
        }
    }

    /// Whether a write that failed this way may still have been stored by an earlier
    /// attempt: it ran out of attempts on answers worth retrying or on lost connections.
    static func mayHaveLanded(_ error: any Error) -> Bool {
        if error is EndorsedTransportError { return true }
        if let answer = error as? EndorsedError { return RetryingTransport.retryableStatuses.contains(answer.status) }
        return false
    }

    private func makeBody(_ document: Document, remoteID: String, type: AttachmentType) throws -> AttachmentBody {
        let file = document.file
        switch mode {
        case .multipart:
            // The bytes sent must be the bytes hashed (the remote id is made of that hash).
            return .multipart(try AttachmentForm(
                candidateID: document.candidateID, remoteID: remoteID, type: type, fileName: file.fileName,
                source: file, expectedSHA256: document.contentSHA256, fileContentType: Self.headerSafeMIME(document.mimeType)
            ))
        case .publicURL(let base):
            // Its name under the base would be a URL that serves nothing, or another file.
            guard !file.isInMemory else { throw NoPublicURLError(fileName: file.fileName) }
            return .json(try AttachmentLink(
                candidateID: document.candidateID, remoteID: remoteID, type: type, fileName: file.fileName,
                publicFileURL: Self.publicURL(base: base, pathInSource: file.pathInSource)
            ))
        }
    }

    /// `base` joined with `pathInSource`, each of its segments percent-encoded so that a
    /// name with spaces, `#` or `?` stays part of the path.
    public static func publicURL(base: URL, pathInSource: String) -> URL {
        var prefix = base.absoluteString
        if !prefix.hasSuffix("/") { prefix += "/" }
        let segments = pathInSource.split(separator: "/", omittingEmptySubsequences: true)
            .filter { $0 != "." }
            .map { RemoteAttachmentPath.percentEncode(String($0)) }
        // Every segment is percent-encoded, so the string is a valid URL.
        return URL(string: prefix + segments.joined(separator: "/"))!
    }

    /// The sniffed MIME type when it can go in a header, else `application/octet-stream`.
    static func headerSafeMIME(_ mimeType: String?) -> String {
        guard let mimeType, !mimeType.isEmpty,
            mimeType.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F })
        else { return "application/octet-stream" }
        return mimeType
    }

    struct NotReadyError: ReportableError {
        var code: String { "not_ready" }
        var message: String { "the document reached the Endorsed sink without a type or a remote id" }
    }
}

/// A file held in memory reached a sink that uploads public URLs
/// (``EndorsedSink/UploadMode/publicURL(base:)``): no server serves its bytes, so there is
/// no URL to give. Upload it as multipart instead.
public struct NoPublicURLError: ReportableError, Sendable, Hashable {
    /// The file's name.
    public let fileName: String

    public var code: String { "no_public_url" }
    public var message: String {
        "\(fileName) is held in memory, so no public URL serves it; upload it with the multipart mode"
    }
}

/// A document has no candidate, and the sink requires one.
public struct NoCandidateError: ReportableError, Sendable, Hashable {
    /// The file's path.
    public let path: String

    public var code: String { "no_candidate" }
    public var message: String {
        "no candidate for this file: it is in no folder named by a candidate's UUID, and no candidate rule or candidate given with it names one"
    }
}
