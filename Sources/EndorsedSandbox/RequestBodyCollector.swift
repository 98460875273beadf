import Hummingbird

/// Reads a small body (a token request, a JSON attachment) into one buffer, refusing one
/// larger than a limit as soon as it passes it.
enum RequestBodyCollector {
    /// The body's bytes; 413 `PAYLOAD_TOO_LARGE` past `limit` bytes.
    static func collect(_ body: RequestBody, limit: Int) async throws -> ByteBuffer {
        var collected = ByteBuffer()
        for try await chunk in body {
            guard collected.readableBytes + chunk.readableBytes <= limit else {
                throw SandboxError.payloadTooLarge("The request body is larger than the limit of \(limit) bytes for this call.")
            }
            var chunk = chunk
            collected.writeBuffer(&chunk)
        }
        return collected
    }
}
