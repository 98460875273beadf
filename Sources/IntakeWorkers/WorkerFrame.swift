import Foundation

/// One message on a worker's pipes: a JSON header and a payload of raw bytes (a text in
/// UTF-8, after the bytes of a file held in memory in a request that carries one), so that
/// a megabyte of text is copied, not escaped into JSON and parsed back.
///
/// ```
/// ┌──────────────┬───────────────┬─────────────┬─────────────┐
/// │ header bytes │ payload bytes │ header JSON │ payload     │
/// │ u32, big end │ u32, big end  │             │             │
/// └──────────────┴───────────────┴─────────────┴─────────────┘
/// ```
struct WorkerFrame: Sendable {
    /// The length prefix: two 32-bit lengths.
    static let prefixLength = 8

    var header: Data
    var payload: [UInt8]

    /// The frame for a message and its text.
    init<Message: Encodable>(_ message: Message, text: String?) throws {
        self.header = try JSONEncoder().encode(message)
        self.payload = text.map { Array($0.utf8) } ?? []
    }

    init(header: Data, payload: [UInt8]) {
        self.header = header
        self.payload = payload
    }

    /// The message in the header.
    func message<Message: Decodable>(_ type: Message.Type) throws -> Message {
        try JSONDecoder().decode(type, from: header)
    }

    /// The payload as text; invalid UTF-8 is repaired, never trusted.
    var text: String { String(decoding: payload, as: UTF8.self) }

    /// The bytes to write: prefix, header, payload.
    var bytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.prefixLength + header.count + payload.count)
        Self.appendLength(header.count, to: &bytes)
        Self.appendLength(payload.count, to: &bytes)
        bytes.append(contentsOf: header)
        bytes.append(contentsOf: payload)
        return bytes
    }

    /// The header and payload lengths a prefix announces.
    static func lengths(ofPrefix prefix: some Collection<UInt8>) -> (header: Int, payload: Int) {
        let bytes = Array(prefix.prefix(prefixLength))
        func length(at offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        return (length(at: 0), length(at: 4))
    }

    private static func appendLength(_ length: Int, to bytes: inout [UInt8]) {
        let value = UInt32(length)
        bytes.append(contentsOf: [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)])
    }
}

/// A frame that announced more bytes than the reader accepts.
struct FrameTooLargeError: Error, CustomStringConvertible {
    let announced: Int
    let limit: Int
    var description: String { "a frame of \(announced) bytes is over the limit of \(limit)" }
}

/// Cuts frames out of a stream of byte chunks, refusing any frame over `limit` bytes as
/// soon as its prefix announces it (before its bytes arrive).
struct FrameAssembler {
    let limit: Int
    private var buffer: [UInt8] = []
    private var start = 0

    init(limit: Int) {
        self.limit = limit
    }

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        // Bytes already consumed are dropped once they are most of the buffer, so the
        // buffer stays about one frame long.
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next whole frame, or `nil` if its bytes have not all arrived.
    mutating func nextFrame() throws(FrameTooLargeError) -> WorkerFrame? {
        let available = buffer.count - start
        guard available >= WorkerFrame.prefixLength else { return nil }
        let (headerLength, payloadLength) = WorkerFrame.lengths(ofPrefix: buffer[start...])
        let total = WorkerFrame.prefixLength + headerLength + payloadLength
        guard total <= limit else { throw FrameTooLargeError(announced: total, limit: limit) }
        guard available >= total else {
            buffer.reserveCapacity(start + total)
            return nil
        }
        let headerStart = start + WorkerFrame.prefixLength
        let payloadStart = headerStart + headerLength
        let frame = WorkerFrame(
            header: Data(buffer[headerStart..<payloadStart]),
            payload: Array(buffer[payloadStart..<payloadStart + payloadLength])
        )
        start += total
        return frame
    }
}
