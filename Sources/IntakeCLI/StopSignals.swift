#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import UnixSignals

/// The signals that stop a run gracefully, watched with swift-service-lifecycle's
/// `UnixSignalsSequence`.
///
/// The run's `ServiceGroup` does the graceful stop and bounds its wait; this says which
/// signal came (the exit status is 130 for SIGINT, 143 for SIGTERM) and keeps the tool's
/// promise that a second Ctrl-C stops at once: `ServiceGroup` ignores a second graceful
/// signal, and cannot take a signal as both graceful and cancelling.
enum StopSignals {
    static let watched: [UnixSignal] = [.sigint, .sigterm]

    /// Waits for the first watched signal and returns its number, or `nil` when the
    /// waiting task is cancelled. While waiting, the signals do not end the process; once
    /// one came (or the wait is cancelled), both have their default action again, so a
    /// second one ends the process at once.
    static func first() async -> Int32? {
        // Ignored rather than left to the default while watched: a signal delivered to any
        // thread then reaches the watch instead of ending the process.
        for watchedSignal in watched { signal(watchedSignal.rawValue, SIG_IGN) }
        defer { for watchedSignal in watched { signal(watchedSignal.rawValue, SIG_DFL) } }
        for await caught in await UnixSignalsSequence(trapping: watched) {
            return caught.rawValue
        }
        return nil
    }
}
