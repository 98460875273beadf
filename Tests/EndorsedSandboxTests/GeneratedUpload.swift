import Crypto
import Foundation
import NIOCore

/// A multipart upload whose file is generated chunk by chunk as it is sent, so that the
/// test never holds it: the same 64 KiB block, each copy stamped with its index.
struct GeneratedUpload: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    static let boundary = "generated-upload-boundary-0c9d2e"
    static let chunkSize = 64 * 1024
    static let block = pseudoRandomBytes(count: chunkSize, seed: 99)

    let remoteID: String
    let fileSize: Int

    var head: Data {
        var text = "--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"remote_id\"\r\n\r\n\(remoteID)\r\n"
        text += "--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nresume\r\n"
        text += "--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"large.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        return Data(text.utf8)
    }

    var tail: Data { Data("\r\n--\(Self.boundary)--\r\n".utf8) }

    var totalSize: Int { head.count + fileSize + tail.count }

    /// The file's chunk at `index`.
    static func chunk(_ index: Int, fileSize: Int) -> Data {
        var chunk = block.prefix(Swift.min(chunkSize, fileSize - index * chunkSize))
        withUnsafeBytes(of: UInt64(index).bigEndian) { stamp in
            chunk.replaceSubrange(chunk.startIndex..<chunk.startIndex + Swift.min(8, chunk.count), with: stamp.prefix(chunk.count))
        }
        return chunk
    }

    var chunkCount: Int { (fileSize + Self.chunkSize - 1) / Self.chunkSize }

    func expectedSHA256() -> String {
        var hasher = SHA256()
        for index in 0..<chunkCount { hasher.update(data: Self.chunk(index, fileSize: fileSize)) }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    struct AsyncIterator: AsyncIteratorProtocol {
        let upload: GeneratedUpload
        /// -1: the head; 0..<chunkCount: the file; chunkCount: the tail; past it: done.
        var position = -1

        mutating func next() async -> ByteBuffer? {
            defer { position += 1 }
            switch position {
            case -1: return ByteBuffer(bytes: upload.head)
            case 0..<upload.chunkCount: return ByteBuffer(bytes: GeneratedUpload.chunk(position, fileSize: upload.fileSize))
            case upload.chunkCount: return ByteBuffer(bytes: upload.tail)
            default: return nil
            }
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(upload: self)
    }
}
