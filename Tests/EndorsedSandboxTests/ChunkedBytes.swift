import Foundation
import NIOCore

/// `data` as a stream of `chunkSize`-byte buffers, so that the server receives the body
/// in pieces that split boundaries and headers.
struct ChunkedBytes: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let data: Data
    let chunkSize: Int

    struct AsyncIterator: AsyncIteratorProtocol {
        let data: Data
        let chunkSize: Int
        var offset = 0

        mutating func next() async -> ByteBuffer? {
            guard offset < data.count else { return nil }
            let end = Swift.min(offset + chunkSize, data.count)
            defer { offset = end }
            return ByteBuffer(bytes: data[data.startIndex + offset..<data.startIndex + end])
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(data: data, chunkSize: chunkSize)
    }
}
