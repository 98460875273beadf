#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
import Foundation
import Intake
import NIOCore

/// The bytes of an ``AttachmentForm`` as an async sequence of buffers, for a streamed
/// request body: the preamble, the file read from disk (or from its memory file) in
/// chunks, the epilogue. At most
/// one chunk of the file (256 KiB) is in memory per request, whatever the file's size.
///
/// Each iteration opens the file anew, so a retried request sends the body again from the
/// start. It opens it as its source listed it (``Intake/OpenedFile``: never through a
/// link that replaced it, never another file). The file must still have the size the form
/// measured, be unchanged after its last byte, and, when the form has the SHA-256 of the
/// bytes, hash to it: the last chunk and the epilogue are held back until all three hold.
/// Otherwise iteration throws ``FileChangedError``, the body stays incomplete, and the
/// server stores nothing.
struct FileBodySequence: AsyncSequence, Sendable {
    typealias Element = ByteBuffer

    /// Reads of request bodies get threads of their own: on the shared pool they would
    /// queue behind long PDF extractions and leave sockets idle.
    static let readers = BlockingPool(threadCount: 2)
    static let chunkSize = 256 * 1024

    let form: AttachmentForm
    /// Told of each chunk as it is handed on, for the attempt's idle timeout.
    var progress: TransferProgress?

    func makeAsyncIterator() -> Iterator {
        Iterator(form: form, progress: progress)
    }

    struct Iterator: AsyncIteratorProtocol {
        private enum Phase { case start, file, done }
        private let form: AttachmentForm
        private var phase = Phase.start
        private var file: OpenedFile?
        private var sent: Int64 = 0
        private var hasher: SHA256?
        private let progress: TransferProgress?

        init(form: AttachmentForm, progress: TransferProgress?) {
            self.form = form
            self.progress = progress
        }

        /// The preamble goes out with the first chunk, and the epilogue with the last, so
        /// that a small file is one buffer and one write rather than three.
        mutating func next() async throws -> ByteBuffer? {
            var buffer: ByteBuffer
            switch phase {
            case .start:
                file = try FileBodySequence.open(form)
                hasher = form.expectedSHA256 == nil ? nil : SHA256()
                buffer = ByteBuffer(bytes: form.preamble)
            case .file:
                buffer = ByteBuffer()
            case .done:
                return nil
            }
            // Asked for the next chunk: the connection took the one before.
            progress?.advance()
            let reachedEnd = try await appendChunk(to: &buffer)
            if reachedEnd {
                buffer.writeBytes(form.epilogue)
                file = nil
                phase = .done
            } else {
                phase = .file
            }
            return buffer
        }

        /// Appends the next chunk of the file and says whether the file has ended. One
        /// byte more than expected is asked for at the end, to notice a file that grew
        /// since the form measured it; a short read means the end of the file.
        private mutating func appendChunk(to buffer: inout ByteBuffer) async throws -> Bool {
            guard let file else { return true }
            let remaining = form.fileSize - sent
            let wanted = Int(Swift.min(Int64(FileBodySequence.chunkSize), remaining + 1))
            let offset = sent
            let chunk = try await FileBodySequence.readers.run { try FileBodySequence.read(file, upTo: wanted, at: offset) }
            let path = form.sourceDescription
            let changed = FileChangedError(path: path, expected: form.fileSize)
            guard Int64(chunk.count) <= remaining else { throw changed }  // it grew
            sent += Int64(chunk.count)
            hasher?.update(data: chunk)
            buffer.writeBytes(chunk)
            guard chunk.count < wanted else { return false }
            guard sent == form.fileSize else { throw changed }  // it shrank
            // The end: nothing more goes out unless these are the bytes that were listed and hashed.
            do { try file.verifyUnchanged() } catch { throw FileChangedError(path: path, expected: nil, detail: error.message) }
            if let expected = form.expectedSHA256, let digest = hasher?.finalize() {
                let read = digest.map { String(format: "%02x", $0) }.joined()
                guard read == expected else {
                    throw FileChangedError(path: path, expected: nil, detail: "its bytes are no longer the ones hashed (sha256 \(expected.prefix(12))… → \(read.prefix(12))…)")
                }
            }
            return true
        }
    }

    /// Opens the form's file as its source listed it.
    static func open(_ form: AttachmentForm) throws(FileChangedError) -> OpenedFile {
        do {
            return try OpenedFile.open(form.source)
        } catch .changed(_, let why) {
            throw FileChangedError(path: form.sourceDescription, expected: nil, detail: why)
        } catch {
            throw FileChangedError(path: form.sourceDescription, expected: nil, reason: error.message)
        }
    }

    static func read(_ file: OpenedFile, upTo count: Int, at offset: Int64) throws(FileChangedError) -> [UInt8] {
        do {
            return try file.read(upTo: count, at: offset)
        } catch {
            throw FileChangedError(path: file.displayPath, expected: nil, reason: error.message)
        }
    }
}

/// The file being uploaded could not be read, or changed size while it was being sent.
/// Not retried: the document should go through the pipeline again.
public struct FileChangedError: ReportableError, Sendable, Hashable {
    /// The file's path.
    public let path: String
    /// The size the form measured, when the file changed size.
    public let expected: Int64?
    /// The system's reason, when the file could not be read.
    public let reason: String?
    /// How the file changed, when it was not its size.
    public let detail: String?

    init(path: String, expected: Int64?, reason: String? = nil, detail: String? = nil) {
        self.path = path
        self.expected = expected
        self.reason = reason
        self.detail = detail
    }

    public var code: String { reason == nil ? "file_changed" : "unreadable" }

    public var message: String {
        if let reason { return "cannot read \(path) for the upload: \(reason)" }
        if let detail { return "\(path) was not uploaded: \(detail); run it again" }
        return "\(path) changed size while it was being uploaded (it had \(expected ?? 0) bytes); run it again"
    }
}
