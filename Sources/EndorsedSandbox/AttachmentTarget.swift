import Foundation

/// Which attachment a `{id}` path segment names: `<uuid>` or `remote.<percent-encoded id>`.
enum AttachmentTarget: Sendable, Hashable {
    case id(UUID)
    case remote(String)

    /// The prefix of a remote id in a path, as Endorsed requires it.
    static let remotePrefix = "remote."

    /// Parses a path segment as received (still percent-encoded); `nil` when it is neither
    /// a UUID nor `remote.` followed by a non-empty remote id that decodes to UTF-8.
    init?(pathSegment: String) {
        if pathSegment.hasPrefix(Self.remotePrefix) {
            let encoded = pathSegment.dropFirst(Self.remotePrefix.count)
            guard let decoded = String(encoded).removingPercentEncoding, !decoded.isEmpty else { return nil }
            self = .remote(decoded)
        } else if let uuid = UUID(uuidString: pathSegment) {
            self = .id(uuid)
        } else {
            return nil
        }
    }
}
