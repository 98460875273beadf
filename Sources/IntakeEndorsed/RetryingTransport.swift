import AsyncHTTPClient
import Foundation
import Intake
import Logging
import NIOCore
import NIOHTTP1

/// One HTTP answer, its body read in full (Endorsed answers are small JSON documents).
struct EndorsedAnswer: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: Data
    /// Whether the body holds a secret value the client sent: its text must not be quoted.
    var echoesCredential = false

    var isSuccess: Bool { (200..<300).contains(status) }

    /// The error this answer stands for, its text withheld if it echoes a credential.
    var error: EndorsedError {
        EndorsedError.decode(status: status, body: body, withholding: echoesCredential)
    }

    /// The error for this answer when it is not what the protocol promises.
    func unexpected(_ reason: String) -> EndorsedError {
        EndorsedError.unexpected(status: status, body: body, reason: reason, withholding: echoesCredential)
    }
}

/// The time limits of one attempt of a call.
///
/// An attempt fails as a timeout (and is retried like a dropped connection) when no byte
/// of it moves for ``idleTimeout``, or when it outlasts its deadline: ``baseDeadline``
/// plus the time the body takes at ``minimumBytesPerSecond``. A large file on a slow link
/// thus gets the time it needs, while a server that stops reading, or sends a head and then
/// nothing, frees the upload slot after ``idleTimeout``.
public struct AttemptLimits: Sendable, Hashable {
    /// The longest wait for the next byte to go out or come in; the connection, the
    /// request body and the answer included.
    public var idleTimeout: Duration
    /// The deadline of an attempt whose body is empty.
    public var baseDeadline: Duration
    /// The slowest transfer of a body that the deadline allows for.
    public var minimumBytesPerSecond: Int64

    /// - Parameters:
    ///   - idleTimeout: default 30 s.
    ///   - baseDeadline: default 120 s.
    ///   - minimumBytesPerSecond: default 64 KiB/s (512 kbit/s): a 1 GiB file gets 4.6 hours.
    public init(idleTimeout: Duration = .seconds(30), baseDeadline: Duration = .seconds(120), minimumBytesPerSecond: Int64 = 64 * 1024) {
        precondition(idleTimeout > .zero && baseDeadline > .zero && minimumBytesPerSecond > 0, "attempt limits are positive")
        self.idleTimeout = idleTimeout
        self.baseDeadline = baseDeadline
        self.minimumBytesPerSecond = minimumBytesPerSecond
    }

    /// The deadline of an attempt that sends `bodyBytes`.
    public func deadline(bodyBytes: Int64) -> Duration {
        baseDeadline + .seconds(Double(max(0, bodyBytes)) / Double(minimumBytesPerSecond))
    }
}

/// Sends requests through async-http-client, each attempt under ``AttemptLimits``, and
/// retries those that failed in a way worth retrying (see ``RetryPolicy``). It knows
/// nothing of tokens: the client above it renews a token after a 401.
struct RetryingTransport: Sendable {
    /// The most bytes of an answer that are read; more is a broken answer, not a bigger one.
    static let maximumAnswerBytes = 1 << 20
    /// Statuses worth sending again: the server was busy or failed, not the request wrong.
    static let retryableStatuses: Set<Int> = [408, 429, 500, 502, 503, 504]

    let httpClient: HTTPClient
    let policy: RetryPolicy
    let limits: AttemptLimits
    /// The client's secret values, looked for in every answer.
    let credentials: CredentialValues
    let logger: Logger
    /// Where retries are counted and attempts traced.
    let instruments: ClientTelemetry

    /// The same transport with another retry policy, and other limits when given.
    func with(policy: RetryPolicy, limits: AttemptLimits? = nil) -> RetryingTransport {
        RetryingTransport(httpClient: httpClient, policy: policy, limits: limits ?? self.limits, credentials: credentials, logger: logger, instruments: instruments)
    }

    /// The same transport, sending each request once.
    func withoutRetries() -> RetryingTransport {
        with(policy: .never)
    }

