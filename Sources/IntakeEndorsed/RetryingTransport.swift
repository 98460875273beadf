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

    var isSuccess: Bool { (200..<300).contains(status) }
}

/// Sends requests through async-http-client with a per-attempt timeout, and retries those
/// that failed in a way worth retrying (see ``RetryPolicy``). It knows nothing of tokens:
/// the client above it renews a token after a 401.
struct RetryingTransport: Sendable {
    /// The most bytes of an answer that are read; more is a broken answer, not a bigger one.
    static let maximumAnswerBytes = 1 << 20
    /// Statuses worth sending again: the server was busy or failed, not the request wrong.
    static let retryableStatuses: Set<Int> = [408, 429, 500, 502, 503, 504]

    let httpClient: HTTPClient
    let policy: RetryPolicy
    let requestTimeout: Duration
    let logger: Logger

    /// The same transport, sending each request once.
    func withoutRetries() -> RetryingTransport {
        RetryingTransport(httpClient: httpClient, policy: .never, requestTimeout: requestTimeout, logger: logger)
    }

    /// Sends the request `makeRequest` builds (anew for each attempt, so a streamed body
    /// starts over) until an answer comes that is not worth retrying or the attempts run
    /// out. Returns the last answer, whatever its status.
    ///
    /// - Parameter operation: what the call does, for logs and errors (`PUT attachments/…`).
    /// - Throws: ``EndorsedTransportError`` when the last attempt got no answer;
    ///   `CancellationError` when the task is cancelled; a ``FileChangedError`` from the body.
    func send(_ operation: String, _ makeRequest: () throws -> HTTPClientRequest) async throws -> EndorsedAnswer {
        var attempt = 0
        while true {
            attempt += 1
            try Task.checkCancellation()
            let request = try makeRequest()
            let retryAfter: Duration?
            let why: String
            do {
                let response = try await httpClient.execute(request, timeout: .nanoseconds(Self.nanoseconds(requestTimeout)), logger: logger)
                let body: ByteBuffer
                do {
                    body = try await response.body.collect(upTo: Self.maximumAnswerBytes)
                } catch is NIOTooManyBytesError {
                    // An answer came, just not one Endorsed would send: not worth retrying,
                    // and not "no answer" either.
                    return EndorsedAnswer(status: Int(response.status.code), headers: response.headers, body: Data("answer larger than 1 MiB".utf8))
                }
                let answer = EndorsedAnswer(status: Int(response.status.code), headers: response.headers, body: Data(body.readableBytesView))
                guard Self.retryableStatuses.contains(answer.status), attempt < policy.maximumAttempts else {
                    return answer
                }
                retryAfter = Self.retryAfter(answer.headers, now: Date())
                why = "HTTP \(answer.status)"
            } catch {
                if Task.isCancelled || Self.isCancellation(error) { throw CancellationError() }
                if let fileError = error as? FileChangedError { throw fileError }
                let failure = EndorsedTransportError(operation: operation, attempts: attempt, underlying: error)
                guard attempt < policy.maximumAttempts else { throw failure }
                retryAfter = nil
                why = failure.cause
            }
            let wait = policy.delay(afterAttempt: attempt, retryAfter: retryAfter)
            logger.debug("retrying after \(why)", metadata: [
                "call": "\(operation)", "attempt": "\(attempt + 1)/\(policy.maximumAttempts)",
                "wait_ms": "\(Int(RetryPolicy.seconds(wait) * 1000))",
            ])
            try await Task.sleep(for: wait)
        }
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
            timedOut = false
        }
        cause = timedOut ? "timed out (\(underlying))" : "no answer (\(underlying))"
    }

    public var code: String { timedOut ? "endorsed_timeout" : "endorsed_unreachable" }

    public var message: String {
        "\(operation): \(cause), after \(attempts) attempt\(attempts == 1 ? "" : "s")"
    }
}
