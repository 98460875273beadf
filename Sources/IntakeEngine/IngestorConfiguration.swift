import Foundation
import Intake
import IntakeEndorsed
import IntakeWorkers
import Logging

/// Everything an ``Ingestor`` needs, in one value: where documents go, what is remembered
/// between runs, how many files are in flight, the parsing budget, and the rules that
/// change decisions.
///
/// ```swift
/// var configuration = IngestorConfiguration(destination: .endorsed(endorsed), stateDirectory: state)
/// configuration.minimumConfidence = 0.5
/// ```
public struct IngestorConfiguration: Sendable {
    /// Where delivered documents go.
    public enum Destination: Sendable {
        /// Uploaded to Endorsed with these settings.
        case endorsed(EndorsedDestination)
        /// Recorded in the outbox of ``IngestorConfiguration/stateDirectory``
        /// (`outbox.sqlite`): exactly what would be sent, without sending it.
        case outbox
        /// Nowhere: every stage runs and documents end `processed` (a dry run).
        case none
    }

    /// Where delivered documents go.
    public var destination: Destination
    /// The folder for Intake's state: the ledger (`ledger.sqlite`), and the outbox. `nil`
    /// keeps no state: nothing is remembered between engines, duplicates are found only
    /// among the inputs of this engine, and the outbox cannot be the destination.
    public var stateDirectory: URL?
    /// Whether the ledger is kept in ``stateDirectory`` (the default): what makes re-runs
    /// incremental and a second hand-over of the same upload end `unchanged`.
    public var keepsLedger: Bool = true
    /// Whether every input goes through again whatever the ledger says of it; outcomes are
    /// still recorded.
    public var reprocessesEverything: Bool = false
    /// Whether poison files the ledger keeps out (a parser hung, crashed or ran out of
    /// memory on them) go through again: what `intake retry --failed` does.
    public var retriesPoisonFiles: Bool = false
    /// The most files in the CPU stages at once in a batch (``Ingestor/run(_:until:onOutcome:)``);
    /// the upload slots and one waiting file per parser worker come on top.
    public var maximumFilesInFlight: Int = ProcessInfo.processInfo.activeProcessorCount
    /// A file whose classification is less confident than this is skipped as `unsure`.
    public var minimumConfidence: Double = Classify.defaultMinimumConfidence
    /// The operator's candidate rules for files found in folders; by default the UUID-folder
    /// rule alone. An input handed over with its own candidate keeps it.
    public var candidates: CandidateMap = .folderRuleOnly
    /// How the parser workers run: sniff and extract, which read a candidate's bytes, run
    /// in worker processes under a per-file time and memory budget. `nil` parses in this
    /// process, where a hostile file can hang or crash it. The executable must serve as a
    /// worker (`ParserWorker`).
    public var parserWorkers: ParserWorkerPool.Configuration? = ParserWorkerPool.Configuration()
    /// How documents are read: the page budget. The parser workers are started with it.
    public var parsing = ParsingSettings()
    /// The largest input handed over as bytes or as a stream; a larger one is refused with
    /// ``IngestInputError/tooLarge(bytes:limit:)`` before any of it is parsed. At most
    /// `ParserWorker.maximumInMemoryBytes` when parsing in workers.
    public var maximumInputBytes: Int = 32 << 20
    /// What the ledger's run row records as the run's arguments: the paths a batch walks,
    /// so that `intake retry` can walk them again.
    public var recordedArguments: [String] = []
    /// How long an input handed over before the engine's run has begun waits for it (a
    /// backend's `ServiceGroup` may start its HTTP server first) before it is refused with
    /// ``IngestorError/notRunning``.
    public var startWait: Duration = .seconds(30)
    /// Where the engine logs.
    public var logger: Logger = Logger(label: "intake")
    /// Where metrics and spans go: by default the process's bootstrapped swift-metrics and
    /// swift-distributed-tracing systems. The engine hands it to its Endorsed client too.
    /// What is recorded is listed in the <doc:Observability> article.
    public var telemetry: Telemetry = .global

    /// A configuration delivering to `destination`, keeping state in `stateDirectory`.
    public init(destination: Destination, stateDirectory: URL?) {
        self.destination = destination
        self.stateDirectory = stateDirectory
    }

    /// The configuration an earlier outcome depends on, besides the stages: the sink and
    /// where it sends, and the options that change decisions. Equal keys mean an earlier
    /// outcome still stands.
    public var decisionKey: String {
        var parts: [String] = []
        switch destination {
        case .endorsed(let endorsed):
            parts.append("sink=\(endorsed.description)")
            // Another account on the same endpoint has none of these attachments.
            parts.append("account=\(endorsed.credentials.accountKey)")
            parts.append("requires-candidate=\(endorsed.requiresCandidate)")
        case .outbox:
            parts.append("sink=outbox")
        case .none:
            parts.append("sink=none")
        }
        parts.append("min-confidence=\(minimumConfidence)")
        parts.append(parsing.decisionKeyPart)
        if !candidates.isEmpty {
            let rules = candidates.entries.map { "\($0.prefix)=\($0.candidateID)" } + ["*=\(candidates.fallback ?? "")"]
            parts.append("candidates=" + rules.joined(separator: ","))
        }
        return parts.joined(separator: "; ")
    }

    /// Where documents go, in words: `Endorsed https://… (multipart)`, `outbox …`, or
    /// `none (dry run)`.
    public var destinationDescription: String {
        switch destination {
        case .endorsed(let endorsed): endorsed.description
        case .outbox:
            stateDirectory.map { "outbox \($0.appending(path: "outbox.sqlite").path(percentEncoded: false))" } ?? "outbox"
        case .none: "none (dry run)"
        }
    }
}

/// Everything needed to upload to Endorsed.
public struct EndorsedDestination: Sendable {
    /// The API's base URL.
    public var endpoint: EndorsedEndpoint
    /// A static token, or client credentials that the client trades for tokens.
    public var credentials: EndorsedCredentials
    /// Multipart bodies, or JSON with a public URL of each file.
    public var mode: EndorsedSink.UploadMode
    /// Retries, limits per attempt, upload slots and the largest file sent.
    public var client: EndorsedClient.Configuration
    /// Whether a document without a candidate fails (`no_candidate`) instead of being
    /// uploaded unattached.
    public var requiresCandidate: Bool

    public init(
        endpoint: EndorsedEndpoint, credentials: EndorsedCredentials, mode: EndorsedSink.UploadMode = .multipart,
        client: EndorsedClient.Configuration = EndorsedClient.Configuration(), requiresCandidate: Bool = true
    ) {
        self.endpoint = endpoint
        self.credentials = credentials
        self.mode = mode
        self.client = client
        self.requiresCandidate = requiresCandidate
    }

    /// `Endorsed https://… (multipart)`.
    public var description: String {
        let form = switch mode {
        case .multipart: "multipart"
        case .publicURL(let base): "public URLs under \(base.absoluteString)"
        }
        return "Endorsed \(endpoint) (\(form))"
    }
}