    /// Sends the request `makeRequest` builds (anew for each attempt, so a streamed body
    /// starts over) until an answer comes that is not worth retrying or the attempts run
    /// out. Returns the last answer, whatever its status.
    ///
    /// - Parameters:
    ///   - operation: what the call does, for logs and errors (`PUT attachments/…`).
    ///   - bodyBytes: the size of the request body, for the attempt's deadline.
    ///   - makeRequest: builds the request; a streamed body reports its chunks to the
    ///     progress it is given, so that the idle timeout sees them move.
    /// - Throws: ``EndorsedTransportError`` when the last attempt got no answer;
    ///   `CancellationError` when the task is cancelled; a ``FileChangedError`` from the body.
    func send(_ operation: String, bodyBytes: Int64 = 0, _ makeRequest: (TransferProgress) throws -> HTTPClientRequest) async throws -> EndorsedAnswer {
        var attempt = 0
        let deadline = limits.deadline(bodyBytes: bodyBytes)
        while true {
            attempt += 1
            try Task.checkCancellation()
            let progress = TransferProgress()
            let request = try makeRequest(progress)
            let retryAfter: Duration?
            let why: String
            do {
                // async-http-client holds the same deadline until the answer's head, and when
                // it passes reports the cause it saw (a connection refused again and again);
                // the watchdog's, a second later, covers the answer's body.
                var answer = try await instruments.telemetry.withSpan("endorsed.attempt", ofKind: .client) { [attempt] span in
                    span.attributes["http.request.method"] = ClientTelemetry.method(of: operation)
                    span.attributes["intake.operation"] = operation
                    span.attributes["intake.attempt"] = attempt
                    let answer = try await AttemptWatchdog.run(idleTimeout: limits.idleTimeout, deadline: deadline + .seconds(1), progress: progress) { [httpClient, logger] in
                        try await Self.execute(request, on: httpClient, deadline: deadline, progress: progress, logger: logger)
                    }
                    span.attributes["http.response.status_code"] = answer.status
                    return answer
                }
                answer.echoesCredential = credentials.appear(in: answer.body)
                guard Self.retryableStatuses.contains(answer.status), attempt < policy.maximumAttempts else {
                    return answer
                }
                retryAfter = Self.retryAfter(answer.headers, now: Date())
                why = "HTTP \(answer.status)"
            } catch {
                if Task.isCancelled || Self.isCancellation(error) { throw CancellationError() }
                if let fileError = error as? FileChangedError { throw fileError }
                // async-http-client keeps the same deadline until the answer's head: whichever
                // notices first, it is the attempt's deadline that passed.
                let deadlinePassed = (error as? HTTPClientError) == .deadlineExceeded || (error as? AttemptTimeout)?.isDeadline == true
                let underlying = deadlinePassed ? AttemptTimeout(limit: .deadline(deadline)) : error
                let failure = EndorsedTransportError(operation: operation, attempts: attempt, underlying: underlying)
                // A deadline passed while bytes were moving: the link is slower than the
                // deadline allows for, and sending again from byte 0 would fail the same way.
                if deadlinePassed { throw failure }
                guard attempt < policy.maximumAttempts else { throw failure }
                retryAfter = nil
                why = failure.cause
            }
            instruments.countRetry(of: operation)
            let wait = policy.delay(afterAttempt: attempt, retryAfter: retryAfter)
            logger.debug("retrying after \(why)", metadata: [
                "call": "\(operation)", "attempt": "\(attempt + 1)/\(policy.maximumAttempts)",
                "wait_ms": "\(Int(RetryPolicy.seconds(wait) * 1000))",
            ])
            try await Task.sleep(for: wait)
        }
    }

    /// One attempt: the request, then the answer read chunk by chunk, each chunk counted
    /// as progress.
    private static func execute(_ request: HTTPClientRequest, on httpClient: HTTPClient, deadline: Duration, progress: TransferProgress, logger: Logger) async throws -> EndorsedAnswer {
        let response = try await httpClient.execute(request, timeout: .nanoseconds(nanoseconds(deadline)), logger: logger)
        progress.advance()
        let status = Int(response.status.code)
        var body = ByteBuffer()
        for try await chunk in response.body {
            progress.advance()
            guard body.readableBytes + chunk.readableBytes <= maximumAnswerBytes else {
                // An answer came, just not one Endorsed would send: not worth retrying,
                // and not "no answer" either.
                return EndorsedAnswer(status: status, headers: response.headers, body: Data("answer larger than 1 MiB".utf8))
            }
            body.writeImmutableBuffer(chunk)
        }
        return EndorsedAnswer(status: status, headers: response.headers, body: Data(body.readableBytesView))
    }

    /// The `Retry-After` header as a wait: whole seconds, or an HTTP date (RFC 9110 §10.2.3).
    static func retryAfter(_ headers: HTTPHeaders, now: Date) -> Duration? {
        guard let value = headers.first(name: "Retry-After")?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
            return nil
        }
        if let seconds = Int(value) {
            return seconds >= 0 ? .seconds(seconds) : nil
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return .seconds(max(0, date.timeIntervalSince(now)))
    }

    static func isCancellation(_ error: any Error) -> Bool {
        if error is CancellationError { return true }
        if let client = error as? HTTPClientError, client == .cancelled { return true }
        return false
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}

/// A call got no answer: the connection failed, dropped or timed out, on every attempt.
public struct EndorsedTransportError: ReportableError, Sendable {
    /// The call, such as `PUT attachments/remote.ik1-…`.
    public let operation: String
    /// How many times it was sent.
    public let attempts: Int
    /// What happened to the last attempt, for a person.
    public let cause: String
    /// Whether the last attempt ran out of time rather than losing its connection.
    public let timedOut: Bool

    init(operation: String, attempts: Int, underlying: any Error) {
        self.operation = operation
        self.attempts = attempts
        if let client = underlying as? HTTPClientError {
            timedOut = [.deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout].contains(client)
        } else {
            timedOut = underlying is AttemptTimeout
        }
        cause = timedOut ? "timed out (\(underlying))" : "no answer (\(underlying))"
    }

    public var code: String { timedOut ? "endorsed_timeout" : "endorsed_unreachable" }

    public var message: String {
        "\(operation): \(cause), after \(attempts) attempt\(attempts == 1 ? "" : "s")"
    }
}
