import CoreMetrics
import Intake
import Tracing

/// What the client records, through the swift-metrics and swift-distributed-tracing APIs:
/// - `intake_http_retries_total` (`method`): calls sent again after a failure, a
///   throttling answer or a dropped connection;
/// - `intake_token_renewals_total`: tokens obtained from client credentials;
/// - `intake_uploads_in_flight`: attachment writes holding an upload slot now;
/// - a span `endorsed.attempt` (client kind) for each HTTP attempt, with
///   `http.request.method`, `intake.operation`, `intake.attempt` and
///   `http.response.status_code`.
struct ClientTelemetry: Sendable {
    let telemetry: Telemetry
    let uploadsInFlight: Meter
    let tokenRenewals: Counter

    init(_ telemetry: Telemetry) {
        self.telemetry = telemetry
        uploadsInFlight = Meter(label: "intake_uploads_in_flight", factory: telemetry.metricsFactory)
        tokenRenewals = Counter(label: "intake_token_renewals_total", factory: telemetry.metricsFactory)
    }

    /// Counts one call sent again.
    func countRetry(of operation: String) {
        Counter(label: "intake_http_retries_total", dimensions: [("method", Self.method(of: operation))], factory: telemetry.metricsFactory).increment()
    }

    /// The method of an operation such as `PUT attachments/remote.…`.
    static func method(of operation: String) -> String {
        String(operation.prefix { $0 != " " })
    }
}
