import AsyncHTTPClient
import EndorsedSandbox
import Foundation
import Intake
import IntakeEndorsed
import Logging
import NIOCore

/// Uploads to the sandbox on loopback, for small files and for large ones, three ways:
///
/// - `plain client`: async-http-client sending each prepared multipart body straight from
///   memory with a static token, no retries and no streaming from disk: the sandbox's own
///   limit, the baseline.
/// - `EndorsedClient`: the real client, streaming each body from disk, through its token
///   provider, retry loop and upload slots.
///
/// Both run in this process against the same sandbox, one after the other, with the same
/// number of uploads in flight. Figures: files/s, MB/s, and the peak RSS of the process
/// after each run (the high-water mark only rises, so compare the step each run adds).
///
///     swift run -c release UploadBenchmark [small-count] [large-count] [large-MiB] [in-flight]
@main
enum UploadBenchmark {
    static let logger = Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() })
    static let candidate = "3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c13"
    static let token = "bench-static-token"

    struct FileSet {
        let name: String
        let files: [URL]
        let bytes: Int64
    }

    static func main() async throws {
        try await run(CommandLine.arguments.dropFirst().compactMap { Int($0) })
    }

    /// Off the main actor, so the closures below stay in one isolation domain.
    nonisolated static func run(_ arguments: [Int]) async throws {
        let smallCount = arguments.count > 0 ? arguments[0] : 2000
        let largeCount = arguments.count > 1 ? arguments[1] : 16
        let largeMiB = arguments.count > 2 ? arguments[2] : 64
        let inFlight = arguments.count > 3 ? arguments[3] : 4

        let scratch = FileManager.default.temporaryDirectory.appending(path: "intake-upload-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let small = try makeFiles(in: scratch.appending(path: "small"), name: "small (20 KiB)", count: smallCount, size: 20 * 1024)
        let large = try makeFiles(in: scratch.appending(path: "large"), name: "large (\(largeMiB) MiB)", count: largeCount, size: largeMiB << 20)

        print("Uploads to the Endorsed sandbox on loopback, \(inFlight) in flight, \(ProcessInfo.processInfo.activeProcessorCount) cores")
        print("| files | run | count | MB | s | files/s | MB/s | peak RSS MB |")
        print("|---|---|---|---|---|---|---|---|")
        let configuration = SandboxConfiguration(staticTokens: [token], storageDirectory: scratch.appending(path: "received"))
        try await EndorsedSandbox.withRunning(configuration, logger: logger) { sandbox in
            // Warm-up, not measured: connections, the token, the sandbox's first writes.
            let warmUp = FileSet(name: "warm-up", files: Array(small.files.prefix(200)), bytes: 0)
            try await clientUploads(warmUp, sandbox: sandbox, inFlight: inFlight)
            try await plainUploads(warmUp, sandbox: sandbox, inFlight: inFlight)
            for set in [small, large] {
                // EndorsedClient first: the peak RSS only rises, so the run that holds whole
                // files in memory goes second, where its step shows.
                try await measure(set, run: "EndorsedClient") {
                    try await clientUploads(set, sandbox: sandbox, inFlight: inFlight)
                }
                try await measure(set, run: "plain client (baseline)") {
                    try await plainUploads(set, sandbox: sandbox, inFlight: inFlight)
                }
                let stored = await sandbox.attachments().count
                guard stored >= set.files.count else {
                    throw BenchmarkError(description: "the sandbox holds \(stored) attachments after \(set.files.count) uploads")
                }
            }
        }
    }

    static func measure(_ set: FileSet, run: String, _ body: () async throws -> Void) async throws {
        let start = ContinuousClock.now
        try await body()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(set.bytes) / 1_000_000
        print(String(
            format: "| %@ | %@ | %d | %.1f | %.2f | %.1f | %.1f | %.1f |",
            set.name, run, set.files.count, megabytes, seconds, Double(set.files.count) / seconds, megabytes / seconds,
            Double(peakResidentBytes()) / 1_000_000
        ))
    }

    /// The real client, streaming from disk, `inFlight` at a time.
    static func clientUploads(_ set: FileSet, sandbox: RunningEndorsedSandbox, inFlight: Int) async throws {
        let client = EndorsedClient(
            endpoint: try EndorsedEndpoint(sandbox.baseURL.absoluteString), credentials: .accessToken(token),
            configuration: .init(maximumConcurrentUploads: inFlight), logger: logger
        )
        try await forEach(set.files, inFlight: inFlight) { index, file in
            let form = try AttachmentForm(candidateID: candidate, remoteID: "client-\(set.name)-\(index)", type: .resume, file: file)
            _ = try await client.upsertAttachment(.multipart(form))
        }
    }

    /// async-http-client alone: the same multipart body, with the file read whole into
    /// memory for each request and sent from there, as a naive client would.
    static func plainUploads(_ set: FileSet, sandbox: RunningEndorsedSandbox, inFlight: Int) async throws {
        try await forEach(set.files, inFlight: inFlight) { index, file in
            let remoteID = "plain-\(set.name)-\(index)"
            let form = try AttachmentForm(candidateID: candidate, remoteID: remoteID, type: .resume, file: file)
            var body = ByteBuffer(bytes: form.preamble)
            body.writeBytes(try Data(contentsOf: file))
            body.writeBytes(form.epilogue)
            var request = HTTPClientRequest(url: sandbox.baseURL.absoluteString + "/" + (try RemoteAttachmentPath(remoteID: remoteID).path))
            request.method = .PUT
            request.headers.add(name: "Authorization", value: "Bearer \(token)")
            request.headers.add(name: "Content-Type", value: form.contentType)
            request.body = .bytes(body)
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(300))
            _ = try await response.body.collect(upTo: 1 << 20)
            guard (200..<300).contains(Int(response.status.code)) else {
                throw BenchmarkError(description: "plain upload answered \(response.status.code)")
            }
        }
    }

    static func forEach(_ files: [URL], inFlight: Int, _ body: @escaping @Sendable (Int, URL) async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            var next = 0
            while next < min(inFlight, files.count) {
                let (index, file) = (next, files[next])
                group.addTask { try await body(index, file) }
                next += 1
            }
            while try await group.next() != nil, next < files.count {
                let (index, file) = (next, files[next])
                group.addTask { try await body(index, file) }
                next += 1
            }
            try await group.waitForAll()
        }
    }

    static func makeFiles(in folder: URL, name: String, count: Int, size: Int) throws -> FileSet {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var generator = SystemRandomNumberGenerator()
        var block = Data(count: min(size, 1 << 20))
        for index in block.indices { block[index] = UInt8.random(in: 0...255, using: &generator) }
        var files: [URL] = []
        for index in 0..<count {
            let url = folder.appending(path: "file-\(index).pdf")
            guard FileManager.default.createFile(atPath: url.path(percentEncoded: false), contents: nil) else {
                throw BenchmarkError(description: "cannot create \(url.path(percentEncoded: false))")
            }
            let handle = try FileHandle(forWritingTo: url)
            var written = 0
            // Each file differs in its first bytes, so every upload is a distinct document.
            try handle.write(contentsOf: Data("%PDF-1.7 \(index)\n".utf8))
            written += "%PDF-1.7 \(index)\n".utf8.count
            while written < size {
                let chunk = block.prefix(size - written)
                try handle.write(contentsOf: chunk)
                written += chunk.count
            }
            try handle.close()
            files.append(url)
        }
        return FileSet(name: name, files: files, bytes: Int64(count) * Int64(size))
    }

    static func peakResidentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kilobytes * 1024
    }

    struct BenchmarkError: Error, CustomStringConvertible {
        let description: String
    }
}
