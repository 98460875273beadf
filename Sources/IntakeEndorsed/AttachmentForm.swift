#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Intake

/// The `multipart/form-data` body of an attachment create or update, laid out so that it
/// can be streamed: ``preamble``, then the file's bytes read from disk in chunks, then
/// ``epilogue``. ``contentLength`` is exact and known up front without reading the file,
/// so the request can carry a `Content-Length` (rather than chunked encoding, which some
/// upload endpoints and proxies refuse) and a resume never has to sit in memory.
///
/// The parts, in order: `candidate_id` (when given), `remote_id`, `type`, `file_name`
/// (when given), `file`. The file part is last so that everything before it is one
/// precomputed block.
///
/// The size is taken when the form is made: whoever streams the body must send exactly
/// ``fileSize`` bytes and fail if the file changed, or the request would be malformed.
public struct AttachmentForm: Sendable {
    /// The candidate's UUID, sent lowercase (the form the remote id is derived from).
    public let candidateID: UUID?
    /// The attachment's id in the originating system.
    public let remoteID: String
    /// The attachment type.
    public let type: AttachmentType
    /// The `file_name` field, when given.
    public let fileName: String?
    /// The file whose bytes are the `file` part. For a file held in memory
    /// (`InputFile.isInMemory`) a URL that opens nothing: its bytes are read from
    /// ``source``'s memory file, never from this URL.
    public var fileURL: URL { source.url }
    /// The file as its source listed it: the body is read from it only while it is still
    /// that file (`OpenedFile`).
    public let source: InputFile
    /// The SHA-256 the file's bytes must have, when known: the body's last bytes are sent
    /// only once the bytes read match it, so what is uploaded is what was hashed.
    public let expectedSHA256: String?
    /// The file's size in bytes when the form was made.
    public let fileSize: Int64
    /// The multipart boundary.
    public let boundary: String
    /// Every byte of the body before the file's bytes: the field parts and the file part's
    /// headers, ending with the blank line after them.
    public let preamble: Data
    /// Every byte after the file's bytes: CRLF and the closing delimiter `--boundary--`
    /// followed by CRLF.
    public let epilogue: Data

    /// The request's `Content-Type`, boundary included (sending the type without it would
    /// make the body unparseable).
    public var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    /// The exact number of bytes of the body: preamble, file, epilogue.
    public var contentLength: Int64 { Int64(preamble.count) + fileSize + Int64(epilogue.count) }

    /// Lays out the form for `file`, reading only its size.
    ///
    /// - Parameters:
    ///   - candidateID: a UUID in any case, or `nil` to leave `candidate_id` out.
    ///   - remoteID: required; must not be empty or only whitespace.
    ///   - type: the attachment type.
    ///   - fileName: the `file_name` field, or `nil` to leave it out. It is also the
    ///     `filename` of the file part; without it the file's own name is used there.
    ///   - file: a regular file on disk.
    ///   - fileContentType: the file part's `Content-Type`, such as the sniffed MIME type.
    ///   - boundary: the multipart boundary; random by default. Fixed only in tests.
    /// - Throws: ``AttachmentValidationError`` when a value is invalid or the file cannot
    ///   be measured.
    public init(
        candidateID: String?, remoteID: String, type: AttachmentType, fileName: String? = nil,
        file: URL, fileContentType: String = "application/octet-stream",
        boundary: String = AttachmentForm.randomBoundary()
    ) throws(AttachmentValidationError) {
        // A file named by the caller may be a symbolic link the caller meant.
        try self.init(
            candidateID: candidateID, remoteID: remoteID, type: type, fileName: fileName,
            source: InputFile(url: file, followsSymbolicLink: true), expectedSHA256: nil,
            fileContentType: fileContentType, boundary: boundary
        )
    }

