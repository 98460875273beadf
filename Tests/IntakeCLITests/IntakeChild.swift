import EndorsedSandbox
import Foundation
import IntakeTestFixtures
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The suites that run the real `intake` against a sandbox or a state folder of their own,
/// one test at a time: each starts `intake` and its parser workers, so that many at once on
/// a small machine would starve the sandboxes in this process (and its tight pre-flight
/// deadline would then fail runs for want of CPU, not for anything they test).
@Suite(.serialized, .enabled(if: BuiltProducts.hasIntakeExecutable, "build the intake product first"))
enum RealIntakeRuns {}

/// The real `intake` executable run as a child process: its standard output and error go
/// to files (so that a chatty child never blocks on a full pipe), and every wait on it is
/// bounded — past its deadline the test records an issue and the child is killed.
final class IntakeChild: @unchecked Sendable {
    let process = Process()
    let standardOutputURL: URL
    let standardErrorURL: URL

    /// Starts `intake` with `arguments`. The environment is this process's without any
    /// `ENDORSED_*` variable, plus `environment`. With `launcher`, that command runs instead
    /// and is given the path of `intake` and then `arguments` (a shell that sets a limit
    /// and `exec`s it, say).
    init(_ arguments: [String], environment: [String: String] = [:], scratch: TemporaryFolder, launcher: [String]? = nil) throws {
        let name = UUID().uuidString.prefix(8)
        standardOutputURL = scratch.url.appending(path: "intake-\(name).stdout")
        standardErrorURL = scratch.url.appending(path: "intake-\(name).stderr")
        FileManager.default.createFile(atPath: standardOutputURL.path(percentEncoded: false), contents: nil)
        FileManager.default.createFile(atPath: standardErrorURL.path(percentEncoded: false), contents: nil)
        let executable = BuiltProducts.intakeExecutable.path(percentEncoded: false)
        if let launcher {
            process.executableURL = URL(filePath: launcher[0])
            process.arguments = Array(launcher.dropFirst()) + [executable] + arguments
        } else {
            process.executableURL = BuiltProducts.intakeExecutable
            process.arguments = arguments
        }
        var inherited = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("ENDORSED_") }
        inherited.merge(environment) { $1 }
        process.environment = inherited
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: standardOutputURL)
        process.standardError = try FileHandle(forWritingTo: standardErrorURL)
        try process.run()
    }

    /// Runs `intake` to its end (bounded by `limit`) and returns it.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], scratch: TemporaryFolder,
        launcher: [String]? = nil, limit: Duration = .seconds(60)
    ) async throws -> IntakeChild {
        let child = try IntakeChild(arguments, environment: environment, scratch: scratch, launcher: launcher)
        await child.waitForExit(within: limit)
        return child
    }

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }
    /// The exit status, or the signal that ended it (see ``endedBySignal``).
    var status: Int32 { process.terminationStatus }
    var endedBySignal: Bool { process.terminationReason == .uncaughtSignal }
    var standardOutput: String { (try? String(contentsOf: standardOutputURL, encoding: .utf8)) ?? "" }
    var standardError: String { (try? String(contentsOf: standardErrorURL, encoding: .utf8)) ?? "" }

    func signal(_ number: Int32) {
        kill(pid, number)
    }

    /// Waits for the child to end; past `limit` records an issue, kills it with SIGKILL and
    /// waits for that. Returns whether it ended by itself.
    @discardableResult
    func waitForExit(within limit: Duration, sourceLocation: SourceLocation = #_sourceLocation) async -> Bool {
        let deadline = ContinuousClock.now + limit
        while process.isRunning && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        guard process.isRunning else { return true }
        Issue.record("intake \(process.arguments?.first ?? "") did not end within \(limit); killed", sourceLocation: sourceLocation)
        kill(pid, SIGKILL)
        process.waitUntilExit()
        return false
    }

    /// Kills the child if it still runs (a test that failed half-way must not leave it).
    func killIfRunning() {
        guard process.isRunning else { return }
        kill(pid, SIGKILL)
        process.waitUntilExit()
    }

    deinit { killIfRunning() }
}

/// Waits until `condition` holds, checking every 10 ms, for at most `limit`. Past it,
/// records an issue naming `what` and returns false.
@discardableResult
func waitUntil(
    _ what: String, within limit: Duration = .seconds(30), sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: () async throws -> Bool
) async rethrows -> Bool {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    if try await condition() { return true }
    Issue.record("timed out waiting until \(what)", sourceLocation: sourceLocation)
    return false
}

/// What the CLI tests read back from a run.
enum RunOutput {
    /// The report's complete lines, parsed (a line still being written is left out).
    static func reportLines(_ report: URL) -> [[String: Any]] {
        guard let data = try? Data(contentsOf: report) else { return [] }
        return data.split(separator: 0x0A).compactMap { line in
            try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
        }
    }

