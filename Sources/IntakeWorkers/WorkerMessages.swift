import Foundation
import Intake

/// The first frame a worker sends, before any request: it tells a parser worker from an
/// executable that does not serve (an embedder that forgot ``ParserWorker/serve(stages:logger:)``).
struct WorkerHello: Codable, Sendable, Equatable {
    /// Version 2: a request may carry a file held in memory (``WorkerRequest/memory``).
    /// Version 3: requests and replies carry how many pages the text holds and whether it
    /// is the whole document's (`pagesRead`, `textIsComplete`).
    /// Version 4: replies carry what OCR did (`recognition`).
    static let current = WorkerHello(worker: "intake-parser-worker", protocolVersion: 4, stages: [])

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
///
/// A file held in memory (``Intake/InputFile/isInMemory``) has no path the worker could
/// open: its bytes cross the pipe, at the start of the frame's payload, and the text (if
/// any) follows them:
///
/// ```
/// payload: ┌─────────────────────────────────┬──────────────┐
///          │ contents: memory.contentsLength │ text, UTF-8  │
///          └─────────────────────────────────┴──────────────┘
/// ```
///
/// The worker holds the contents in a memory file of its own and rebuilds the input file
/// with the same key, name, size and sequence number.
struct WorkerRequest: Codable, Sendable {
    /// What the worker needs to rebuild a file held in memory.
    struct MemoryInput: Codable, Sendable, Equatable {
        /// ``Intake/InputFile/absolutePath``: the key its maker gave it.
        var key: String
        var fileName: String
        /// How many bytes of the payload are the file's; the rest is the text.
        var contentsLength: Int
    }

    var stage: String
    /// The file's path on disk; empty for a file held in memory.
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
    var pagesRead: Int?
    var textIsComplete: Bool
    /// Whether the document already had a text; the text itself travels as the frame's payload.
    var hasText: Bool
    /// For a file held in memory: its key and name, and the length of its bytes in the payload.
    var memory: MemoryInput?

    /// The request for running `stage` on `document`, whose file's bytes, when it is held
    /// in memory, are `contentsLength` long at the start of the payload.
    init(stage: String, document: Document, contentsLength: Int?) {
        self.stage = stage
        let file = document.file
        self.path = file.isInMemory ? "" : file.url.absoluteURL.path(percentEncoded: false)
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
        self.pagesRead = document.pagesRead
        self.textIsComplete = document.textIsComplete
        self.hasText = document.text != nil
        if file.isInMemory, let contentsLength {
            self.memory = MemoryInput(key: file.absolutePath, fileName: file.fileName, contentsLength: contentsLength)
        }
    }

    /// The frame that asks for `stage` on `document`: this request, then `contents` (the
    /// bytes of a file held in memory, when it is) and the document's text as the payload.
    static func frame(stage: String, document: Document, contents: [UInt8]?) throws -> WorkerFrame {
        let request = WorkerRequest(stage: stage, document: document, contentsLength: contents?.count)
        var frame = try WorkerFrame(request, text: document.text)
        if var bytes = contents {
            bytes.append(contentsOf: frame.payload)
            frame.payload = bytes
        }
        return frame
    }

    /// The frame's payload cut into the file's bytes (for a file held in memory) and the
    /// text after them.
    func split(_ payload: [UInt8]) throws(WorkerRequestError) -> (contents: ArraySlice<UInt8>?, text: String) {
        guard let memory else { return (nil, String(decoding: payload, as: UTF8.self)) }
        guard memory.contentsLength >= 0, memory.contentsLength <= payload.count, Int64(memory.contentsLength) == size else {
            throw WorkerRequestError(description: "the request announces \(memory.contentsLength) bytes of a \(size)-byte file in a payload of \(payload.count)")
        }
        let contents = payload[..<memory.contentsLength]
        // Invalid UTF-8 is repaired, never trusted, as in ``WorkerFrame/text``.
        return (contents, String(decoding: payload[memory.contentsLength...], as: UTF8.self))
    }

    /// The document as the worker rebuilds it, with `text` from the frame's payload, and
    /// for a file held in memory, a memory file of the worker's own holding `contents`.
    func document(text: String?, contents: ArraySlice<UInt8>? = nil) throws(InMemoryFileError) -> Document {
        let file: InputFile
        if let memory {
            let held = try InMemoryFile(bytes: contents ?? [], name: memory.fileName)
            file = InputFile(memory: held, fileName: memory.fileName, key: memory.key, sequenceNumber: sequenceNumber)
        } else {
            file = InputFile(
                url: URL(filePath: path), displayPath: displayPath, pathInSource: pathInSource,
                size: size, sequenceNumber: sequenceNumber, identity: identity, followsSymbolicLink: followsSymbolicLink,
                fileSystemPath: fileSystemPath
            )
        }
        return document(of: file, text: text)
    }

    /// A document of `file` with what the request says earlier stages found.
    func document(of file: InputFile, text: String?) -> Document {
        var document = Document(file: file)
        document.mimeType = mimeType
        document.mimeEvidence = mimeEvidence
        document.pageCount = pageCount
        document.pagesRead = pagesRead
        document.textIsComplete = textIsComplete
        document.text = hasText ? (text ?? "") : nil
        return document
    }
}

/// A request whose parts do not fit together: the parent and the worker disagree.
struct WorkerRequestError: Error, CustomStringConvertible {
    let description: String
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
    var pagesRead: Int?
    var textIsComplete: Bool
    var textQuality: TextQuality?
    /// What OCR did, when the worker recognised the text.
    var recognition: TextRecognition?
    /// Whether the stage left a text; the text itself travels as the frame's payload.
    var hasText: Bool
    /// The characters of the text, as the worker counted them: not counted again here.
    var textCharacters: Int?
    /// The notes the stage left for the trail, in order.
    var notes: [String]

    /// The reply that carries what `stage` did to `document`.
    init(outcome: Outcome, document: Document) {
        self.outcome = outcome
        self.mimeType = document.mimeType
        self.mimeEvidence = document.mimeEvidence
        self.pageCount = document.pageCount
        self.pagesRead = document.pagesRead
        self.textIsComplete = document.textIsComplete
        self.textQuality = document.textQuality
        self.recognition = document.recognition
        self.hasText = document.text != nil
        self.textCharacters = document.textCharacterCount
        self.notes = document.pendingNotes
    }

    /// Sets on `document` what the stage set in the worker, and its notes.
    func apply(to document: inout Document, text: String?) {
        document.mimeType = mimeType
        document.mimeEvidence = mimeEvidence
        document.pageCount = pageCount
        document.pagesRead = pagesRead
        document.textIsComplete = textIsComplete
        document.textQuality = textQuality
        document.recognition = recognition
        document.text = hasText ? (text ?? "") : nil
        if hasText { document.textCharacterCount = textCharacters }
        for note in notes { document.note(note) }
    }
}
