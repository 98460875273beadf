import AsyncHTTPClient
import EndorsedSandbox
import Foundation
import IntakeTestFixtures
import NIOCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The suites that run the built example backend, one test at a time: each starts the
/// backend and its parser workers, and a sandbox in this process.
@Suite(
    .serialized, .timeLimit(.minutes(2)),
    .enabled(if: BackendChild.isBuilt, "build the IntakeExampleBackend product first (swift build --build-tests)")
)
enum RealBackendRuns {}

/// The built `IntakeExampleBackend` run as a child process on a free port: started, waited
/// for until it prints the line that says where it listens, and talked to over loopback.
/// The child is killed when this is let go of, so that a test that fails half-way leaves
/// no backend behind.
final class BackendChild: Sendable {
    /// The executable, beside `intake` and the test bundle.
    static var executable: URL {
        BuiltProducts.intakeExecutable.deletingLastPathComponent().appending(path: "IntakeExampleBackend")
    }

    static var isBuilt: Bool {
        FileManager.default.isExecutableFile(atPath: executable.path(percentEncoded: false))
    }

    let child: ChildProcess
    /// `http://127.0.0.1:<port>`.
    let baseURL: String

    /// Starts the backend with `arguments` (after `--port 0`) and waits until it listens.
    /// The environment is this process's without any `ENDORSED_*` variable, plus `environment`.
    static func start(_ arguments: [String], environment: [String: String] = [:]) async throws -> BackendChild {
        var inherited = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("ENDORSED_") }
        inherited.merge(environment) { $1 }
        let child = try ChildProcess(executable, ["--port", "0"] + arguments, environment: inherited)
        let prefix = "intake example backend listening on "
        try await child.waitUntil("it prints where it listens", atMost: .seconds(30)) {
            guard child.isRunning else {
                throw StartFailed(description: "the backend ended before it listened (status \(child.status)): \(child.standardError)")
            }
            return child.standardOutput.contains("\n") && child.standardOutput.hasPrefix(prefix)
        }
        let line = child.standardOutput.prefix { $0 != "\n" }
        return BackendChild(child: child, baseURL: String(line.dropFirst(prefix.count)))
    }

    /// Starts the backend uploading to `sandbox` with its client credentials, keeping its
    /// state in `state`, with parser workers.
    static func start(uploadingTo sandbox: RunningEndorsedSandbox, state: String) async throws -> BackendChild {
        try await start(
            ["--state", state, "--endpoint", sandbox.baseURL.absoluteString],
            environment: ["ENDORSED_CLIENT_ID": sandbox.configuration.clientID, "ENDORSED_CLIENT_SECRET": sandbox.configuration.clientSecret]
        )
    }

    private init(child: ChildProcess, baseURL: String) {
        self.child = child
        self.baseURL = baseURL
    }

    struct StartFailed: Error, CustomStringConvertible {
        let description: String
    }

    /// One answer of the backend.
    struct Answer: Sendable, CustomStringConvertible {
        var status: Int
        var body: String

        /// The body's JSON object (empty when it is not one).
        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
        }

        var description: String { "\(status) \(body)" }
    }

    /// Posts a multipart form to `/candidates/<candidate>/documents`: by default one
    /// `file` field holding `bytes` under `fileName`.
    func upload(
        _ bytes: some Collection<UInt8>, fileName: String, candidate: String, field: String = "file", requestID: String? = nil
    ) async throws -> Answer {
        let boundary = "intake-test-\(UUID().uuidString)"
        var body = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(fileName)\"\r\n".utf8)
        body += Array("Content-Type: application/octet-stream\r\n\r\n".utf8) + bytes + Array("\r\n--\(boundary)--\r\n".utf8)
        var headers = [("Content-Type", "multipart/form-data; boundary=\(boundary)")]
        if let requestID { headers.append(("X-Request-ID", requestID)) }
        return try await send("POST", "/candidates/\(candidate)/documents", headers: headers, body: body)
    }

    /// Sends one request and reads the whole answer, within a minute.
    func send(_ method: String, _ path: String, headers: [(String, String)] = [], body: [UInt8]? = nil) async throws -> Answer {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = .init(rawValue: method)
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let answer = try await response.body.collect(upTo: 4 << 20)
        return Answer(status: Int(response.status.code), body: String(buffer: answer))
    }

    /// The processes the backend started that still run (its parser workers): those whose
    /// parent, in `/proc/<pid>/stat`, is the backend.
    var children: [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let afterName = stat.range(of: ") ", options: .backwards)
            else { return false }
            // `pid (name) state ppid …`; the name may hold spaces and parentheses.
            let fields = stat[afterName.upperBound...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == child.pid
        }
    }

    /// Sends `signal` and waits (bounded) for the backend to end.
    func end(with signal: Int32, within limit: Duration = .seconds(30)) async throws {
        child.signal(signal)
        try await child.waitForExit(atMost: limit)
    }

    deinit { child.killIfRunning() }
}
