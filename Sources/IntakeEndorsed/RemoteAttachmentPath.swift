/// The path of an attachment addressed by its remote id, relative to the API base URL:
/// `attachments/remote.<percent-encoded remote id>`.
///
/// `PUT` on this path is the idempotent way to write an attachment (a retried `POST` whose
/// first try landed would create a duplicate), so every upload goes through it.
///
/// Every byte of the remote id's UTF-8 outside the unreserved characters of RFC 3986
/// (`A–Z a–z 0–9 - . _ ~`) is encoded, `/`, `%`, `+`, `?` and `#` included, so any remote id
/// stays one path segment. Because of the `remote.` prefix the segment is never `.` or `..`.
/// The result is already encoded: put it into a URL as an encoded path (for example
/// `URLComponents.percentEncodedPath`), never through an API that would encode it again.
public struct RemoteAttachmentPath: Sendable, Hashable, CustomStringConvertible {
    /// The remote id, unencoded.
    public let remoteID: String

    /// Makes the path for `remoteID`, which must not be empty or only whitespace.
    public init(remoteID: String) throws(AttachmentValidationError) {
        guard !remoteID.allSatisfy(\.isWhitespace) else { throw .emptyRemoteID }
        self.remoteID = remoteID
    }

    /// The `{id}` segment: `remote.<percent-encoded remote id>`.
    public var identifier: String { "remote." + Self.percentEncode(remoteID) }

    /// The path relative to the base URL: `attachments/remote.<percent-encoded remote id>`.
    public var path: String { "attachments/" + identifier }

    /// The same as ``path``.
    public var description: String { path }

    /// Percent-encodes every UTF-8 byte of `text` outside RFC 3986's unreserved characters,
    /// with uppercase hex digits (the RFC's normal form). Done by hand rather than with
    /// Foundation's character sets, whose "path allowed" set keeps `/` and other
    /// delimiters that must not survive here.
    public static func percentEncode(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                bytes.append(byte)
            default:
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
