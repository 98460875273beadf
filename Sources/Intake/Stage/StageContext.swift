import Logging

/// What a stage may use besides the document: the run's logger, its pool for blocking
/// work, and where spans and metrics go.
public struct StageContext: Sendable {
    /// The logger of the run, with the file's path in its metadata.
    public var logger: Logger

    /// Where blocking calls run, off Swift's cooperative thread pool.
    public let blocking: BlockingPool

    /// Where spans and metrics go (the pipeline's span per file and per stage).
    public var telemetry: Telemetry

    public init(logger: Logger, blocking: BlockingPool = .shared, telemetry: Telemetry = .global) {
        self.logger = logger
        self.blocking = blocking
        self.telemetry = telemetry
    }
}
