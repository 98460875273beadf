import Foundation
import Intake

/// The first frame a worker sends, before any request: it tells a parser worker from an
/// executable that does not serve (an embedder that forgot ``ParserWorker/serve(stages:logger:)``).
struct WorkerHello: Codable, Sendable, Equatable {
    static let current = WorkerHello(worker: "intake-parser-worker", protocolVersion: 1, stages: [])

    var worker: String
    var protocolVersion: Int
    /// The stages the worker serves, by name.
    var stages: [String]
}

/// What the parent asks a worker: run one stage on one document.
///
/// Only the fields a parsing stage reads cross the pipe: where the file is, and what the
/// stages before it found (the MIME type and its evidence, and a text and page count if a
/// stage before set them). Data that custom stages attach through typed keys stays in the
/// parent: a stage run in a worker must not need it.
struct WorkerRequest: Codable, Sendable {
    var stage: String
    var path: String
    var displayPath: String
    var pathInSource: String
    var size: Int64
    var sequenceNumber: Int
    /// What the source listed: the worker reads the file only while it is still that file.
    var identity: FileIdentity?
    var followsSymbolicLink: Bool
    /// The path's exact bytes, for a name that is not UTF-8.
    var fileSystemPath: [UInt8]?
    var mimeType: String?
    var mimeEvidence: [String]
    var pageCount: Int?
    /// Whether the document already had a text; the text itself travels as the frame's payload.
    var hasText: Bool

    /// The request for running `stage` on `document`, and the text that goes with it.
    init(stage: String, document: Document) {
        self.stage = stage
        self.path = document.file.url.absoluteURL.path(percentEncoded: false)
        self.displayPath = document.file.displayPath
        self.pathInSource = document.file.pathInSource
        self.size = document.file.size
        self.sequenceNumber = document.file.sequenceNumber
        self.identity = document.file.identity
        self.followsSymbolicLink = document.file.followsSymbolicLink
        self.fileSystemPath = document.file.fileSystemPath
        self.mimeType = document.mimeType
        self.mimeEvidence = document.mimeEvidence
        self.pageCount = document.pageCount
        self.hasText = document.text != nil
    }

    /// The document as the worker rebuilds it, with `text` from the frame's payload.
    func document(text: String?) -> Document {
        let file = InputFile(
            url: URL(filePath: path), displayPath: displayPath, pathInSource: pathInSource,
            size: size, sequenceNumber: sequenceNumber, identity: identity, followsSymbolicLink: followsSymbolicLink,
            fileSystemPath: fileSystemPath
        )
        var document = Document(file: file)
        document.mimeType = mimeType
        document.mimeEvidence = mimeEvidence
        document.pageCount = pageCount
        document.text = hasText ? (text ?? "") : nil
        return document
    }
}

/// What a worker answers: how the stage ended and what it set on the document.
struct WorkerReply: Codable, Sendable {
    /// How the stage ended in the worker.
    enum Outcome: Codable, Sendable, Equatable {
        case proceed
        case skipped(code: String, message: String)
        case failed(code: String, message: String, details: [String: String])
    }

    var outcome: Outcome
    var mimeType: String?
    var mimeEvidence: [String]
    var pageCount: Int?
    var textQuality: TextQuality?
    /// Whether the stage left a text; the text itself travels as the frame's payload.
    var hasText: Bool
    /// The notes the stage left for the trail, in order.
    var notes: [String]

    /// The reply that carries what `stage` did to `document`.
    init(outcome: Outcome, document: Document) {
        self.outcome = outcome
        self.mimeType = document.mimeType
        self.mimeEvidence = document.mimeEvidence
        self.pageCount = document.pageCount
        self.textQuality = document.textQuality
        self.hasText = document.text != nil
        self.notes = document.pendingNotes
    }

    /// Sets on `document` what the stage set in the worker, and its notes.
    func apply(to document: inout Document, text: String?) {
        document.mimeType = mimeType
        document.mimeEvidence = mimeEvidence
        document.pageCount = pageCount
        document.textQuality = textQuality
        document.text = hasText ? (text ?? "") : nil
        for note in notes { document.note(note) }
    }
}
