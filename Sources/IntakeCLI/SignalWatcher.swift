import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGINT and SIGTERM into an async value, so that an interrupted run can stop
/// taking files, let the ones in flight end, and still write its report and summary.
enum SignalWatcher {
    /// Waits for the first of `signals` and returns it. While waiting, those signals no
    /// longer kill the process; cancelling the waiting task restores that.
    static func firstSignal(of signals: [Int32]) async -> Int32? {
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        let sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
        defer {
            // After the first signal the default action is back: a second Ctrl-C stops at once.
            sources.forEach { $0.cancel() }
            signals.forEach { signal($0, SIG_DFL) }
        }
        for await number in stream {
            return number
        }
        return nil
    }
}
