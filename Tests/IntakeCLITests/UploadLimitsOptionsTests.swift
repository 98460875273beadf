import ArgumentParser
import Foundation
import IntakeEndorsed
import IntakeTestFixtures
import Testing

@testable import IntakeCLI

/// The upload options added against slow links, hostile servers and careless URLs, and
/// the pre-flight check that gives up soon.
@Suite("ingest: upload limits, public URLs and the pre-flight check")
struct UploadLimitsOptionsTests {
    func message(_ arguments: [String]) -> String? {
        do {
            _ = try IngestCommand.parse(["samples"] + arguments)
            return nil
        } catch {
            return IngestCommand.message(for: error)
        }
    }

    @Test("--public-base-url needs https, except to this machine")
    func publicBaseURLNeedsHTTPS() {
        let url = ["--endpoint", "https://endorsed.ai/api/v1", "--upload-mode", "url", "--public-base-url"]
        #expect(message(url + ["http://files.example.com/docs"])?.contains("must use https") == true)
        #expect(message(url + ["http://127.0.0.1.example.com/docs"])?.contains("must use https") == true)
        #expect(message(url + ["https://files.example.com/docs"]) == nil)
        #expect(message(url + ["http://127.0.0.1:9000/docs"]) == nil)
        #expect(message(url + ["http://localhost:9000/docs"]) == nil)
    }

    @Test("The attempt limits reach the client as given, and bad values are refused")
    func attemptLimits() throws {
        let command = try IngestCommand.parse([
            "samples", "--endpoint", "https://endorsed.ai/api/v1", "--request-timeout", "50", "--idle-timeout", "7.5",
            "--min-upload-rate", "128", "--max-file-size", "20",
        ])
        let settings = try #require(try command.upload.endorsedSettings(environment: ["ENDORSED_ACCESS_TOKEN": "t0ken-for-options"]))
        #expect(settings.client.attemptLimits == AttemptLimits(idleTimeout: .milliseconds(7500), baseDeadline: .seconds(50), minimumBytesPerSecond: 128 * 1024))
        #expect(settings.client.maximumFileBytes == 20 << 20)
        let unlimited = try IngestCommand.parse(["samples", "--endpoint", "https://endorsed.ai/api/v1", "--max-file-size", "0"])
        #expect(try unlimited.upload.endorsedSettings(environment: ["ENDORSED_ACCESS_TOKEN": "t0ken-for-options"])?.client.maximumFileBytes == nil)
        #expect(message(["--idle-timeout", "0"])?.contains("--idle-timeout") == true)
        #expect(message(["--min-upload-rate", "0"])?.contains("--min-upload-rate") == true)
        #expect(message(["--max-file-size", "-1"])?.contains("--max-file-size") == true)
    }

    @Test("An endpoint where nothing listens is reported after three attempts, before any file is read", .timeLimit(.minutes(1)))
    func unreachableEndpoint() async throws {
        // A port that was free a moment ago: bound, then closed.
        let port = try Self.closedPort()
        let folder = try TemporaryFolder()
        _ = try folder.write("docs/about.txt", text: "I am a nurse who loves night shifts and long walks.")
        let child = try await ChildProcess.runIntake(
            ["ingest", folder.path("docs"), "--endpoint", "http://127.0.0.1:\(port)/api/v1", "--state", folder.path("state"), "--no-progress", "--in-process"],
            environment: ProcessInfo.processInfo.environment.merging(["ENDORSED_ACCESS_TOKEN": "t0ken-for-preflight"]) { $1 },
            atMost: .seconds(50)
        )
        #expect(child.status == 2, "\(child.standardError)")
        #expect(child.standardError.contains("cannot use Endorsed at http://127.0.0.1:\(port)/api/v1"), "\(child.standardError)")
        #expect(child.standardError.contains("after 3 attempts"), "\(child.standardError)")
        #expect(child.standardError.contains("Connection refused"), "the cause is named: \(child.standardError)")
        #expect(!child.standardError.contains("t0ken-for-preflight"))
    }

    static func closedPort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        try #require(bound == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
