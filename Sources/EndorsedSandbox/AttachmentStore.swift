import Foundation
import Synchronization

/// The attachments the sandbox holds, and their files in the storage folder.
///
/// Every decision that depends on what exists (create or update, immutable or not) is
/// taken under one lock together with the change it leads to, so that two concurrent
/// upserts of one remote id cannot both create.
final class AttachmentStore: Sendable {
    /// What a write did.
    enum WriteOutcome: Equatable {
        case created(SandboxAttachment)
        case updated(SandboxAttachment)
    }

    /// The storage folder: stored files are `<id>` in it, incoming ones `.incoming-…`.
    let directory: URL
    private let attachments = Mutex<[UUID: SandboxAttachment]>([:])

    init(directory: URL) {
        self.directory = directory
    }

    /// Every attachment, by creation time, then id.
    var all: [SandboxAttachment] {
        attachments.withLock { Array($0.values) }.sorted {
            ($0.createdAt, $0.id.uuidString) < ($1.createdAt, $1.id.uuidString)
        }
    }

    /// The attachment `target` names, if it exists.
    func find(_ target: AttachmentTarget) -> SandboxAttachment? {
        attachments.withLock { Self.find(target, in: $0) }
    }

    /// The attachment with `id`, if it exists.
    func find(id: UUID) -> SandboxAttachment? {
        attachments.withLock { $0[id] }
    }

    /// Stores `write`: a new attachment when `target` is `nil` (a POST: never deduplicated,
    /// since that is what the real API risks and tests must see), else the one `target`
    /// names, which for `.remote` is created when it does not exist.
    ///
    /// - Throws: 404 for a `.id` target that does not exist; 409 when `immutable` and the
    ///   target exists; 400 when a `.id` target's remote id differs from the body's.
    ///   Nothing changes then, and the received file is left to the caller.
    func commit(_ write: AttachmentWrite, to target: AttachmentTarget?, immutable: Bool) throws -> WriteOutcome {
        try attachments.withLock { attachments in
            let now = Date()
            var existing: SandboxAttachment?
            switch target {
            case nil:
                existing = nil
            case .id(let id):
                guard let found = attachments[id] else { throw SandboxError.notFound }
                existing = found
            case .remote(let remoteID):
                existing = Self.find(.remote(remoteID), in: attachments)
            }
            if existing != nil && immutable { throw SandboxError.immutable }
            if let existing, existing.remoteID != write.remoteID {
                throw SandboxError.validation(
                    "remote_id cannot change: attachment \(existing.id.uuidString.lowercased()) has remote_id \(AttachmentWrite.quoted(existing.remoteID)); got \(AttachmentWrite.quoted(write.remoteID))."
                )
            }

            var attachment = existing ?? SandboxAttachment(
                id: UUID(), remoteID: write.remoteID, type: write.type, createdAt: now, modifiedAt: now, writes: 0
            )
            let storedFile = directory.appending(path: attachment.id.uuidString.lowercased(), directoryHint: .notDirectory)
            switch write.content {
            case .file(let received):
                if received.file.keepsBytes {
                    // rename(2) replaces an older file of the same attachment in one step.
                    try Self.move(received.file.url, to: storedFile)
                    received.file.markKept()
                    attachment.storedFile = storedFile
                } else {
                    if attachment.storedFile != nil { try? FileManager.default.removeItem(at: storedFile) }
                    attachment.storedFile = nil
                }
                attachment.publicFileURL = nil
                attachment.sha256 = received.sha256
                attachment.size = received.size
                attachment.contentType = received.contentType
            case .publicURL(let url):
                if attachment.storedFile != nil { try? FileManager.default.removeItem(at: storedFile) }
                attachment.publicFileURL = url
                attachment.sha256 = nil
                attachment.size = nil
                attachment.storedFile = nil
                attachment.contentType = nil
            }
            attachment.type = write.type
            attachment.candidateID = write.candidateID
            attachment.fileName = write.fileName
            attachment.modifiedAt = now
            attachment.writes += 1
            attachments[attachment.id] = attachment
            return existing == nil ? .created(attachment) : .updated(attachment)
        }
    }

    /// Deletes the attachment `target` names, and its file; returns it, or `nil` when it
    /// did not exist.
    func delete(_ target: AttachmentTarget) -> SandboxAttachment? {
        attachments.withLock { attachments in
            guard let found = Self.find(target, in: attachments) else { return nil }
            attachments[found.id] = nil
            if let storedFile = found.storedFile { try? FileManager.default.removeItem(at: storedFile) }
            return found
        }
    }

    /// For a remote id held by several attachments (POSTed twice), the first created
    /// stands for it, so that reads and upserts keep going to the same one.
    private static func find(_ target: AttachmentTarget, in attachments: [UUID: SandboxAttachment]) -> SandboxAttachment? {
        switch target {
        case .id(let id):
            return attachments[id]
        case .remote(let remoteID):
            return attachments.values
                .filter { $0.remoteID == remoteID }
                .min { ($0.createdAt, $0.id.uuidString) < ($1.createdAt, $1.id.uuidString) }
        }
    }

    private static func move(_ source: URL, to destination: URL) throws {
        let result = rename(source.path(percentEncoded: false), destination.path(percentEncoded: false))
        guard result == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path(percentEncoded: false)])
        }
    }
}
