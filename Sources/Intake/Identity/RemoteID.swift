import Crypto
import Foundation

/// The id under which a document is known to Endorsed as "the id of the attachment from
/// the originating system".
///
/// It is derived, not stored, so every machine computes the same id for the same document
/// and a re-run writes to the same attachment instead of creating a second one:
///
/// ```
/// remote_id = "ik1-" + hex(SHA-256("intake/remote-id/v1\n" + candidate + "\n" + sha256))[0..<32]
/// ```
///
/// where `candidate` is the lowercase candidate UUID (empty when there is none) and
/// `sha256` is the lowercase hex SHA-256 of the file's bytes. The file's name, folder and
/// attachment type are deliberately left out: renaming a file or improving the
/// classifier must not upload the same document again. 128 bits of the hash keep ids
/// short and collisions out of reach. The `ik1-` prefix names the scheme's version.
public enum RemoteID {
    /// The remote id of a document with content hash `contentSHA256` for `candidateID`.
    public static func derive(candidateID: String?, contentSHA256: String) -> String {
        let input = "intake/remote-id/v1\n\(candidateID?.lowercased() ?? "")\n\(contentSHA256.lowercased())"
        let digest = SHA256.hash(data: Data(input.utf8))
        return "ik1-" + digest.hexString.prefix(32)
    }
}

extension Digest {
    /// The digest as lowercase hexadecimal.
    var hexString: String {
        var hex = ""
        hex.reserveCapacity(Self.byteCount * 2)
        for byte in self {
            hex.append(Character(Unicode.Scalar(hexDigits[Int(byte >> 4)])))
            hex.append(Character(Unicode.Scalar(hexDigits[Int(byte & 0x0F)])))
        }
        return hex
    }
}

private let hexDigits = Array("0123456789abcdef".utf8)
