import Foundation
import Intake
import IntakeEngine
import Synchronization

/// Writes the JSON Lines report: one line per file, flushed as each file ends, so a report
/// of a run that was killed still holds every file that had ended.
final class ReportWriter: Sendable {
    private let handle: FileHandle
    private let encoder: JSONEncoder
    /// The first write error; later writes are not attempted once one failed.
    private let failure = Mutex<String?>(nil)

    /// Creates (or truncates) the report at `url`, and the folders above it when missing
    /// (`--report .intake/run.jsonl` works on a fresh checkout). The path is opened in
    /// place, as a shell redirection would: a device or a pipe (`/dev/stdout`, `/dev/full`)
    /// is written to, never replaced by a regular file.
    init(url: URL) throws {
        let path = url.path(percentEncoded: false)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CLIError("cannot create the report file \(path): \(String(cString: strerror(errno))); check that its folder is writable")
        }
        self.handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        self.encoder = encoder
    }

    /// Appends the line of one outcome.
    func write(_ outcome: IngestOutcome) {
        failure.withLock { failure in
            guard failure == nil else { return }
            do {
                var data = try encoder.encode(outcome)
                data.append(0x0A)
                try handle.write(contentsOf: data)
            } catch {
                failure = "\(error)"
            }
        }
    }

    /// Closes the file; throws if any line could not be written.
    func close() throws {
        try? handle.close()
        if let message = failure.withLock({ $0 }) {
            throw CLIError("the report could not be written completely: \(message)")
        }
    }
}

/// An error that ends a command with a message for the user.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
