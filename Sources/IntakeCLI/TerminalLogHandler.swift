import Foundation
import Logging

/// The log lines of `--verbose` and of the sandbox, on standard error: swift-log's stream
/// format (`<time> <level> <label>: [<metadata>] <message>`), with the message and every
/// metadata value made safe by ``TerminalSafe/line(_:)``. Log lines carry file names, run
/// paths and server messages, any of which may hold an escape sequence.
struct TerminalLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    init(label: String) {
        self.label = label
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        FileHandle.standardError.write(Data((Self.line(event: event, label: label, handlerMetadata: metadata) + "\n").utf8))
    }

    /// One log line, every part from outside escaped.
    static func line(event: LogEvent, label: String, handlerMetadata: Logger.Metadata, now: Date = Date()) -> String {
        var merged = handlerMetadata
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        var line = "\(now.ISO8601Format()) \(event.level) \(label):"
        if !merged.isEmpty {
            let pairs = merged.sorted { $0.key < $1.key }.map { "\(TerminalSafe.line($0.key))=\(TerminalSafe.line("\($0.value)"))" }
            line += " [" + pairs.joined(separator: " ") + "]"
        }
        line += " " + TerminalSafe.line("\(event.message)")
        return line
    }
}
