import ArgumentParser
import Foundation
import Hummingbird
import IntakeEndorsed
import IntakeEngine
import IntakeWorkers
import Logging
import ServiceLifecycle
import UnixSignals

/// An example of what a recruiting backend writes around Intake: one HTTP route that takes a
/// candidate's document and runs it through the engine, exactly once.
///
///     IntakeExampleBackend [--port 8081] [--host 127.0.0.1] [--state .intake-backend]
///                          [--endpoint URL] [--in-process]
///
/// - `POST /candidates/{uuid}/documents`, a `multipart/form-data` body whose `file` field
///   holds the document: the outcome's JSON (the report line of `intake ingest`), with 201
///   for `uploaded`/`stored`, 200 for `unchanged`/`duplicate`/`skipped`/`processed`, 422 for
///   `failed`; 400 `{"code","message"}` for an input the engine refuses, 413 for one too
///   large, 503 when the engine is not running.
/// - `GET /health`: 200.
///
/// Without `--endpoint` documents go to the outbox in the state folder. On SIGTERM or SIGINT
/// the server stops taking requests, the uploads in flight end and are recorded, and it
/// exits 0.
@main
struct ExampleBackend {
    static func main() async {
        // The engine parses documents in worker processes that run this same executable;
        // started as one, it serves the parsing stages and does nothing else.
        if ParserWorker.isRequested {
            await ParserWorker.serve(stages: StandardPipeline.parsingStages())
            return
        }
        await BackendCommand.main()
    }
}

struct BackendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "IntakeExampleBackend",
        abstract: "An example HTTP backend: candidates' documents in, through the Intake engine, exactly once.",
        discussion: """
            POST /candidates/{uuid}/documents takes a multipart/form-data body whose `file` field holds the document, \
            and answers with the outcome's JSON: 201 uploaded or stored, 200 unchanged, duplicate, skipped or processed, \
            422 failed, 400 for an input that cannot be taken (with {"code","message"}), 413 too large, 503 not running. \
            GET /health answers 200.

              curl -F file=@cv.pdf http://127.0.0.1:8081/candidates/<uuid>/documents
            """
    )

    @Option(help: "The port to listen on; 0 takes a free one (the line printed when listening names it).")
    var port = 8081

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp(
        "The folder for Intake's state: the ledger, which makes the same upload again answer `unchanged`, and the outbox.",
        valueName: "folder"))
    var state = ".intake-backend"

    @Option(help: ArgumentHelp(
        "Upload to the Endorsed API at this base URL instead of the outbox in the state folder.",
        discussion: "Credentials come from the environment: ENDORSED_ACCESS_TOKEN, or ENDORSED_CLIENT_ID and ENDORSED_CLIENT_SECRET.",
        valueName: "url"))
    var endpoint: String?

    @Flag(help: "Parse documents in this process instead of in parser worker processes: a hostile file can then hang or crash the backend.")
    var inProcess = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535.") }
        if let endpoint {
            do { _ = try EndorsedEndpoint(endpoint) } catch { throw ValidationError("--endpoint: \(error)") }
        }
    }

    func run() async throws {
        let logger = Logger(label: "intake-example-backend")
        var configuration = IngestorConfiguration(destination: try destination(), stateDirectory: URL(filePath: state, directoryHint: .isDirectory))
        if inProcess { configuration.parserWorkers = nil }
        configuration.logger = logger
        // Opens the ledger and locks the state folder: a second backend on it stops here.
        let ingestor = try Ingestor(configuration)

        let router = Router()
        router.get("/health") { _, _ in HTTPResponse.Status.ok }
        let documents = DocumentUploads(ingestor: ingestor)
        router.post("/candidates/{uuid}/documents") { request, context in
            await documents.receive(request, context: context)
        }
        let host = self.host
        let server = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port)),
            onServerRunning: { channel in
                // The server takes connections once this returns, so it says it listens only
                // when it can serve: once the engine is ready (Endorsed took the credentials,
                // the workers run). Connections made before then wait in the listen queue.
                // An engine that cannot start says why on standard error, and nothing is said here.
                // A SIGTERM during the start ends the wait, so that the server, then the
                // engine, can stop.
                do { try await cancelWhenGracefulShutdown { try await ingestor.waitUntilReady() } } catch { return }
                let url = "http://\(host.contains(":") ? "[\(host)]" : host):\(channel.localAddress?.port ?? 0)"
                // Standard output carries this one line (logs go to standard error), written
                // at once so that whoever started the backend can wait for it.
                FileHandle.standardOutput.write(Data("intake example backend listening on \(url)\n".utf8))
            },
            logger: logger
        )

        // A graceful shutdown stops the services in reverse order: the server first, which
        // stops taking requests and lets those in flight end; then the engine, once nothing
        // can hand it an input, which records the last outcomes and stops its workers.
        //
        // No deadline of our own: whatever kills the backend after SIGTERM (Kubernetes, 30 s
        // later) is safe too, since an upload cut off is sent again under the same remote id
        // and lands on the same attachment.
        let services = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [ingestor, server], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger
        ))
        try await services.run()
    }

    /// Endorsed with the credentials of the environment, as `intake ingest --endpoint`
    /// takes them; the outbox without `--endpoint`.
    private func destination() throws -> IngestorConfiguration.Destination {
        guard let endpoint else { return .outbox }
        let credentials: EndorsedCredentials
        do {
            credentials = try EndorsedCredentials.fromEnvironment(ProcessInfo.processInfo.environment)
        } catch {
            throw ValidationError("--endpoint is given, but \(error)")
        }
        return .endorsed(EndorsedDestination(endpoint: try EndorsedEndpoint(endpoint), credentials: credentials))
    }
}
