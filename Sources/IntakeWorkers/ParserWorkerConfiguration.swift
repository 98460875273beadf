import Foundation
import Intake

extension ParserWorkerPool {
    /// How many workers a pool runs, which executable they are, and each file's budget.
    ///
    /// The defaults suit candidates' documents: a minute of parsing per file is far more
    /// than any real document needs (the slowest real PDFs here take a few seconds), and a
    /// gigabyte of address space per worker holds poppler's caches for thousands of pages.
    public struct Configuration: Sendable {
        /// The executable every worker runs: by default this process's own, which must
        /// call ``ParserWorker/serve(stages:logger:)`` when ``ParserWorker/isRequested``.
        public var executable: URL
        /// Arguments for the executable.
        public var arguments: [String]
        /// Variables added to the workers' environment (which is otherwise this process's):
        /// how the engine tells its workers how to read.
        public var environment: [String: String] = [:]
        /// How many worker processes run at once (at least 1).
        public var workers: Int
        /// The wall-clock time one file may spend in workers, all its isolated stages
        /// together. Past it the worker is killed and the file fails with `timeout`.
        public var fileTimeout: Duration
        /// The address-space ceiling of each worker, set with `RLIMIT_AS` and enforced by
        /// the kernel. A file that needs more fails with `out_of_memory`.
        public var memoryLimitBytes: UInt64
        /// The most bytes one reply may hold (the text, mostly). A worker that sends more is
        /// killed and the file fails with `reply_too_large`.
        public var maximumReplyBytes: Int
        /// A worker is replaced after this many requests, so slow leaks and caches in the C
        /// libraries never build up. A file is one request per isolated stage (two with
        /// sniff and extract).
        public var requestsPerWorker: Int
        /// A worker whose resident memory is above this after a file is replaced.
        public var recycleResidentBytes: UInt64

        /// The executable of the running process.
        public static var currentExecutable: URL {
            #if os(Linux)
            URL(filePath: "/proc/self/exe").resolvingSymlinksInPath()
            #else
            URL(filePath: CommandLine.arguments[0]).absoluteURL
            #endif
        }

        public init(
            executable: URL = Self.currentExecutable,
            arguments: [String] = [],
            workers: Int = ProcessInfo.processInfo.activeProcessorCount,
            fileTimeout: Duration = .seconds(60),
            memoryLimitBytes: UInt64 = 1 << 30,
            maximumReplyBytes: Int = ExtractedText.maximumBytes + (1 << 20),
            requestsPerWorker: Int = 1000,
            recycleResidentBytes: UInt64 = 384 << 20
        ) {
            self.executable = executable
            self.arguments = arguments
            self.workers = max(1, workers)
            self.fileTimeout = fileTimeout
            self.memoryLimitBytes = memoryLimitBytes
            self.maximumReplyBytes = maximumReplyBytes
            self.requestsPerWorker = max(1, requestsPerWorker)
            self.recycleResidentBytes = recycleResidentBytes
        }
    }
}
