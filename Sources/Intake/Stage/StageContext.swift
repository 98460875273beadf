import Logging

/// What a stage may use besides the document: the run's logger and its pool for blocking work.
public struct StageContext: Sendable {
    /// The logger of the run, with the file's path in its metadata.
    public var logger: Logger

    /// Where blocking calls run, off Swift's cooperative thread pool.
    public let blocking: BlockingPool

    public init(logger: Logger, blocking: BlockingPool = .shared) {
        self.logger = logger
        self.blocking = blocking
    }
}
