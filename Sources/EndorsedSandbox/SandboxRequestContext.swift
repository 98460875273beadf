import Hummingbird

/// The request context of the sandbox: Hummingbird's core storage, the request's
/// ``RequestTrace``, and the connection, which a dropped request closes.
struct SandboxRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// What the handlers learnt for the request's record.
    let trace: RequestTrace
    /// Closes the request's connection at once, so that the client sees it end without
    /// an answer. Nothing written after this reaches the client.
    let closeConnection: @Sendable () async -> Void

    init(source: ApplicationRequestContextSource) {
        self.coreContext = CoreRequestContextStorage(source: source)
        self.trace = RequestTrace()
        let channel = source.channel
        self.closeConnection = { try? await channel.close() }
    }
}
