import Crypto
import Foundation
import IntakeTestFixtures

/// Lowercase hex SHA-256 of `data`.
func sha256Hex(_ data: Data) -> String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
}

/// Deterministic bytes that do not compress to nothing: `count` bytes from a seed.
func pseudoRandomBytes(count: Int, seed: UInt64) -> Data {
    var state = seed
    var data = Data(capacity: count)
    while data.count < count {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        withUnsafeBytes(of: state.bigEndian) { data.append(contentsOf: $0.prefix(count - data.count)) }
    }
    return data
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The names in `folder`, hidden ones (incoming files) included.
func contents(of folder: TemporaryFolder) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path)
}
