#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Intake
import NIOCore

/// The bytes of an ``AttachmentForm`` as an async sequence of buffers, for a streamed
/// request body: the preamble, the file read from disk in chunks, the epilogue. At most
/// one chunk of the file (256 KiB) is in memory per request, whatever the file's size.
///
/// Each iteration opens the file anew, so a retried request sends the body again from the
/// start. The file must still have the size the form measured: if it has grown or shrunk,
/// iteration throws ``FileChangedError`` rather than send a body that disagrees with its
/// `Content-Length`.
struct FileBodySequence: AsyncSequence, Sendable {
    typealias Element = ByteBuffer

    /// Reads of request bodies get threads of their own: on the shared pool they would
    /// queue behind long PDF extractions and leave sockets idle.
    static let readers = BlockingPool(threadCount: 2)
    static let chunkSize = 256 * 1024

    let form: AttachmentForm

    func makeAsyncIterator() -> Iterator {
        Iterator(form: form)
    }

    struct Iterator: AsyncIteratorProtocol {
        private enum Phase { case start, file, done }
        private let form: AttachmentForm
        private var phase = Phase.start
        private var file: OpenFile?
        private var sent: Int64 = 0

        init(form: AttachmentForm) {
            self.form = form
        }

        /// The preamble goes out with the first chunk, and the epilogue with the last, so
        /// that a small file is one buffer and one write rather than three.
        mutating func next() async throws -> ByteBuffer? {
            var buffer: ByteBuffer
            switch phase {
            case .start:
                file = try OpenFile(form.fileURL)
                buffer = ByteBuffer(bytes: form.preamble)
            case .file:
                buffer = ByteBuffer()
            case .done:
                return nil
            }
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
            let chunk = try await FileBodySequence.readers.run { try file.read(upTo: wanted, at: offset) }
            let changed = FileChangedError(path: form.fileURL.path(percentEncoded: false), expected: form.fileSize)
            guard Int64(chunk.count) <= remaining else { throw changed }  // it grew
            sent += Int64(chunk.count)
            buffer.writeBytes(chunk)
            guard chunk.count < wanted else { return false }
            guard sent == form.fileSize else { throw changed }  // it shrank
            return true
        }
    }

    /// A read-only file descriptor, closed when the last reference goes.
    final class OpenFile: Sendable {
        let descriptor: Int32
        let path: String

        init(_ url: URL) throws {
            path = url.path(percentEncoded: false)
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw FileChangedError(path: path, expected: nil, reason: String(cString: strerror(errno)))
            }
        }

        deinit { close(descriptor) }

        /// Reads up to `count` bytes at `offset`; fewer only at the end of the file.
        func read(upTo count: Int, at offset: Int64) throws -> [UInt8] {
            var bytes = [UInt8](repeating: 0, count: count)
            var filled = 0
            while filled < count {
                let got = bytes.withUnsafeMutableBytes { buffer in
                    pread(descriptor, buffer.baseAddress! + filled, count - filled, off_t(offset) + off_t(filled))
                }
                if got < 0 {
                    if errno == EINTR { continue }
                    throw FileChangedError(path: path, expected: nil, reason: String(cString: strerror(errno)))
                }
                if got == 0 { break }
                filled += got
            }
            bytes.removeSubrange(filled...)
            return bytes
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

    init(path: String, expected: Int64?, reason: String? = nil) {
        self.path = path
        self.expected = expected
        self.reason = reason
    }

    public var code: String { reason == nil ? "file_changed" : "unreadable" }

    public var message: String {
        if let reason { return "cannot read \(path) for the upload: \(reason)" }
        return "\(path) changed size while it was being uploaded (it had \(expected ?? 0) bytes); run it again"
    }
}
