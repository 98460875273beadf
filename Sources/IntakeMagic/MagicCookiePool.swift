import Synchronization

/// The libmagic cookies of one ``SniffMIME`` stage: a free list that grows to as many
/// cookies as there are sniffs running at once, and no further.
///
/// Opening a cookie loads libmagic's whole compiled database (several megabytes, a few
/// milliseconds), so cookies are kept and reused rather than opened per file. Sniffs run on
/// the blocking pool, so the number of cookies is bounded by that pool's thread count.
final class MagicCookiePool: Sendable {
    private let free = Mutex<[MagicCookie]>([])
    private let opened = Atomic<Int>(0)

    init() {}

    /// How many cookies this pool has opened so far (for tests and diagnostics).
    var openedCount: Int { opened.load(ordering: .relaxed) }

    /// Runs `body` with a cookie that no one else uses until `body` returns.
    ///
    /// Call it from the blocking pool: opening a cookie and using it both block.
    func withCookie<Result>(_ body: (MagicCookie) throws(MagicError) -> Result) throws(MagicError) -> Result {
        let cookie = try checkOut()
        // The cookie goes back even when libmagic reported an error: the error belongs to
        // that file, and the cookie's next call starts afresh.
        defer { checkIn(cookie) }
        return try body(cookie)
    }

    private func checkOut() throws(MagicError) -> MagicCookie {
        if let cookie = free.withLock({ $0.popLast() }) {
            return cookie
        }
        let cookie = try MagicCookie()
        opened.add(1, ordering: .relaxed)
        return cookie
    }

    private func checkIn(_ cookie: MagicCookie) {
        free.withLock { $0.append(cookie) }
    }
}
