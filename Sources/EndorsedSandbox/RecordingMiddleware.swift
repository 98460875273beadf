import Hummingbird
import Logging

/// The outermost middleware: turns every error into Endorsed's envelope, adds the
/// configured latency, drops connections, and records each API request in the log.
///
/// Requests to the `/sandbox/*` pages get the envelope for errors but no latency and no
/// record: they are the observer's, not the client's.
struct RecordingMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    let state: SandboxState
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        let isInspection = path.hasPrefix("/sandbox/")
        let number = isInspection ? nil : state.requests.arrive()
        let response: Response
        do {
            response = try await next(request, context)
        } catch let error as SandboxError {
            response = error.response
        } catch is ConnectionDrop {
            await delay()
            // Recorded first: the client may look at the log as soon as it sees the close.
            if let number { record(request, path: path, status: nil, number: number, context: context) }
            await context.closeConnection()
            throw ConnectionDrop()
        } catch let error as HTTPError {
            response = SandboxError.forStatus(error.status, message: error.body).response
        } catch let error as any HTTPResponseError {
            response = SandboxError.forStatus(error.status, message: nil).response
        } catch {
            // Never the error's description: it could echo request content.
            logger.error("Request failed", metadata: ["method": "\(request.method)", "path": "\(path)", "error.type": "\(type(of: error))"])
            response = SandboxError.internalServerError.response
        }
        if let number {
            await delay()
            record(request, path: path, status: Int(response.status.code), number: number, context: context)
        }
        return response
    }

    /// Sleeps for the configured latency; returns early when the task is cancelled.
    private func delay() async {
        let latency = state.dice.faults.latency
        guard latency > .zero else { return }
        try? await Task.sleep(for: latency)
    }

    private func record(_ request: Request, path: String, status: Int?, number: Int, context: Context) {
        let fault = context.trace.fault
        let record = SandboxRequestRecord(
            method: request.method.rawValue, path: path, status: status,
            fault: fault?.rawValue, remoteID: context.trace.remoteID
        )
        state.requests.record(record, number: number)
        // The path holds no secret; headers (Authorization) and bodies are never logged.
        var metadata: Logger.Metadata = ["status": "\(status.map(String.init) ?? "dropped")"]
        if let fault { metadata["fault"] = "\(fault.rawValue)" }
        logger.debug("\(request.method) \(path)", metadata: metadata)
    }
}
