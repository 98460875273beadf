import ArgumentParser
import Foundation
import Intake
import IntakeEndorsed
import IntakeEngine

/// The options of `intake ingest` that choose and tune the Endorsed upload, and the
/// candidate rules.
struct UploadOptions: ParsableArguments {
    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case multipart, url
    }

    @Option(name: .long, help: ArgumentHelp(
        "Upload to the Endorsed API at this base URL (such as https://endorsed.ai/api/v1) instead of the local outbox.",
        discussion: "Credentials come from the environment: ENDORSED_ACCESS_TOKEN, or ENDORSED_CLIENT_ID and ENDORSED_CLIENT_SECRET.",
        valueName: "url"))
    var endpoint: String?

    @Option(name: .long, help: "How files reach Endorsed: multipart (the bytes, streamed) or url (JSON with a public_file_url; needs --public-base-url).")
    var uploadMode: Mode = .multipart

    @Option(name: .long, help: ArgumentHelp(
        "With --upload-mode url: the public URL of the folder walked; a file's URL is this joined with its path inside that folder.",
        valueName: "url"))
    var publicBaseURL: String?

    @Option(name: .long, help: ArgumentHelp(
        "The candidate of files that no --candidate-map prefix and no UUID-named folder assigns.", valueName: "uuid"))
    var candidateID: String?

    @Option(name: .long, help: ArgumentHelp(
        "A CSV of `path prefix,candidate UUID` lines; a file takes the candidate of the longest prefix matching its path inside the folder walked (or its absolute path, for a prefix starting with /).",
        valueName: "csv"), completion: .file(extensions: ["csv"]))
    var candidateMap: String?

    @Flag(name: .long, help: "Upload files without a candidate instead of failing them with no_candidate.")
    var allowNoCandidate = false

    @Option(name: .long, help: "How many uploads are in flight at once, besides the files in the CPU stages.")
    var uploadConcurrency: Int = 4

    @Option(name: .long, help: ArgumentHelp(
        "The deadline of one call attempt without a body; an upload gets this plus the time its file takes at --min-upload-rate.",
        valueName: "seconds"))
    var requestTimeout: Double = 120

    @Option(name: .long, help: ArgumentHelp(
        "An attempt that sends and receives nothing for this long (connecting included) is dropped and retried.",
        valueName: "seconds"))
    var idleTimeout: Double = 30

    @Option(name: .long, help: ArgumentHelp(
        "The slowest upload the deadline allows for; an attempt slower than this fails as endorsed_timeout and is not retried.",
        valueName: "KiB/s"))
    var minUploadRate: Int = 64

    @Option(name: .long, help: ArgumentHelp(
        "Files larger than this are not sent and fail as file_too_large (0: no limit).", valueName: "MiB"))
    var maxFileSize: Int = 1024

    @Option(name: .long, help: "How many times one call is sent at most when the server fails, throttles or drops it (1: no retry).")
    var maxAttempts: Int = 10

    func validate() throws {
        if let endpoint {
            do { _ = try EndorsedEndpoint(endpoint) } catch { throw ValidationError("--endpoint: \(error)") }
        }
        if uploadMode == .url {
            guard endpoint != nil else { throw ValidationError("--upload-mode url needs --endpoint.") }
            guard let publicBaseURL else { throw ValidationError("--upload-mode url needs --public-base-url.") }
            guard let url = URLComponents(string: publicBaseURL), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
                  let host = url.host, !host.isEmpty
            else {
                throw ValidationError("--public-base-url must be an absolute http or https URL.")
            }
            // Endorsed fetches the files from there, across the internet: over plain http
            // anyone on the way could read or replace a candidate's document.
            guard scheme == "https" || EndorsedEndpoint.isLoopback(host) else {
                throw ValidationError("--public-base-url must use https (plain http is allowed only to this machine, for the sandbox).")
            }
            // A user, password or signed query would be printed in summaries and kept in
            // the ledger, and a query would swallow the file paths joined after it.
            guard url.user == nil, url.password == nil, url.query == nil, url.fragment == nil else {
                throw ValidationError("--public-base-url must not hold a user, password, query or fragment.")
            }
        } else if publicBaseURL != nil {
            throw ValidationError("--public-base-url applies only with --upload-mode url.")
        }
        if let candidateID, CandidateID.normalised(candidateID) == nil {
            throw ValidationError("--candidate-id \(candidateID.debugDescription) is not a UUID.")
        }
        if uploadConcurrency < 1 { throw ValidationError("--upload-concurrency must be at least 1.") }
        if !(requestTimeout > 0 && requestTimeout <= 86_400) {
            throw ValidationError("--request-timeout must be more than 0 seconds and at most a day (86400).")
        }
        if maxAttempts < 1 { throw ValidationError("--max-attempts must be at least 1.") }
        if !(idleTimeout > 0 && idleTimeout <= 86_400) {
            throw ValidationError("--idle-timeout must be more than 0 seconds and at most a day (86400).")
        }
        if minUploadRate < 1 { throw ValidationError("--min-upload-rate must be at least 1 KiB/s.") }
        if maxFileSize < 0 || maxFileSize > 1 << 30 { throw ValidationError("--max-file-size must be between 0 (no limit) and \(1 << 30) MiB.") }
    }

    /// The candidate rules: the map file read and checked, and the fallback.
    func loadCandidateMap() throws -> CandidateMap {
        var entries: [CandidateMap.Entry] = []
        if let candidateMap {
            let text: String
            do {
                text = try String(contentsOf: URL(filePath: candidateMap), encoding: .utf8)
            } catch {
                throw CLIError("cannot read the candidate map \(candidateMap): \(error.localizedDescription)")
            }
            do {
                entries = try CandidateMap.parseCSV(text).entries
            } catch {
                throw CLIError("the candidate map \(candidateMap), \(error)")
            }
        }
        return try CandidateMap(entries: entries, fallback: candidateID)
    }

    /// Where to upload and how, or `nil` without `--endpoint`. Reads the credentials from
    /// `environment`, throwing a message that says what to set when they are missing.
    func endorsedSettings(environment: [String: String]) throws -> EndorsedSettings? {
        guard let endpoint else { return nil }
        let credentials: EndorsedCredentials
        do {
            credentials = try EndorsedCredentials.fromEnvironment(environment)
        } catch {
            throw CLIError("--endpoint is given, but \(error)")
        }
        let mode: EndorsedSink.UploadMode
        switch uploadMode {
        case .multipart: mode = .multipart
        case .url: mode = .publicURL(base: URL(string: publicBaseURL!)!)
        }
        return EndorsedSettings(
            endpoint: try EndorsedEndpoint(endpoint),
            credentials: credentials,
            mode: mode,
            client: EndorsedClient.Configuration(
                retry: RetryPolicy(maximumAttempts: maxAttempts),
                attemptLimits: AttemptLimits(
                    idleTimeout: .milliseconds(Int64(idleTimeout * 1000)),
                    baseDeadline: .milliseconds(Int64(requestTimeout * 1000)),
                    minimumBytesPerSecond: Int64(minUploadRate) * 1024
                ),
                maximumConcurrentUploads: uploadConcurrency,
                maximumFileBytes: maxFileSize == 0 ? nil : Int64(maxFileSize) << 20
            ),
            requiresCandidate: !allowNoCandidate
        )
    }
}

