import Crypto
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a file part on their way to disk: written to a temporary file in the
/// storage folder as they arrive, hashed (SHA-256) and counted on the way, so that no
/// upload is ever held in memory.
///
/// The file is the request's until ``AttachmentStore`` moves it into place; whoever ends
/// up not keeping it calls ``discard()``, and `deinit` removes it too, so that a refused or
/// failed request leaves nothing behind.
///
/// Used by one request handler at a time, which is why it is not `Sendable`. Writes are
/// plain blocking `write(2)` calls of one chunk each: a chunk is at most a few hundred
/// kilobytes and goes to the page cache, which is cheaper than a hop to a thread pool.
final class IncomingFile {
    /// The temporary file (never created when the bytes are not kept).
    let url: URL
    /// Whether the bytes go to ``url``, or are only counted and hashed.
    let keepsBytes: Bool
    /// How many bytes have been written.
    private(set) var size: Int64 = 0
    private var descriptor: Int32
    private var hasher = SHA256()
    private var isKept = false

    /// Creates an empty temporary file in `directory`, or, when `keepingBytes` is false,
    /// only gets ready to count and hash.
    init(in directory: URL, keepingBytes: Bool = true) throws {
        url = directory.appending(path: ".incoming-\(UUID().uuidString.lowercased())", directoryHint: .notDirectory)
        keepsBytes = keepingBytes
        guard keepingBytes else {
            descriptor = -1
            return
        }
        descriptor = open(url.path(percentEncoded: false), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path(percentEncoded: false)])
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if !isKept { try? FileManager.default.removeItem(at: url) }
    }

    /// Appends `bytes` to the file and the hash.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        hasher.update(bufferPointer: bytes)
        var written = keepsBytes ? 0 : bytes.count
        while written < bytes.count {
            let result = posixWrite(descriptor, base + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path(percentEncoded: false)])
            }
            written += result
        }
        size += Int64(bytes.count)
    }

    /// Closes the file and returns the lowercase hex SHA-256 of its bytes.
    func finish() throws -> String {
        if descriptor >= 0 {
            let result = close(descriptor)
            descriptor = -1
            guard result == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path(percentEncoded: false)])
            }
        }
        return hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Says the file has been moved into place and must not be removed.
    func markKept() {
        isKept = true
    }

    /// Closes and removes the file.
    func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        if !isKept { try? FileManager.default.removeItem(at: url) }
    }
}

/// `write(2)`, under a name of its own: inside ``IncomingFile`` plain `write` is the method.
private func posixWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
    #else
    Darwin.write(descriptor, buffer, count)
    #endif
}
