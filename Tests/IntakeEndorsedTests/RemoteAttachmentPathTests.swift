import Foundation
import IntakeEndorsed
import Testing

/// The `remote.<id>` path: every byte outside RFC 3986's unreserved set is encoded, so any
/// remote id stays one path segment.
@Suite("RemoteAttachmentPath")
struct RemoteAttachmentPathTests {
    @Test("encodes everything outside the unreserved characters", arguments: [
        ("ik1-0123456789abcdef", "attachments/remote.ik1-0123456789abcdef"),
        ("A.b_c~d-9", "attachments/remote.A.b_c~d-9"),
        ("a/b", "attachments/remote.a%2Fb"),
        ("with space", "attachments/remote.with%20space"),
        ("100%", "attachments/remote.100%25"),
        ("%2F", "attachments/remote.%252F"),
        ("é", "attachments/remote.%C3%A9"),
        ("日本", "attachments/remote.%E6%97%A5%E6%9C%AC"),
        ("👩‍💻", "attachments/remote.%F0%9F%91%A9%E2%80%8D%F0%9F%92%BB"),
        ("a?b#c&d=e+f", "attachments/remote.a%3Fb%23c%26d%3De%2Bf"),
        ("..", "attachments/remote..."),
        ("x\r\ny", "attachments/remote.x%0D%0Ay"),
    ])
    func encoding(remoteID: String, expected: String) throws {
        let path = try RemoteAttachmentPath(remoteID: remoteID)
        #expect(path.path == expected)
        #expect(path.description == expected)
        #expect(path.identifier == String(expected.dropFirst("attachments/".count)))
        #expect(path.remoteID == remoteID)
        #expect(!path.identifier.contains("/"))
        #expect(path.identifier.removingPercentEncoding == "remote." + remoteID)
    }

    @Test("an empty or blank remote id is refused", arguments: ["", "   ", "\n"])
    func empty(remoteID: String) {
        #expect(throws: AttachmentValidationError.emptyRemoteID) {
            try RemoteAttachmentPath(remoteID: remoteID)
        }
    }
}