extension UploadOptions {
    /// These options with the upload of a retried run filled in: its endpoint, and each of
    /// its upload settings whose option is not among `given` (the options after `--`, which
    /// win).
    func overlaid(with stored: RunSettings.Endorsed, except given: Set<String>) -> UploadOptions {
        var options = self
        options.endpoint = stored.endpoint
        func keep(_ option: String) -> Bool { !given.contains(option) }
        if keep("--upload-mode") && keep("--public-base-url") {
            options.uploadMode = stored.publicBaseURL == nil ? .multipart : .url
            options.publicBaseURL = stored.publicBaseURL
        }
        if keep("--allow-no-candidate") { options.allowNoCandidate = !stored.requiresCandidate }
        if keep("--upload-concurrency") { options.uploadConcurrency = stored.maximumConcurrentUploads }
        if keep("--request-timeout") { options.requestTimeout = stored.baseDeadlineSeconds }
        if keep("--idle-timeout") { options.idleTimeout = stored.idleTimeoutSeconds }
        if keep("--min-upload-rate") { options.minUploadRate = Int(stored.minimumBytesPerSecond / 1024) }
        if keep("--max-file-size") { options.maxFileSize = stored.maximumFileBytes.map { Int($0 >> 20) } ?? 0 }
        if keep("--max-attempts") { options.maxAttempts = stored.maximumAttempts }
        return options
    }
}
