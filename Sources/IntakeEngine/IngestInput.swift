import Foundation
import Intake

/// One input handed to ``Ingestor/ingest(_:)``: its bytes (in memory, in a file, or as a
/// stream), the name it is known by, and what the caller knows of it.
///
/// ```swift
/// let input = IngestInput(bytes: body, fileName: "cv.pdf", candidateID: "3f6c1a9e-…",
///                         metadata: ["tenant": "acme", "request_id": requestID])
/// ```
///
/// The candidate is given explicitly; nothing is derived from a folder's name. The metadata
/// is carried unchanged to the outcome (``IngestOutcome/metadata``) and its report line;
/// it never changes a decision.
public struct IngestInput: Sendable {
    /// Where the bytes are.
    public enum Content: Sendable {
        /// Bytes held in memory.
        case bytes([UInt8])
        /// A regular file on disk, read in place (never through a symbolic link that
        /// replaced it after it was looked at).
        case file(URL)
        /// A stream of chunks, read to its end (up to the engine's limit) before any stage
        /// runs.
        case stream(@Sendable (_ limit: Int) async throws -> [UInt8])
    }

    /// The most metadata entries an input may carry.
    public static let maximumMetadataEntries = 32
    /// The most characters of a metadata key or value.
    public static let maximumMetadataLength = 1024

    /// Where the bytes are.
    public var content: Content
    /// The name the document is known by, for bytes and streams: sent as the attachment's
    /// file name, and the report's `path`. A name only, never a path. A file on disk is
    /// known by its own name and path, whatever this says.
    public var fileName: String
    /// The candidate the document belongs to, a UUID; `nil` for none.
    public var candidateID: String?
    /// What the caller wants back with the outcome (a tenant, a request id).
    public var metadata: [String: String]

    /// Bytes held in memory, named `fileName`.
    public init(bytes: some Collection<UInt8>, fileName: String, candidateID: String? = nil, metadata: [String: String] = [:]) {
        self.content = .bytes(Array(bytes))
        self.fileName = fileName
        self.candidateID = candidateID
        self.metadata = metadata
    }

    /// A regular file on disk, known by its own name. Its candidate is `candidateID` when
    /// given, else the engine's candidate map; its folders name none.
    public init(file: URL, candidateID: String? = nil, metadata: [String: String] = [:]) {
        self.content = .file(file)
        self.fileName = file.lastPathComponent
        self.candidateID = candidateID
        self.metadata = metadata
    }

    /// A stream of byte chunks (an HTTP request's body), named `fileName`. It is read to
    /// its end first; a stream that throws, or holds more than the engine's
    /// ``IngestorConfiguration/maximumInputBytes``, is refused as a whole.
    public init<Chunks: AsyncSequence & Sendable>(
        stream: Chunks, fileName: String, candidateID: String? = nil, metadata: [String: String] = [:]
    ) where Chunks.Element: Collection<UInt8> {
        self.content = .stream { limit in
            var bytes: [UInt8] = []
            for try await chunk in stream {
                guard bytes.count + chunk.count <= limit else {
                    throw IngestInputError.tooLarge(bytes: bytes.count + chunk.count, limit: limit)
                }
                bytes.append(contentsOf: chunk)
            }
            return bytes
        }
        self.fileName = fileName
        self.candidateID = candidateID
        self.metadata = metadata
    }

    /// The candidate id, lowercase, or `nil` for none. - Throws: when it is not a UUID.
    func checkedCandidateID() throws(IngestInputError) -> String? {
        guard let candidateID else { return nil }
        guard let normalised = CandidateID.normalised(candidateID) else { throw .invalidCandidateID(candidateID) }
        return normalised
    }

    /// Throws when the file name cannot name an attachment: empty, a path, `.` or `..`,
    /// over 255 bytes, or holding a control character.
    func checkFileName() throws(IngestInputError) {
        let name = fileName
        if name.isEmpty { throw .invalidFileName(name, reason: "it is empty") }
        if name == "." || name == ".." { throw .invalidFileName(name, reason: "it names a folder") }
        if name.contains("/") || name.contains("\\") {
            throw .invalidFileName(name, reason: "it holds a path separator; give the file's name only")
        }
        if name.utf8.count > 255 { throw .invalidFileName(name, reason: "it is longer than 255 bytes") }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .invalidFileName(name, reason: "it holds a control character")
        }
    }

    /// Throws when the metadata is over its bounds.
    func checkMetadata() throws(IngestInputError) {
        if metadata.count > Self.maximumMetadataEntries {
            throw .invalidMetadata("\(metadata.count) entries; at most \(Self.maximumMetadataEntries)")
        }
        for (key, value) in metadata {
            if key.isEmpty { throw .invalidMetadata("a key is empty") }
            if key.count > Self.maximumMetadataLength || value.count > Self.maximumMetadataLength {
                throw .invalidMetadata("a key or value is longer than \(Self.maximumMetadataLength) characters")
            }
        }
    }
}
