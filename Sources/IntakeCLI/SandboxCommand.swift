import ArgumentParser
import EndorsedSandbox
import Foundation
import Logging

/// `intake sandbox`: a local Endorsed API to upload to, with faults on demand.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run a local server that speaks the Endorsed token and attachment calls.",
        discussion: """
            The sandbox issues tokens for one client id and secret, checks every attachment \
            call as the Endorsed reference describes it (bearer token and scope, multipart or \
            JSON body, field rules), stores what it receives (files on disk, with their \
            SHA-256) and records every request. It prints the base URL and the lines to paste \
            into another terminal, and serves until Ctrl-C.

            Faults make a client's retries visible: --server-errors answers 500 before \
            storing, --land-then-error stores a write and then answers 500 (a retried POST \
            makes a duplicate), --drops closes the connection without an answer, \
            --rate-limits answers 429 with Retry-After. Each attachment call rolls one die; \
            the rates are shares of calls and must add up to 1 at most. --seed makes the \
            rolls repeat from run to run.

            What it received, with the inspection token it prints \
            (Authorization: Bearer <token>):
              GET /sandbox/attachments   every attachment, with size and SHA-256
              GET /sandbox/requests      the last 10,000 API requests, with status and fault
              GET /sandbox/files/<id>    the bytes of an uploaded file

            Secrets come from the environment, never from flags (which every user of the \
            machine sees in ps):
              INTAKE_SANDBOX_CLIENT_SECRET      the client secret accepted (default: sandbox-secret)
              INTAKE_SANDBOX_ACCESS_TOKENS      bearer tokens always accepted, separated by spaces
              INTAKE_SANDBOX_INSPECTION_TOKEN   the token of the /sandbox pages (default: a new random one)

            It listens on loopback unless --host says otherwise, and warns when it does not.

            Examples:
              intake sandbox
              intake sandbox --port 9090 --immutable --storage /tmp/endorsed-files
              intake sandbox --server-errors 0.1 --drops 0.05 --rate-limits 0.1 --seed 42
              INTAKE_SANDBOX_ACCESS_TOKENS=dev-token intake sandbox --latency-ms 250
            """
    )

    @Option(name: .long, help: ArgumentHelp("The address to listen on; anything but loopback makes the sandbox reachable from other machines.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "n"))
    var port = 8080

    @Option(name: .long, help: ArgumentHelp("The client id the token call accepts.", valueName: "id"))
    var clientID = SandboxConfiguration.defaultClientID

    // Refused with a message naming the variable to use: a secret on the command line is
    // visible to every user of the machine.
    @Option(name: .long, help: .hidden)
    var clientSecret: String?

    @Option(name: .customLong("access-token"), help: .hidden)
    var accessTokens: [String] = []

    @Option(name: .long, help: ArgumentHelp("How long an issued token is accepted, in seconds.", valueName: "seconds"))
    var tokenLifetime = 3600

    @Flag(name: .long, help: "Refuse a PUT on an attachment that exists with 409 CONFLICT (attachments immutable after upload).")
    var immutable = false

    @Option(name: .long, help: ArgumentHelp("Keep received files in this folder (default: a temporary folder, removed on exit).", valueName: "folder"), completion: .directory)
    var storage: String?

    @Flag(name: .long, help: "Only count and hash received files, writing none of their bytes (for large uploads and benchmarks).")
    var hashOnly = false

    @Option(name: .long, help: ArgumentHelp("The largest file accepted, in bytes; larger ones answer 413.", valueName: "bytes"))
    var maxFileSize: Int64 = SandboxConfiguration.defaultMaximumFileSize

    @Option(name: .long, help: ArgumentHelp("Share of attachment calls answered 500 before anything is stored (0 to 1).", valueName: "rate"))
    var serverErrors: Double = 0

    @Option(name: .long, help: ArgumentHelp("Share of attachment writes stored and then answered 500 (0 to 1).", valueName: "rate"))
    var landThenError: Double = 0

    @Option(name: .long, help: ArgumentHelp("Share of attachment calls whose connection is closed without an answer (0 to 1).", valueName: "rate"))
    var drops: Double = 0

    @Option(name: .long, help: ArgumentHelp("Share of attachment calls answered 429 TOO_MANY_REQUESTS (0 to 1).", valueName: "rate"))
    var rateLimits: Double = 0

    @Option(name: .long, help: ArgumentHelp("The Retry-After of a 429, in seconds.", valueName: "seconds"))
    var retryAfter = 1

    @Option(name: .long, help: ArgumentHelp("Milliseconds added before answering every API call.", valueName: "ms"))
    var latencyMs = 0

    @Option(name: .long, help: ArgumentHelp("Seed for the fault dice, so that a run meets the same faults again (default: random).", valueName: "n"))
    var seed: UInt64?

    @Flag(name: .shortAndLong, help: "Log every request (method, path, status, fault) to standard error.")
    var verbose = false

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("--port must be between 0 and 65535.")
        }
        let rates = [
            ("--server-errors", serverErrors), ("--land-then-error", landThenError),
            ("--drops", drops), ("--rate-limits", rateLimits),
        ]
        for (name, rate) in rates where !(0...1).contains(rate) {
            throw ValidationError("\(name) must be between 0 and 1; got \(rate).")
        }
        let sum = rates.map(\.1).reduce(0, +)
        // A little slack, so that shares written as decimals (0.7 + 0.2 + 0.1) pass.
        guard sum <= 1 + 1e-9 else {
            throw ValidationError("The fault rates add up to \(sum); they are shares of one roll per call and must add up to 1 at most.")
        }
        guard tokenLifetime >= 1 else { throw ValidationError("--token-lifetime must be at least 1 second.") }
        guard maxFileSize >= 1 else { throw ValidationError("--max-file-size must be at least 1 byte.") }
        guard retryAfter >= 0 else { throw ValidationError("--retry-after must not be negative.") }
        guard latencyMs >= 0 else { throw ValidationError("--latency-ms must not be negative.") }
        guard !clientID.isEmpty else { throw ValidationError("--client-id must not be empty.") }
        if clientSecret != nil {
            throw ValidationError("--client-secret is not taken on the command line, where every user sees it in ps; set \(Self.clientSecretVariable) instead.")
        }
        if !accessTokens.isEmpty {
            throw ValidationError("--access-token is not taken on the command line, where every user sees it in ps; set \(Self.accessTokensVariable) (tokens separated by spaces) instead.")
        }
    }

    /// The client secret the sandbox accepts.
    static let clientSecretVariable = "INTAKE_SANDBOX_CLIENT_SECRET"
    /// Bearer tokens always accepted, separated by spaces.
    static let accessTokensVariable = "INTAKE_SANDBOX_ACCESS_TOKENS"
    /// The token of the `/sandbox` pages.
    static let inspectionTokenVariable = "INTAKE_SANDBOX_INSPECTION_TOKEN"

    /// The sandbox configuration the options and `environment` describe. Without an
    /// inspection token in the environment, a new random one is made.
    func sandboxConfiguration(environment: [String: String]) throws -> SandboxConfiguration {
        let secret = environment[Self.clientSecretVariable] ?? SandboxConfiguration.defaultClientSecret
        guard !secret.isEmpty else { throw CLIError("\(Self.clientSecretVariable) is set but empty") }
        let tokens = (environment[Self.accessTokensVariable] ?? "").split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" }).map(String.init)
        var inspectionToken = environment[Self.inspectionTokenVariable] ?? Self.randomToken()
        if inspectionToken.isEmpty || inspectionToken.contains(" ") {
            throw CLIError("\(Self.inspectionTokenVariable) is empty or has a space; a bearer token cannot")
        }
        inspectionToken = inspectionToken.trimmingCharacters(in: .whitespacesAndNewlines)
        return SandboxConfiguration(
            host: host,
            port: port,
            clientID: clientID,
            clientSecret: secret,
            staticTokens: Set(tokens),
            tokenLifetime: .seconds(tokenLifetime),
            immutableAttachments: immutable,
            maximumFileSize: maxFileSize,
            storageDirectory: storage.map { URL(filePath: $0, directoryHint: .isDirectory) },
            keepsFileBytes: !hashOnly,
            faults: SandboxFaults(
                serverErrorRate: serverErrors,
                landThenErrorRate: landThenError,
                dropRate: drops,
                rateLimitRate: rateLimits,
                retryAfterSeconds: retryAfter,
                latency: .milliseconds(latencyMs)
            ),
            seed: seed,
            inspectionToken: inspectionToken
        )
    }

    /// 24 random bytes as hex, prefixed so that it is recognisable.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return "sbi_" + (0..<3).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    func run() async throws {
        var logger = Logger(label: "intake-sandbox", factory: { TerminalLogHandler(label: $0) })
        logger.logLevel = verbose ? .debug : .notice
        let configuration: SandboxConfiguration
        do {
            configuration = try sandboxConfiguration(environment: ProcessInfo.processInfo.environment)
        } catch {
            Console.error("\(error)")
            throw IntakeExitCode.usage
        }
        if !configuration.listensOnLoopbackOnly {
            FileHandle.standardError.write(Data("""
                intake: warning: the sandbox listens on \(configuration.host), which other machines may reach; \
                it accepts \(configuration.clientSecret == SandboxConfiguration.defaultClientSecret ? "the published default secret" : "the secret of \(Self.clientSecretVariable)") \
                and stores whatever it is sent. Use --host 127.0.0.1 unless that is what you want.

                """.utf8))
        }
        let sandbox = EndorsedSandbox(configuration: configuration, logger: logger)
        do {
            try await sandbox.run { baseURL in
                // Unbuffered, so that it shows at once when standard output is a pipe.
                let banner = SandboxBanner.render(baseURL: baseURL, configuration: configuration)
                FileHandle.standardOutput.write(Data((banner + "\n").utf8))
            }
        } catch {
            Console.error("the sandbox could not run: \(error)")
            throw IntakeExitCode.couldNotRun
        }
    }
}

