import Foundation
import IntakeOutbox
import Logging
import Synchronization

/// The names the README's Swift blocks use without declaring them. The ReadmeExamples
/// plugin makes each block's statements a method of this type (`writingAStage1()`), so
/// such a name is a member here, which each test sets to a real value.
struct ReadmeContext {
    /// `logger`.
    var logger: Logger
    /// `outbox`: a real SQLite outbox in the test's own folder.
    var outbox: OutboxSink
    /// `dryRun`.
    var dryRun: Bool
}

/// A log handler that keeps every message, so a test can read what a block logged.
struct KeptLog: LogHandler {
    final class Lines: Sendable {
        private let lines = Mutex<[String]>([])
        var all: [String] { lines.withLock { $0 } }
        func append(_ line: String) { lines.withLock { $0.append(line) } }
    }

    let lines: Lines
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        lines.append(event.message.description)
    }

    /// A logger at `info` whose messages go to `lines`.
    static func logger(into lines: Lines) -> Logger {
        Logger(label: "readme", factory: { _ in KeptLog(lines: lines) })
    }
}
