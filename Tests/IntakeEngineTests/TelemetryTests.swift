import EndorsedSandbox
import Foundation
import InMemoryTracing
import Intake
import IntakeEngine
import IntakeTestFixtures
import MetricsTestKit
import Testing
import Tracing

/// What the engine reports through swift-metrics and swift-distributed-tracing, read back
/// with those packages' own recorders, for an upload to the sandbox.
@Suite(.timeLimit(.minutes(2))) struct TelemetryTests {
    @Test func anUploadHasASpanPerFileAChildPerStageAndOnePerHTTPAttempt() async throws {
        let tracer = InMemoryTracer()
        let metrics = TestMetrics()
        let bytes = try Samples.bytes(EngineFixtures.resumePath)
        let outcome = try await EndorsedSandbox.withRunning(.init()) { sandbox in
            var configuration = try EngineFixtures.endorsed(sandbox, state: nil)
            configuration.telemetry = Telemetry(tracer: tracer, metrics: metrics)
            return try await Ingestor.withRunning(try Ingestor(configuration)) { ingestor in
                try await ingestor.ingest(IngestInput(bytes: bytes, fileName: "cv.pdf", candidateID: EngineFixtures.candidate))
            }
        }
        #expect(outcome.status.name == "uploaded")

        let spans = tracer.finishedSpans
        let file = try #require(spans.first { $0.operationName == "intake.file" })
        #expect(file.attribute("intake.status") == .string("uploaded"))
        #expect(file.attribute("intake.path") == .string("cv.pdf"))
        #expect(file.attribute("intake.candidate_id") == .string(EngineFixtures.candidate))
        #expect(file.attribute("intake.remote_id") == .string(try #require(outcome.remoteID)))
        let stages = spans.filter { $0.parentSpanID == file.spanID }.map(\.operationName)
        #expect(stages == outcome.document.trail.map { "intake.\($0.stage)" }, "one child per stage, in order")
        let upload = try #require(spans.first { $0.operationName == "intake.upload" && $0.parentSpanID == file.spanID })
        let attempts = spans.filter { $0.operationName == "endorsed.attempt" && $0.traceID == file.traceID }
        #expect(attempts.contains { $0.parentSpanID == upload.spanID && $0.attribute("http.request.method") == .string("PUT") })
        #expect(attempts.allSatisfy { $0.kind == .client })

        #expect(metrics.counterTotal(label: "intake_files_total", dimensions: [("status", "uploaded"), ("code", "")]) == 1)
        #expect(metrics.counterTotal(label: "intake_files_total") == 1)
        #expect(try metrics.expectTimer("intake_stage_seconds", [("stage", "sniff")]).values.count == 1)
        #expect(try metrics.expectTimer("intake_file_seconds", [("status", "uploaded")]).values.count == 1)
        #expect(metrics.counterTotal(label: "intake_token_renewals_total") == 1)
        // Up and back down: one upload was in flight, none is now.
        let uploads = try metrics.expectMeter("intake_uploads_in_flight")
        #expect(uploads.values.max() == 1)
        #expect(uploads.lastValue == 0)
        #expect(try metrics.expectMeter("intake_files_in_flight").lastValue == 0)
    }

    @Test func retriesAreCountedByMethod() async throws {
        let metrics = TestMetrics()
        let bytes = try Samples.bytes(EngineFixtures.resumePath)
        // Every write lands and is then answered 500: each attempt is retried, up to the
        // fixtures' 4 attempts; the client then reads the attachment back and finds it.
        let outcome = try await EndorsedSandbox.withRunning(.init(faults: SandboxFaults(landThenErrorRate: 1))) { sandbox in
            var configuration = try EngineFixtures.endorsed(sandbox, state: nil, inProcess: true)
            configuration.telemetry = Telemetry(metrics: metrics)
            return try await Ingestor.withRunning(try Ingestor(configuration)) { ingestor in
                try await ingestor.ingest(IngestInput(bytes: bytes, fileName: "cv.pdf", candidateID: EngineFixtures.candidate))
            }
        }
        #expect(outcome.status.name == "uploaded", "\(outcome.status)")
        #expect(metrics.counterTotal(label: "intake_http_retries_total", dimensions: [("method", "PUT")]) == 3)
        #expect(metrics.counterTotal(label: "intake_http_retries_total", dimensions: [("method", "POST")]) == 0)
    }

    @Test func failuresAndSkipsAreCountedByCode() async throws {
        let metrics = TestMetrics()
        var configuration = IngestorConfiguration(destination: .none, stateDirectory: nil)
        configuration.parserWorkers = nil
        configuration.logger = EngineFixtures.quiet
        configuration.telemetry = Telemetry(metrics: metrics)
        try await Ingestor.withRunning(try Ingestor(configuration)) { ingestor in
            _ = try await ingestor.ingest(IngestInput(bytes: try Samples.bytes("7f212128-cb0d-4d2f-b791-3cfae0f8c358/resume_old.pdf"), fileName: "old.pdf"))
            _ = try await ingestor.ingest(IngestInput(bytes: Array("\u{0}\u{1}\u{2}binary".utf8), fileName: "blob.bin"))
        }
        #expect(metrics.counterTotal(label: "intake_files_total", dimensions: [("status", "failed"), ("code", "extract/pdf_damaged")]) == 1)
        #expect(metrics.counterTotal(label: "intake_files_total", dimensions: [("status", "skipped"), ("code", "unsupported_type")]) == 1)
        #expect(metrics.counterTotal(label: "intake_files_total") == 2)
    }

    @Test func aBatchWithALedgerTimesItsLedgerWrites() async throws {
        let scratch = try TemporaryFolder()
        let metrics = TestMetrics()
        var configuration = IngestorConfiguration(destination: .outbox, stateDirectory: scratch.url.appending(path: "state"))
        configuration.parserWorkers = nil
        configuration.logger = EngineFixtures.quiet
        configuration.telemetry = Telemetry(metrics: metrics)
        let folder = Samples.url("46d135bb-94cd-4998-aaf1-09517a6af8c6").path(percentEncoded: false)
        let summary = try await Ingestor.withRunning(try Ingestor(configuration)) { ingestor in
            try await ingestor.run(FolderSource(paths: [folder])) { _ in }
        }
        #expect(summary.files == 4)
        #expect(metrics.counterTotal(label: "intake_files_total") == 4)
        #expect(try metrics.expectTimer("intake_ledger_batch_seconds").values.count >= 1)
        #expect(try metrics.expectMeter("intake_files_in_flight").lastValue == 0)
        #expect(metrics.counterTotal(label: "intake_ledger_write_failures_total") == 0)
    }
}

extension FinishedInMemorySpan {
    /// The attribute under `key`, as a value that compares.
    func attribute(_ key: String) -> SpanAttribute? {
        attributes[key]?.toSpanAttribute()
    }
}
