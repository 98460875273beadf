import EndorsedSandbox
import Foundation
import IntakeTestFixtures
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@testable import IntakeCLI

extension RealIntakeRuns {
    /// `intake ingest --metrics`: the run's metrics in the Prometheus text format while it goes.
    @Suite struct MetricsEndpointTests {
        /// The body of `GET url`, or `nil` when nothing answers.
        static func get(_ url: URL) async -> String? {
            guard let (data, response) = try? await URLSession.shared.data(from: url), (response as? HTTPURLResponse)?.statusCode == 200 else {
                return nil
            }
            return String(decoding: data, as: UTF8.self)
        }

        @Test(.timeLimit(.minutes(2))) func aRunServesItsMetricsWhileItGoes() async throws {
            let scratch = try TemporaryFolder()
            let folder = try Corpus.notes(12, in: scratch)
            // Each upload answered after 300 ms: the run lasts long enough to be scraped.
            try await EndorsedSandbox.withRunning(.init(faults: SandboxFaults(latency: .milliseconds(300)))) { sandbox in
                let ingest = SandboxIngest(sandbox: sandbox, folder: folder, state: scratch.path("state"))
                let child = try ingest.start(report: scratch.url.appending(path: "r.jsonl"), ["--metrics", "127.0.0.1:0", "--upload-concurrency", "1"], scratch: scratch)
                defer { child.killIfRunning() }
                var url: URL?
                try #require(await waitUntil("intake prints where its metrics are") {
                    if let line = child.standardError.split(separator: "\n").first(where: { $0.contains("metrics at ") }) {
                        url = URL(string: String(line.split(separator: " ").last ?? ""))
                    }
                    return url != nil || !child.isRunning
                })
                let metrics = try #require(url)
                #expect(metrics.host == "127.0.0.1")
                var scraped = ""
                #expect(await waitUntil("an upload is counted") {
                    scraped = await Self.get(metrics) ?? ""
                    return scraped.contains(#"intake_files_total{status="uploaded""#) || !child.isRunning
                })
                #expect(scraped.contains("intake_stage_seconds"), "\(scraped)")
                #expect(scraped.contains("intake_token_renewals_total"), "\(scraped)")
                #expect(await child.waitForExit(within: .seconds(60)))
                #expect(child.status == 0, "\(child.standardError)")
                // The endpoint ends with the run.
                #expect(await Self.get(metrics) == nil)
            }
        }
    }
}

@Suite struct MetricsAddressTests {
    @Test func addressesAreReadAsHostAndPort() throws {
        #expect(MetricsEndpoint.Address("127.0.0.1:9464") == MetricsEndpoint.Address(host: "127.0.0.1", port: 9464))
        #expect(MetricsEndpoint.Address(":0")?.host == "127.0.0.1")
        #expect(MetricsEndpoint.Address("[::1]:9464")?.host == "::1")
        #expect(MetricsEndpoint.Address("[::1]:9464")?.description == "[::1]:9464")
        #expect(MetricsEndpoint.Address("localhost") == nil)
        #expect(MetricsEndpoint.Address("127.0.0.1:70000") == nil)
        #expect(throws: (any Error).self) { try IngestCommand.parse(["samples", "--metrics", "nowhere"]) }
    }
}
