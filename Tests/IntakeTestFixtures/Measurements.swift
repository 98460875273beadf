import Foundation
import Intake
import Logging

/// SHA-256 of a file as lowercase hex, read in chunks (so a gigabyte file costs one chunk
/// of memory), the way Intake itself hashes.
public func sha256Hex(of url: URL) async throws -> String {
    let size = try FileManager.default.attributesOfItem(atPath: url.path(percentEncoded: false))[.size] as? NSNumber
    let file = InputFile(url: url, size: size?.int64Value ?? 0)
    return try await ContentHasher.sha256(of: file, context: StageContext(logger: Logger(label: "intake.tests", factory: { _ in SwiftLogNoOpLogHandler() })))
}

/// The process's peak resident set size so far (`VmHWM` of `/proc/self/status`), in bytes.
public func peakResidentBytes() throws -> Int {
    let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
    guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    else { throw MeasurementError(description: "no VmHWM line in /proc/self/status") }
    return kilobytes * 1024
}

struct MeasurementError: Error, CustomStringConvertible {
    let description: String
}
