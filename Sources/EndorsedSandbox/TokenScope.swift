/// A scope an access token may carry. Reads need ``read``, writes ``write``.
enum TokenScope: String, Sendable, Hashable, CaseIterable, Comparable {
    case read = "all:read"
    case write = "all:write"

    static func < (lhs: TokenScope, rhs: TokenScope) -> Bool { lhs.rawValue < rhs.rawValue }
}