/// What `intake sandbox` prints once it listens: where it is and what to paste.
enum SandboxBanner {
    static func render(baseURL: URL, configuration: SandboxConfiguration) -> String {
        let base = baseURL.absoluteString
        let origin = base.hasSuffix("/api/v1") ? String(base.dropLast("/api/v1".count)) : base
        // A secret of the operator's own stays in their environment, not in this output.
        let secret = configuration.clientSecret == SandboxConfiguration.defaultClientSecret
            ? shellQuoted(configuration.clientSecret) : "\"$\(SandboxCommand.clientSecretVariable)\""
        var lines = [
            "Endorsed sandbox listening on \(base)",
            "  export ENDORSED_CLIENT_ID=\(shellQuoted(configuration.clientID))",
            "  export ENDORSED_CLIENT_SECRET=\(secret)",
            "  intake ingest samples --endpoint \(shellQuoted(base))",
        ]
        if !configuration.staticTokens.isEmpty {
            lines.append("Static bearer tokens accepted: \(configuration.staticTokens.count)")
        }
        let faults = configuration.faults
        var active: [String] = []
        if faults.serverErrorRate > 0 { active.append("server errors \(faults.serverErrorRate)") }
        if faults.landThenErrorRate > 0 { active.append("land then error \(faults.landThenErrorRate)") }
        if faults.dropRate > 0 { active.append("drops \(faults.dropRate)") }
        if faults.rateLimitRate > 0 { active.append("rate limits \(faults.rateLimitRate) (Retry-After \(faults.retryAfterSeconds) s)") }
        if faults.latency > .zero { active.append("latency \(faults.latency)") }
        if !active.isEmpty { lines.append("Faults: " + active.joined(separator: ", ")) }
        if configuration.immutableAttachments { lines.append("Attachments are immutable: a PUT on an existing one answers 409.") }
        if let token = configuration.inspectionToken {
            lines.append("Attachments received: curl -H \(shellQuoted("Authorization: Bearer " + token)) \(origin)/sandbox/attachments")
        } else {
            lines.append("Attachments received: \(origin)/sandbox/attachments")
        }
        lines.append("Press Ctrl-C to stop.")
        return lines.joined(separator: "\n")
    }

    /// `text` as one shell word: unchanged when it is plainly safe, else single-quoted.
    static func shellQuoted(_ text: String) -> String {
        let safe = text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.:/@%+=,".unicodeScalars.contains(scalar))
        }
        if safe && !text.isEmpty { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
