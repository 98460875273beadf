import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A child process run by a test, every wait on it bounded: past its deadline the child is
/// killed with SIGKILL and the wait throws ``DeadlinePassed``, which fails the test instead
/// of hanging it. Its standard output and error go to files, so a chatty child never
/// blocks on a full pipe.
public final class ChildProcess: @unchecked Sendable {
    /// A wait ran out of time; the child was killed.
    public struct DeadlinePassed: Error, CustomStringConvertible {
        public let description: String
    }

    /// Running as an unprivileged user is not possible here.
    public struct CannotDropPrivileges: Error, CustomStringConvertible {
        public let description: String
    }

    /// The user and group id of `nobody`, which owns nothing a test makes.
    public static let unprivilegedID: UInt32 = 65534

    public let process = Process()
    private let outputFolder: TemporaryFolder
    private let standardOutputURL: URL
    private let standardErrorURL: URL

    /// Starts `executable` with `arguments`. With `unprivileged`, a process running as
    /// root starts it as user and group ``unprivilegedID`` with no supplementary groups
    /// (through util-linux's `setpriv`), so that file permissions hold for it; a process
    /// that is not root starts it as itself, already unprivileged.
    public init(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil, unprivileged: Bool = false) throws {
        outputFolder = try TemporaryFolder()
        standardOutputURL = outputFolder.url.appending(path: "stdout")
        standardErrorURL = outputFolder.url.appending(path: "stderr")
        FileManager.default.createFile(atPath: standardOutputURL.path(percentEncoded: false), contents: nil)
        FileManager.default.createFile(atPath: standardErrorURL.path(percentEncoded: false), contents: nil)
        if unprivileged && geteuid() == 0 {
            guard let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
                throw CannotDropPrivileges(description: "running as root, and setpriv (util-linux) is not installed to start \(executable.lastPathComponent) as an unprivileged user")
            }
            let id = Self.unprivilegedID
            process.executableURL = URL(filePath: setpriv)
            process.arguments = ["--reuid=\(id)", "--regid=\(id)", "--clear-groups", "--", executable.path(percentEncoded: false)] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: standardOutputURL)
        process.standardError = try FileHandle(forWritingTo: standardErrorURL)
        try process.run()
    }

    /// Starts the built `intake` executable with `arguments`.
    public static func intake(_ arguments: [String], environment: [String: String]? = nil, unprivileged: Bool = false) throws -> ChildProcess {
        try ChildProcess(BuiltProducts.intakeExecutable, arguments, environment: environment, unprivileged: unprivileged)
    }

    /// Runs the built `intake` executable with `arguments` to its end, waiting at most `limit`.
    public static func runIntake(
        _ arguments: [String], environment: [String: String]? = nil, unprivileged: Bool = false, atMost limit: Duration = .seconds(120)
    ) async throws -> ChildProcess {
        let child = try intake(arguments, environment: environment, unprivileged: unprivileged)
        try await child.waitForExit(atMost: limit)
        return child
    }

    /// Runs the tests whose id matches `filter` (a regular expression, as `swift test
    /// --filter` takes) again, in a copy of this test process started as an unprivileged
    /// user, and throws unless exactly one test ran there and passed. A test that needs
    /// file permissions to hold calls it when it runs as root, which every permission
    /// passes, and runs its checks itself otherwise.
    public static func rerunTestUnprivileged(_ filter: String, atMost limit: Duration = .seconds(120)) async throws {
        let testProcess = URL(filePath: CommandLine.arguments[0])
        let child = try ChildProcess(testProcess, ["--testing-library", "swift-testing", "--filter", filter], unprivileged: true)
        try await child.waitForExit(atMost: limit)
        let output = child.standardOutput + child.standardError
        guard !child.endedBySignal, child.status == 0, output.contains("Test run with 1 test ") else {
            throw RerunFailed(description: "the test run as an unprivileged user (filter \(filter)) did not pass alone: status \(child.status)\n\(output)")
        }
    }

    /// A test run again as an unprivileged user failed, or was not found.
    public struct RerunFailed: Error, CustomStringConvertible {
        public let description: String
    }

    public var pid: Int32 { process.processIdentifier }
    public var isRunning: Bool { process.isRunning }
    /// The exit status, or the number of the signal that ended it (see ``endedBySignal``).
    public var status: Int32 { process.terminationStatus }
    public var endedBySignal: Bool { process.terminationReason == .uncaughtSignal }
    public var standardOutput: String { (try? String(contentsOf: standardOutputURL, encoding: .utf8)) ?? "" }
    public var standardError: String { (try? String(contentsOf: standardErrorURL, encoding: .utf8)) ?? "" }

    /// Sends `signal` to the child.
    public func signal(_ number: Int32) {
        kill(pid, number)
    }

    /// Waits for the child to end, at most `limit`; past it kills the child and throws.
    public func waitForExit(atMost limit: Duration) async throws {
        try await waitUntil("it ends", atMost: limit) { !self.isRunning }
        // Reaped by Foundation once it is not running; this returns at once.
        process.waitUntilExit()
    }

    /// Checks `condition` every 10 ms until it holds, at most `limit`; past it kills the
    /// child and throws, naming `what` was waited for.
    public func waitUntil(_ what: String, atMost limit: Duration, _ condition: () throws -> Bool) async throws {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if try condition() { return }
            try await Task.sleep(for: .milliseconds(10))
        }
        if try condition() { return }
        killIfRunning()
        let name = ([process.executableURL?.lastPathComponent ?? "?"] + (process.arguments ?? []).prefix(6)).joined(separator: " ")
        throw DeadlinePassed(description: "\(name): waited \(limit) until \(what), in vain; the child was killed")
    }

    /// Kills the child if it still runs, and reaps it.
    public func killIfRunning() {
        guard process.isRunning else { return }
        kill(pid, SIGKILL)
        process.waitUntilExit()
    }

    deinit { killIfRunning() }
}
