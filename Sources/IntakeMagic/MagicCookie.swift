import CMagic
import Synchronization

/// One libmagic cookie (`magic_t`) with its database loaded, asking for MIME types only.
///
/// libmagic keeps per-call state (the answer, the last error) inside the cookie, so a cookie
/// answers one question at a time; ``MagicCookiePool`` hands each one to one job at a time.
///
/// Sendability: a cookie is moved from thread to thread (the blocking pool's threads check
/// it out in turn), which needs `Sendable`; libmagic gives no thread safety for it.
/// **Invariant:** a cookie is either in its pool's free list or held by exactly one job on
/// the blocking pool, never used by two tasks or threads at once. ``MagicCookiePool`` is the
/// only code that hands cookies out.
final class MagicCookie: @unchecked Sendable {
    /// libmagic's `magic_set`, imported as an opaque pointer.
    private let cookie: OpaquePointer

    /// Opening cookies one at a time: concurrent `magic_open`/`magic_load` calls have
    /// corrupted the heap in other projects, and an open is rare (once per pooled cookie),
    /// so a process-wide lock costs nothing that matters.
    private static let openingLock = Mutex<Void>(())

    /// Opens a cookie with the system's compiled magic database.
    ///
    /// `MAGIC_ERROR` makes libmagic report a file it cannot read as an error; without it the
    /// error comes back as if it were a MIME type ("cannot open `x' (No such file…)").
    init() throws(MagicError) {
        cookie = try Self.openingLock.withLock { _ throws(MagicError) -> OpaquePointer in
            guard let cookie = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR) else {
                throw MagicError.databaseUnavailable("magic_open failed (out of memory)")
            }
            guard magic_load(cookie, nil) == 0 else {
                let message = Self.lastError(of: cookie) ?? "magic_load failed"
                magic_close(cookie)
                throw MagicError.databaseUnavailable(message)
            }
            return cookie
        }
    }

    deinit {
        magic_close(cookie)
    }

    /// libmagic's MIME type for the file at `path`, such as `application/pdf`.
    ///
    /// Blocks while libmagic reads the file: call it on the blocking pool.
    func mimeType(ofFileAt path: String) throws(MagicError) -> String {
        // The returned string lives inside the cookie until its next call: copy it now.
        guard let answer = magic_file(cookie, path) else {
            throw MagicError.unreadable(Self.lastError(of: cookie) ?? "libmagic could not read the file")
        }
        return String(cString: answer)
    }

    /// libmagic's MIME type for the open file `descriptor`, read from its current offset.
    ///
    /// Blocks while libmagic reads the file: call it on the blocking pool.
    func mimeType(ofDescriptor descriptor: Int32) throws(MagicError) -> String {
        guard let answer = magic_descriptor(cookie, descriptor) else {
            throw MagicError.unreadable(Self.lastError(of: cookie) ?? "libmagic could not read the file")
        }
        return String(cString: answer)
    }

    /// The cookie's last error message, copied.
    private static func lastError(of cookie: OpaquePointer) -> String? {
        magic_error(cookie).map { String(cString: $0) }
    }
}
