import Synchronization

/// What the handlers of one request learn that its record needs: the fault injected and
/// the attachment's remote id. A reference, because the request context is a value that
/// middleware hands down the chain and never gets back.
final class RequestTrace: Sendable {
    private struct State {
        var fault: InjectedFault?
        var remoteID: String?
    }

    private let state = Mutex(State())

    /// The fault injected into the request, if any.
    var fault: InjectedFault? {
        get { state.withLock { $0.fault } }
        set { state.withLock { $0.fault = newValue } }
    }

    /// The attachment's remote id, once known.
    var remoteID: String? {
        get { state.withLock { $0.remoteID } }
        set { state.withLock { $0.remoteID = newValue } }
    }
}
