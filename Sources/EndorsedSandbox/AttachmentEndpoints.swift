import Foundation
import Hummingbird

/// The attachment calls: create, read, update or upsert, delete. Authentication and
/// faults are the middleware's; these check the path and the body and change the store.
struct AttachmentEndpoints {
    let state: SandboxState

    private var bodyReader: AttachmentBodyReader {
        AttachmentBodyReader(
            incomingDirectory: state.attachments.directory,
            keepsFileBytes: state.configuration.keepsFileBytes,
            maximumFileSize: state.configuration.maximumFileSize
        )
    }

    /// `POST /api/v1/attachments`: always a new attachment, even for a remote id that
    /// exists (the real API does not deduplicate either). 201 with the new id.
    func create(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let fields = try await bodyReader.read(request)
        defer { fields.file?.file.discard() }  // a no-op once the store has kept it
        if let remoteID = fields.values["remote_id"], !remoteID.isEmpty { context.trace.remoteID = remoteID }
        let write = try AttachmentWrite(checking: fields, knownCandidates: state.configuration.knownCandidateIDs)
        let outcome = try state.attachments.commit(write, to: nil, immutable: false)
        return JSONAnswer.attachmentID(outcome.attachment.id, status: .created)
    }

    /// `PUT /api/v1/attachments/{id}`: updates the attachment with that UUID (404 when
    /// there is none), or upserts by `remote.<id>`: 201 when created, 200 when updated.
    /// With immutable attachments, 409 for one that exists.
    func update(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let target = try target(of: context)
        // Refuse early what is already certain, so that the body is not read for nothing;
        // the store decides again under its lock.
        switch target {
        case .id(let id):
            guard let existing = state.attachments.find(id: id) else { throw SandboxError.notFound }
            context.trace.remoteID = existing.remoteID
            if state.configuration.immutableAttachments { throw SandboxError.immutable }
        case .remote(let remoteID):
            context.trace.remoteID = remoteID
            if state.configuration.immutableAttachments && state.attachments.find(target) != nil {
                throw SandboxError.immutable
            }
        }
        let fields = try await bodyReader.read(request)
        defer { fields.file?.file.discard() }
        let pathRemoteID: String? = if case .remote(let remoteID) = target { remoteID } else { nil }
        let write = try AttachmentWrite(checking: fields, pathRemoteID: pathRemoteID, knownCandidates: state.configuration.knownCandidateIDs)
        let outcome = try state.attachments.commit(write, to: target, immutable: state.configuration.immutableAttachments)
        switch outcome {
        case .created(let attachment): return JSONAnswer.attachmentID(attachment.id, status: .created)
        case .updated(let attachment): return JSONAnswer.attachmentID(attachment.id, status: .ok)
        }
    }

    /// `GET /api/v1/attachments/{id}`.
    func read(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let target = try target(of: context)
        if case .remote(let remoteID) = target { context.trace.remoteID = remoteID }
        guard let attachment = state.attachments.find(target) else { throw SandboxError.notFound }
        context.trace.remoteID = attachment.remoteID
        return JSONAnswer.response(
            status: .ok, body: JSONAnswer.Success(result: AttachmentView(attachment, origin: state.origin))
        )
    }

    /// `DELETE /api/v1/attachments/{id}`: 200 with the id of the attachment deleted.
    func delete(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let target = try target(of: context)
        if case .remote(let remoteID) = target { context.trace.remoteID = remoteID }
        guard let deleted = state.attachments.delete(target) else { throw SandboxError.notFound }
        context.trace.remoteID = deleted.remoteID
        return JSONAnswer.attachmentID(deleted.id, status: .ok)
    }

    /// The attachment the path's `{id}` names; 404 when it is neither a UUID nor
    /// `remote.<percent-encoded remote id>`.
    private func target(of context: SandboxRequestContext) throws -> AttachmentTarget {
        guard let segment = context.parameters.get("id"), let target = AttachmentTarget(pathSegment: segment) else {
            throw SandboxError.notFound
        }
        return target
    }
}

extension AttachmentStore.WriteOutcome {
    /// The attachment written.
    var attachment: SandboxAttachment {
        switch self {
        case .created(let attachment), .updated(let attachment): attachment
        }
    }
}
