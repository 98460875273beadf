import Foundation
import Intake
import IntakeEndorsed
import IntakeWorkers

/// The settings of a run that decide where its documents go and how its decisions are
/// made, as the ledger keeps them: what `intake retry` (or a backend retrying a run) needs
/// to run again the way the run did. Secrets are never part of it: the credentials come
/// from where they came from the first time.
///
/// ```swift
/// if let settings = try Ingestor.lastRunSettings(stateDirectory: state) {
///     let configuration = try settings.configuration(stateDirectory: state, credentials: credentials)
/// }
/// ```
public struct RunSettings: Codable, Sendable, Hashable {
    /// Where the documents went.
    public enum Destination: String, Codable, Sendable {
        case endorsed, outbox, none
    }

    /// The upload to Endorsed, when that was the destination.
    public struct Endorsed: Codable, Sendable, Hashable {
        public var endpoint: String
        /// The public base URL in the public-URL mode; `nil` for multipart bodies.
        public var publicBaseURL: String?
        public var requiresCandidate: Bool
        public var maximumAttempts: Int
        public var idleTimeoutSeconds: Double
        public var baseDeadlineSeconds: Double
        public var minimumBytesPerSecond: Int64
        public var maximumConcurrentUploads: Int
        public var maximumFileBytes: Int64?

        public init(
            endpoint: String, publicBaseURL: String?, requiresCandidate: Bool, maximumAttempts: Int, idleTimeoutSeconds: Double,
            baseDeadlineSeconds: Double, minimumBytesPerSecond: Int64, maximumConcurrentUploads: Int, maximumFileBytes: Int64?
        ) {
            self.endpoint = endpoint
            self.publicBaseURL = publicBaseURL
            self.requiresCandidate = requiresCandidate
            self.maximumAttempts = maximumAttempts
            self.idleTimeoutSeconds = idleTimeoutSeconds
            self.baseDeadlineSeconds = baseDeadlineSeconds
            self.minimumBytesPerSecond = minimumBytesPerSecond
            self.maximumConcurrentUploads = maximumConcurrentUploads
            self.maximumFileBytes = maximumFileBytes
        }
    }

    /// The parser workers' budget; `nil` in ``RunSettings/parserWorkers`` means parsing in
    /// process.
    public struct Workers: Codable, Sendable, Hashable {
        public var fileTimeoutSeconds: Double
        public var memoryLimitBytes: UInt64
    }

    /// The version of this format.
    public var version = 1
    public var destination: Destination
    public var endorsed: Endorsed?
    public var minimumConfidence: Double
    /// The candidate map, `[prefix, candidate]` pairs, longest prefix first.
    public var candidatePrefixes: [[String]]
    public var candidateFallback: String?
    public var parserWorkers: Workers?
    public var keepsLedger: Bool
    /// The page budget (``ParsingSettings/maximumPages``); `nil` in a run recorded before
    /// there was one, which read every page (up to the text limit): retried as `0`.
    public var maximumPages: Int?
    /// Whether scans were recognised (``ParsingSettings/recognizesScans``); `nil` in a run
    /// recorded before there was OCR: retried with it.
    public var recognizesScans: Bool?

    /// The settings of `configuration`.
    public init(_ configuration: IngestorConfiguration) {
        switch configuration.destination {
        case .endorsed(let endorsed):
            destination = .endorsed
            let publicBase: String? = switch endorsed.mode {
            case .multipart: nil
            case .publicURL(let base): base.absoluteString
            }
            let client = endorsed.client
            self.endorsed = Endorsed(
                endpoint: "\(endorsed.endpoint)", publicBaseURL: publicBase, requiresCandidate: endorsed.requiresCandidate,
                maximumAttempts: client.retry.maximumAttempts,
                idleTimeoutSeconds: Self.seconds(client.attemptLimits.idleTimeout),
                baseDeadlineSeconds: Self.seconds(client.attemptLimits.baseDeadline),
                minimumBytesPerSecond: client.attemptLimits.minimumBytesPerSecond,
                maximumConcurrentUploads: client.maximumConcurrentUploads, maximumFileBytes: client.maximumFileBytes
            )
        case .outbox:
            destination = .outbox
            endorsed = nil
        case .none:
            destination = .none
            endorsed = nil
        }
        minimumConfidence = configuration.minimumConfidence
        candidatePrefixes = configuration.candidates.entries.map { [$0.prefix, $0.candidateID] }
        candidateFallback = configuration.candidates.fallback
        parserWorkers = configuration.parserWorkers.map {
            Workers(fileTimeoutSeconds: Self.seconds($0.fileTimeout), memoryLimitBytes: $0.memoryLimitBytes)
        }
        keepsLedger = configuration.keepsLedger
        maximumPages = configuration.parsing.maximumPages
        recognizesScans = configuration.parsing.recognizesScans
    }