    /// Lays out the form for an input file as its source listed it, whose bytes must hash
    /// to `expectedSHA256` when it is given; the other parameters are as above. A file
    /// held in memory goes as well as one on disk: its size is the memory file's, and the
    /// file part's `filename` is its `InputFile.fileName`.
    public init(
        candidateID: String?, remoteID: String, type: AttachmentType, fileName: String? = nil,
        source: InputFile, expectedSHA256: String?, fileContentType: String = "application/octet-stream",
        boundary: String = AttachmentForm.randomBoundary()
    ) throws(AttachmentValidationError) {
        let file = source.url
        let uuid = try AttachmentValidationError.checkSharedFields(candidateID: candidateID, remoteID: remoteID, fileName: fileName)
        guard Self.isValidBoundary(boundary) else { throw .invalidBoundary(boundary) }
        guard !fileContentType.isEmpty,
            fileContentType.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F })
        else { throw .invalidFileContentType(fileContentType) }

        var fields: [(name: String, value: String)] = []
        if let uuid { fields.append(("candidate_id", uuid.uuidString.lowercased())) }
        fields.append(("remote_id", remoteID))
        fields.append(("type", type.rawValue))
        if let fileName { fields.append(("file_name", fileName)) }
        // A value holding the delimiter would end its part early. Checked even though a
        // random boundary makes it practically impossible, because a caller may fix one.
        for field in fields where field.value.contains("--" + boundary) {
            throw .boundaryInValue(field: field.name)
        }

        if let memory = source.memory {
            self.fileSize = memory.size
        } else if let listed = source.identity?.size {
            self.fileSize = listed
        } else {
            self.fileSize = try Self.regularFileSize(file)
        }
        self.candidateID = uuid
        self.remoteID = remoteID
        self.type = type
        self.fileName = fileName
        self.source = source
        self.expectedSHA256 = expectedSHA256
        self.boundary = boundary

        var head = ""
        for field in fields {
            head += "--\(boundary)\r\n"
            head += "Content-Disposition: form-data; name=\"\(field.name)\"\r\n\r\n"
            head += "\(field.value)\r\n"
        }
        let partFileName = fileName ?? (source.isInMemory ? source.fileName : file.lastPathComponent)
        head += "--\(boundary)\r\n"
        head += "Content-Disposition: form-data; name=\"file\"; filename=\"\(Self.escapeQuotedParameter(partFileName))\"\r\n"
        head += "Content-Type: \(fileContentType)\r\n\r\n"
        self.preamble = Data(head.utf8)
        self.epilogue = Data("\r\n--\(boundary)--\r\n".utf8)
    }

    /// The file as messages name it: its path, or the name of a file held in memory.
    var sourceDescription: String {
        source.isInMemory ? source.displayPath : fileURL.path(percentEncoded: false)
    }

    /// A fresh boundary: `intake-` and 32 random hex digits (128 bits), so no file's bytes
    /// will contain it by chance.
    public static func randomBoundary() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = (0..<2).map { _ in
            let word = generator.next() as UInt64
            let hex = String(word, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }
        return "intake-" + digits.joined()
    }

    /// Whether `boundary` is one RFC 2046 allows: 1 to 70 characters from its `bchars`,
    /// except the space (allowed only inside, and never needed).
    public static func isValidBoundary(_ boundary: String) -> Bool {
        guard (1...70).contains(boundary.utf8.count) else { return false }
        return boundary.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                true
            default:
                "'()+_,-./:=?".utf8.contains(byte)
            }
        }
    }

    /// Escapes a value for a quoted `Content-Disposition` parameter the way browsers do
    /// (WHATWG HTML, multipart/form-data encoding): `"` → `%22`, CR → `%0D`, LF → `%0A`.
    /// A quote would end the parameter and a line break would start a new header, letting a
    /// file name inject headers. A backslash goes as `%5C` too: browsers send it raw, but a
    /// server that reads the parameter as an RFC 9110 quoted-string takes it for an escape
    /// and drops it, so raw it would mean two different names. Other characters, non-ASCII
    /// included, go as UTF-8, which is what servers expect from browsers; the exact name
    /// also travels in `file_name`.
    public static func escapeQuotedParameter(_ value: String) -> String {
        var escaped = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": escaped += "%22"
            case "\\": escaped += "%5C"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// The size of the regular file at `url`, from `stat`: the file is not read. `stat`
    /// follows symbolic links, so a link to a file uploads the file it points to.
    private static func regularFileSize(_ url: URL) throws(AttachmentValidationError) -> Int64 {
        let path = url.path(percentEncoded: false)
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT { throw .fileNotFound(path: path) }
            throw .fileUnreadable(path: path, reason: String(cString: strerror(code)))
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notARegularFile(path: path) }
        return Int64(info.st_size)
    }
}
