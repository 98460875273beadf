import Foundation
import Hummingbird
import Intake
import Logging
import Prometheus

/// `intake ingest --metrics HOST:PORT`: the run's metrics in the Prometheus text format at
/// `http://HOST:PORT/metrics`, for as long as the run goes. The engine records into the
/// endpoint's own registry (through the swift-metrics API, as it would into a backend's),
/// so nothing is bootstrapped for the whole process.
struct MetricsEndpoint: Sendable {
    /// Where to listen: a host and a port (`0` for a free one).
    struct Address: Sendable, Hashable, CustomStringConvertible {
        var host: String
        var port: Int

        init(host: String, port: Int) {
            self.host = host
            self.port = port
        }

        /// `HOST:PORT`, `[IPv6]:PORT`, or `:PORT` for the loopback address.
        init?(_ text: String) {
            guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65_535).contains(port) else {
                return nil
            }
            var host = String(text[..<colon])
            if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
            self.host = host.isEmpty ? "127.0.0.1" : host
            self.port = port
        }

        var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
    }

    let registry = PrometheusCollectorRegistry()

    /// Where the engine's metrics go.
    var telemetry: Telemetry { Telemetry(metrics: PrometheusMetricsFactory(registry: registry)) }

    /// Serves `GET /metrics` at `address` until the task is cancelled; `onListening` gets
    /// the URL once the port is bound.
    func serve(at address: Address, logger: Logger, onListening: @escaping @Sendable (String) async -> Void) async throws {
        let router = Router()
        let registry = self.registry
        router.get("metrics") { _, _ -> Response in
            Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer()))
            )
        }
        let application = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(address.host, port: address.port)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? address.port
                var bound = address
                bound.port = port
                await onListening("http://\(bound)/metrics")
            },
            logger: logger
        )
        try await application.runService(gracefulShutdownSignals: [])
    }
}
