import CoreMetrics
import Tracing

/// Where Intake sends its metrics and spans: the backend's own stack, through the
/// swift-metrics and swift-distributed-tracing APIs only.
///
/// By default both go to the process's bootstrapped systems (`MetricsSystem.bootstrap`,
/// `InstrumentationSystem.bootstrap`), which are no-ops until the application bootstraps
/// them; a backend (or a test) can give its own factory and tracer instead.
///
/// ```swift
/// MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
/// InstrumentationSystem.bootstrap(tracer)   // spans: intake.file › intake.sniff, … › endorsed.attempt
/// ```
///
/// Spans: `intake.file` for each file (attributes `intake.path`, `intake.candidate_id`,
/// `intake.remote_id`, `intake.sha256`, `intake.status`, `intake.code`), with a child per
/// stage (`intake.sniff`, `intake.extract`, …) and, below the upload, one per HTTP attempt
/// (`endorsed.attempt`). The metrics are the engine's (`intake_files_total`,
/// `intake_stage_seconds`, …, in `IntakeEngine`) and the Endorsed client's
/// (`intake_http_retries_total`, `intake_token_renewals_total`, `intake_uploads_in_flight`).
public struct Telemetry: Sendable {
    /// The tracer spans go to; `nil`: the bootstrapped `InstrumentationSystem.tracer`.
    public var tracer: (any Tracer)?
    /// The factory metrics are made by; `nil`: the bootstrapped `MetricsSystem.factory`.
    public var metrics: (any MetricsFactory)?

    /// The process's bootstrapped systems.
    public static let global = Telemetry()

    public init(tracer: (any Tracer)? = nil, metrics: (any MetricsFactory)? = nil) {
        self.tracer = tracer
        self.metrics = metrics
    }

    /// The metrics factory to make metrics with.
    public var metricsFactory: any MetricsFactory { metrics ?? MetricsSystem.factory }

    /// Runs `body` in a span named `operationName`, a child of the task's current span.
    public func withSpan<Result>(
        _ operationName: String, ofKind kind: SpanKind = .internal,
        _ body: (any Span) async throws -> Result
    ) async rethrows -> Result {
        if let tracer {
            return try await tracer.withAnySpan(operationName, ofKind: kind) { span in try await body(span) }
        }
        return try await Tracing.withSpan(operationName, ofKind: kind) { span in try await body(span) }
    }
}