    /// The candidate rules.
    public func candidateMap() throws -> CandidateMap {
        let entries = try candidatePrefixes.map { pair in
            guard pair.count == 2 else { throw RunSettingsError("a candidate rule holds \(pair.count) fields, not 2") }
            return try CandidateMap.Entry(prefix: pair[0], candidateID: pair[1])
        }
        return try CandidateMap(entries: entries, fallback: candidateFallback)
    }

    /// Where documents go with these settings, uploading with `credentials` (which must be
    /// given when the destination is Endorsed).
    public func endorsedDestination(credentials: EndorsedCredentials) throws -> EndorsedDestination? {
        guard destination == .endorsed, let endorsed else { return nil }
        let mode: EndorsedSink.UploadMode
        if let base = endorsed.publicBaseURL {
            guard let url = URL(string: base) else { throw RunSettingsError("the public base URL \(base) is not a URL") }
            mode = .publicURL(base: url)
        } else {
            mode = .multipart
        }
        return EndorsedDestination(
            endpoint: try EndorsedEndpoint(endorsed.endpoint),
            credentials: credentials,
            mode: mode,
            client: EndorsedClient.Configuration(
                retry: RetryPolicy(maximumAttempts: endorsed.maximumAttempts),
                attemptLimits: AttemptLimits(
                    idleTimeout: Self.duration(endorsed.idleTimeoutSeconds),
                    baseDeadline: Self.duration(endorsed.baseDeadlineSeconds),
                    minimumBytesPerSecond: endorsed.minimumBytesPerSecond
                ),
                maximumConcurrentUploads: endorsed.maximumConcurrentUploads,
                maximumFileBytes: endorsed.maximumFileBytes
            ),
            requiresCandidate: endorsed.requiresCandidate
        )
    }

    /// The parser workers' configuration with these settings, `workers` of them; `nil`
    /// when the run parsed in process.
    public func parserWorkerConfiguration(workers: Int) -> ParserWorkerPool.Configuration? {
        parserWorkers.map {
            ParserWorkerPool.Configuration(workers: workers, fileTimeout: Self.duration($0.fileTimeoutSeconds), memoryLimitBytes: $0.memoryLimitBytes)
        }
    }

    /// A configuration that runs as the run with these settings did, keeping state in
    /// `stateDirectory`; `credentials` are needed when the destination is Endorsed.
    public func configuration(stateDirectory: URL?, credentials: EndorsedCredentials?) throws -> IngestorConfiguration {
        let destination: IngestorConfiguration.Destination
        switch self.destination {
        case .endorsed:
            guard let credentials else { throw RunSettingsError("the run uploaded to Endorsed: credentials are needed to run it again") }
            guard let endorsed = try endorsedDestination(credentials: credentials) else {
                throw RunSettingsError("the run uploaded to Endorsed, but its settings do not say where")
            }
            destination = .endorsed(endorsed)
        case .outbox: destination = .outbox
        case .none: destination = .none
        }
        var configuration = IngestorConfiguration(destination: destination, stateDirectory: stateDirectory)
        configuration.minimumConfidence = minimumConfidence
        configuration.candidates = try candidateMap()
        configuration.parserWorkers = parserWorkerConfiguration(workers: configuration.maximumFilesInFlight)
        configuration.keepsLedger = keepsLedger
        configuration.parsing = ParsingSettings(maximumPages: maximumPages ?? 0, recognizesScans: recognizesScans ?? true)
        return configuration
    }

    /// The settings as the ledger stores them: JSON, keys sorted.
    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Settings read back from the ledger; `nil` for a run recorded before they were kept,
    /// or in a format this version does not read.
    public static func decoded(_ text: String?) -> RunSettings? {
        guard let text, let settings = try? JSONDecoder().decode(RunSettings.self, from: Data(text.utf8)), settings.version == 1 else { return nil }
        return settings
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func duration(_ seconds: Double) -> Duration {
        .milliseconds(Int64((seconds * 1000).rounded()))
    }
}

/// Stored run settings that cannot be used as they are.
public struct RunSettingsError: Error, Sendable, Hashable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
