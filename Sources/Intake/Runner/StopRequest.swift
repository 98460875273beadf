import Synchronization

/// Asks a running ``PipelineRunner`` to stop taking files while letting the files in
/// flight finish: the graceful stop of a first Ctrl-C, where cancelling would fail them.
///
/// ```swift
/// let stop = StopRequest()
/// // on SIGTERM:
/// stop.request()
/// ```
public final class StopRequest: Sendable {
    private let requested = Atomic<Bool>(false)

    public init() {}

    /// Stops the runner from taking more files; idempotent.
    public func request() {
        requested.store(true, ordering: .relaxed)
    }

    /// Whether a stop was requested.
    public var isRequested: Bool {
        requested.load(ordering: .relaxed)
    }
}
