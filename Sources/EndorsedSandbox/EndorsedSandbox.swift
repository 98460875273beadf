import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import UnixSignals

/// A local HTTP server that speaks the Endorsed token and attachment calls, for testing a
/// client against something real: it checks tokens and bodies as the reference describes,
/// stores what it receives (file bytes on disk, hashed), records every request, and can
/// inject faults (500s, writes that land and then fail, dropped connections, 429s, latency).
///
/// In a test, run it for the length of a closure on a free port:
///
/// ```swift
/// let stored = try await EndorsedSandbox.withRunning(SandboxConfiguration(seed: 1)) { sandbox in
///     try await upload(to: sandbox.baseURL)   // http://127.0.0.1:<port>/api/v1
///     return await sandbox.attachments()
/// }
/// ```
///
/// From the command line (`intake sandbox`), ``run(onStart:)`` serves until Ctrl-C.
///
/// Routes: `POST /api/v1/auth/tokens`; `POST /api/v1/attachments`;
/// `GET`, `PUT`, `DELETE /api/v1/attachments/{uuid | remote.<percent-encoded id>}`; and
/// `GET /sandbox/attachments`, `/sandbox/requests`, `/sandbox/files/<uuid>`, which need
/// the ``SandboxConfiguration/inspectionToken`` when there is one. Every error answer is Endorsed's envelope. Authorization
/// headers, tokens and the client secret are never logged.
public final class EndorsedSandbox: Sendable {
    /// The configuration each run uses.
    public let configuration: SandboxConfiguration
    private let logger: Logger

    /// A sandbox that is not running yet. Each run starts with no tokens, attachments or
    /// requests of its own.
    public init(configuration: SandboxConfiguration = .init(), logger: Logger = Logger(label: "endorsed-sandbox")) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Starts a sandbox, runs `body` with it once it listens, then stops it (also when
    /// `body` throws or the task is cancelled) and removes its temporary storage. The
    /// server runs in a child task of a task group, so nothing outlives the call.
    ///
    /// - Throws: what `body` throws, or why the server could not start (a port in use).
    public static func withRunning<Result: Sendable>(
        _ configuration: SandboxConfiguration = .init(),
        logger: Logger = Logger(label: "endorsed-sandbox"),
        _ body: (RunningEndorsedSandbox) async throws -> Result
    ) async throws -> Result {
        try await EndorsedSandbox(configuration: configuration, logger: logger).withRunning(body)
    }

    /// The instance form of ``withRunning(_:logger:_:)``.
    public func withRunning<Result: Sendable>(_ body: (RunningEndorsedSandbox) async throws -> Result) async throws -> Result {
        let storage = try SandboxStorage.prepare(configuration.storageDirectory)
        defer { storage.removeIfTemporary() }
        let state = SandboxState(configuration: configuration, storageDirectory: storage.url)
        let (listening, continuation) = AsyncStream<Int>.makeStream()
        let server = makeServer(state: state, gracefulShutdownSignals: []) { port in continuation.yield(port) }

        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { continuation.finish() }
                try await server.run()
            }
            var ports = listening.makeAsyncIterator()
            guard let port = await ports.next() else {
                // The server ended before it listened: its error says why, or the
                // cancellation of this task that ended it.
                try await group.next()
                try Task.checkCancellation()
                throw SandboxStartError()
            }
            let running = RunningEndorsedSandbox(port: port, baseURL: Self.baseURL(state: state), state: state)
            let outcome: Swift.Result<Result, any Error>
            do {
                outcome = .success(try await body(running))
            } catch {
                outcome = .failure(error)
            }
            await Self.stop(server, in: &group)
            return try outcome.get()
        }
    }

    /// Serves until the task is cancelled or the process receives SIGINT or SIGTERM
    /// (then open requests finish first). Calls `onStart` with the API base URL once it
    /// listens. Removes its temporary storage when it ends.
    ///
    /// - Throws: why the server could not start or stopped.
    public func run(onStart: @escaping @Sendable (URL) async -> Void) async throws {
        let storage = try SandboxStorage.prepare(configuration.storageDirectory)
        defer { storage.removeIfTemporary() }
        let state = SandboxState(configuration: configuration, storageDirectory: storage.url)
        let server = makeServer(state: state, gracefulShutdownSignals: [.sigterm, .sigint]) { _ in
            await onStart(Self.baseURL(state: state))
        }
        try await server.run()
    }

    /// How long open requests may take to finish once the sandbox is told to stop; a
    /// request still open then (an upload stalled on purpose) is cut off.
    static let shutdownGrace: Duration = .seconds(5)

    /// Stops the server gracefully: it stops accepting, lets open requests finish and ends
    /// without an error, so a normal stop logs nothing. Only a request still open after
    /// ``shutdownGrace`` makes it cancel the server instead.
    private static func stop(_ server: ServiceGroup, in group: inout ThrowingTaskGroup<Void, any Error>) async {
        await server.triggerGracefulShutdown()
        group.addTask { try await Task.sleep(for: shutdownGrace) }
        // Whichever ends first: the server, or the grace period.
        _ = try? await group.next()
        group.cancelAll()
        while case .some = try? await group.next() {}
    }

    /// The server as a service group of one, stopped by a graceful shutdown (on `signals`,
    /// or when triggered) rather than by cancellation.
    private func makeServer(
        state: SandboxState, gracefulShutdownSignals signals: [UnixSignal], onListening: @escaping @Sendable (Int) async -> Void
    ) -> ServiceGroup {
        let configuration = self.configuration
        let logger = self.logger
        let application = Application(
            router: SandboxRouter.make(state: state, logger: logger),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                state.origin = "http://\(SandboxState.urlHost(configuration.host)):\(port)"
                logger.info("Endorsed sandbox listening", metadata: ["url": "\(Self.baseURL(state: state))"])
                await onListening(port)
            },
            logger: logger
        )
        return ServiceGroup(configuration: .init(services: [application], gracefulShutdownSignals: signals, logger: logger))
    }

    private static func baseURL(state: SandboxState) -> URL {
        URL(string: state.origin + "/api/v1")!
    }
}