    /// The one JSON object a `--json` command printed on standard output.
    static func jsonObject(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any], "not one JSON object: \(text)", sourceLocation: sourceLocation)
    }

    static func status(_ line: [String: Any]) -> String? { line["status"] as? String }
    static func error(_ line: [String: Any]) -> [String: Any]? { line["error"] as? [String: Any] }
    static func errorCode(_ line: [String: Any]) -> String? { error(line)?["code"] as? String }
    static func path(_ line: [String: Any]) -> String? { line["path"] as? String }

    /// `intake status --state STATE --json`, parsed.
    static func ledgerStatus(_ state: String, scratch: TemporaryFolder) async throws -> [String: Any] {
        let status = try await IntakeChild.run(["status", "--state", state, "--json"], scratch: scratch, limit: .seconds(30))
        #expect(status.status == 0, "intake status: \(status.standardError)")
        return try jsonObject(status.standardOutput)
    }
}

/// Small candidate documents written for the CLI tests: each distinct, each under one of
/// three candidate folders, each classified with confidence.
enum Corpus {
    static let candidates = ["46d135bb-94cd-4998-aaf1-09517a6af8c6", "6329b0c2-4914-453c-91b8-f0b4aa707851", "dc36d74a-c3db-49a9-9170-d4ad97a619c8"]

    /// Writes `count` notes to `scratch/name` and returns the folder. With `padding`,
    /// each note is made about that many bytes long (its sentences repeated).
    static func notes(_ count: Int, in scratch: TemporaryFolder, name: String = "inbox", padding: Int = 0) throws -> URL {
        for index in 0..<count {
            var text = "About me\n\nI am candidate note \(index). I have worked as a nurse for \(index % 12 + 2) years, "
                + "and I enjoy teaching new colleagues on the ward. Reference \(index).\n"
            let sentence = "Outside work I coach a youth football team and volunteer at the library on weekends (\(index)).\n"
            while text.utf8.count < padding { text += sentence }
            try scratch.write("\(name)/\(candidates[index % 3])/note-\(String(format: "%03d", index)).txt", text: text)
        }
        return scratch.url.appending(path: name)
    }

    /// The absolute paths of the files under `folder`, sorted.
    static func files(under folder: URL) -> [String] {
        let root = folder.path(percentEncoded: false)
        let enumerator = FileManager.default.enumerator(atPath: root)
        var files: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = (root.hasSuffix("/") ? root : root + "/") + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue { files.append(path) }
        }
        return files.sorted()
    }
}

/// An `intake ingest --endpoint` invocation against a running sandbox.
struct SandboxIngest {
    let sandbox: RunningEndorsedSandbox
    let folder: URL
    let state: String

    var environment: [String: String] {
        ["ENDORSED_CLIENT_ID": sandbox.configuration.clientID, "ENDORSED_CLIENT_SECRET": sandbox.configuration.clientSecret]
    }

    func arguments(report: URL, _ more: [String] = []) -> [String] {
        [
            "ingest", folder.path(percentEncoded: false), "--endpoint", sandbox.baseURL.absoluteString,
            "--state", state, "--report", report.path(percentEncoded: false), "--no-progress",
            "--min-confidence", "0", "--concurrency", "2",
        ] + more
    }

    func start(report: URL, _ more: [String] = [], scratch: TemporaryFolder) throws -> IntakeChild {
        try IntakeChild(arguments(report: report, more), environment: environment, scratch: scratch)
    }

    func run(report: URL, _ more: [String] = [], scratch: TemporaryFolder, limit: Duration = .seconds(60)) async throws -> IntakeChild {
        try await IntakeChild.run(arguments(report: report, more), environment: environment, scratch: scratch, limit: limit)
    }

    /// Checks that the sandbox holds every file under `folder` exactly once, with its
    /// bytes: one attachment per remote id, and a remote id for each file.
    func checkEveryFileStoredOnce(lines: [[String: Any]], sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let stored = await sandbox.attachments()
        let remoteIDs = stored.map(\.remoteID)
        #expect(remoteIDs.count == Set(remoteIDs).count, "an attachment was created twice", sourceLocation: sourceLocation)
        let files = Corpus.files(under: folder)
        #expect(stored.count == files.count, "\(stored.count) attachments for \(files.count) files", sourceLocation: sourceLocation)
        for file in files {
            let sha = try await sha256Hex(of: URL(filePath: file))
            let matching = stored.filter { $0.sha256 == sha }
            #expect(matching.count == 1, "\(file) is in the sandbox \(matching.count) times", sourceLocation: sourceLocation)
        }
    }

    /// The attachment writes the sandbox has recorded, by remote id.
    func writes() async -> [SandboxRequestRecord] {
        await sandbox.requests().filter { ($0.method == "PUT" || $0.method == "POST") && $0.path.contains("/attachments") }
    }
}
