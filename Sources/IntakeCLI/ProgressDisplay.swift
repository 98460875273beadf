import Foundation
import Intake
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The live progress line on a terminal: files done of total, rate, and time left.
///
/// It writes to standard error, redraws at most ten times a second, and stays silent
/// when standard error is not a terminal (a log file, CI), where a stream of carriage
/// returns would only be noise.
final class ProgressDisplay: Sendable {
    private struct State {
        var done = 0
        var failed = 0
        var bytes: Int64 = 0
        var total: Int?
        var lastDrawn: ContinuousClock.Instant?
    }

    private let state = Mutex(State())
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    /// Whether anything is drawn; when not, nobody needs the total either.
    let isEnabled: Bool

    init(enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.isEnabled = enabled
        self.started = clock.now
    }

    /// The number of files, once the counting walk knows it.
    func setTotal(_ total: Int) {
        state.withLock { $0.total = total }
    }

    /// Counts one more file and redraws if enough time has passed.
    func record(_ outcome: FileOutcome) {
        guard isEnabled else { return }
        let now = clock.now
        let line: String? = state.withLock { state in
            state.done += 1
            state.bytes += outcome.file.size
            if outcome.status.isFailure { state.failed += 1 }
            if let last = state.lastDrawn, now - last < .milliseconds(100) { return nil }
            state.lastDrawn = now
            return Self.render(state, elapsed: now - started)
        }
        if let line { Console.writeOwnText(line) }
    }

    /// Clears the line before the summary is printed.
    func finish() {
        guard isEnabled else { return }
        Console.writeOwnText("\r\u{1B}[K")
    }

    private static func render(_ state: State, elapsed: Duration) -> String {
        let seconds = max(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, 0.001)
        let rate = Double(state.done) / seconds
        let megabytesPerSecond = Double(state.bytes) / 1_048_576 / seconds
        var parts = [state.total.map { "\(state.done)/\($0) files" } ?? "\(state.done) files"]
        parts.append(String(format: "%.1f files/s", rate))
        parts.append(String(format: "%.1f MB/s", megabytesPerSecond))
        if state.failed > 0 { parts.append("\(state.failed) failed") }
        if let total = state.total, rate > 0, total > state.done {
            parts.append("about \(SummaryText.clock(Double(total - state.done) / rate)) left")
        }
        return "\r\u{1B}[K  " + parts.joined(separator: " · ")
    }
}
