import AsyncHTTPClient
import Foundation
import Intake
import Logging
import NIOCore
import NIOHTTP1

/// A client of the Endorsed attachments API.
///
/// ```swift
/// let client = EndorsedClient(
///     endpoint: try EndorsedEndpoint("https://endorsed.ai/api/v1"),
///     credentials: try .fromEnvironment(ProcessInfo.processInfo.environment),
///     logger: logger
/// )
/// let form = try AttachmentForm(candidateID: candidate, remoteID: "cv-1", type: .resume, file: url)
/// let written = try await client.upsertAttachment(.multipart(form))
/// ```
///
/// - Tokens: a static token is sent as is. Client credentials are exchanged at
///   `POST auth/tokens`; the token is cached, renewed before it expires, and renewed once
///   more when a call is answered 401. Tokens never appear in logs or errors.
/// - Retries: 5xx, 429 (after its `Retry-After`), idle timeouts and dropped connections
///   are retried with backoff and jitter, per ``RetryPolicy``; other 4xx are not, and
///   neither is an attempt that outlasted its deadline (the link is too slow for it).
/// - Writes are limited to ``Configuration/maximumConcurrentUploads`` at once; reads are not.
/// - Every attempt has the limits of ``Configuration/attemptLimits``: it fails as a timeout
///   when no byte moves for the idle timeout, or when it outlasts a deadline that grows
///   with the body's size. A file over ``Configuration/maximumFileBytes`` is not sent.
/// - TLS certificates are verified by async-http-client, which this client never relaxes,
///   and redirects are not followed.
public final class EndorsedClient: Sendable {
    /// Tuning of a client.
    public struct Configuration: Sendable {
        /// When and how often to retry.
        public var retry: RetryPolicy
        /// The time limits of each attempt: idle timeout and deadline.
        public var attemptLimits: AttemptLimits
        /// The most attachment writes in flight at once.
        public var maximumConcurrentUploads: Int
        /// The largest file a multipart write sends; a larger one is refused with
        /// ``AttachmentValidationError/fileTooLarge(path:size:limit:)`` before anything is
        /// sent. `nil`: no limit.
        public var maximumFileBytes: Int64?
        /// Where the client's metrics (`intake_http_retries_total`, `intake_token_renewals_total`,
        /// `intake_uploads_in_flight`) and its span per HTTP attempt (`endorsed.attempt`) go.
        public var telemetry: Telemetry

        /// The largest file sent unless told otherwise: 1 GiB.
        public static let defaultMaximumFileBytes: Int64 = 1 << 30

        /// - Parameters:
        ///   - retry: default ``RetryPolicy/init(maximumAttempts:initialBackoff:maximumBackoff:maximumRetryAfter:)``'s defaults.
        ///   - attemptLimits: default ``AttemptLimits/init(idleTimeout:baseDeadline:minimumBytesPerSecond:)``'s defaults.
        ///   - maximumConcurrentUploads: default 4.
        ///   - maximumFileBytes: default ``defaultMaximumFileBytes``.
        ///   - telemetry: default the process's bootstrapped metrics and tracing systems.
        public init(
            retry: RetryPolicy = RetryPolicy(), attemptLimits: AttemptLimits = AttemptLimits(), maximumConcurrentUploads: Int = 4,
            maximumFileBytes: Int64? = Configuration.defaultMaximumFileBytes, telemetry: Telemetry = .global
        ) {
            self.retry = retry
            self.attemptLimits = attemptLimits
            self.maximumConcurrentUploads = maximumConcurrentUploads
            self.maximumFileBytes = maximumFileBytes
            self.telemetry = telemetry
        }
    }

    /// The API base.
    public let endpoint: EndorsedEndpoint
    /// The client's tuning.
    public let configuration: Configuration
    private let transport: RetryingTransport
    private let tokens: TokenProvider
    private let uploadSlots: UploadSlots
    private let logger: Logger
    private let instruments: ClientTelemetry

    /// The HTTP client every ``EndorsedClient`` uses unless given another: one per
    /// process, never shut down, like `HTTPClient.shared`, but refusing redirects, so that
    /// a token and a document are only ever sent to the endpoint configured. Certificates
    /// are verified (async-http-client's default, which nothing here relaxes).
    /// Connecting may take 10 s, and a connection that fails fails its attempt at once:
    /// the client's own ``RetryPolicy`` decides when to try again (with backoff and
    /// jitter, and a log line), rather than the pool retrying silently until the deadline.
    public static let defaultHTTPClient: HTTPClient = {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow, timeout: .init(connect: .seconds(10)))
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    /// Makes a client. Nothing is sent until the first call.
    ///
    /// - Parameters:
    ///   - endpoint: the API's base URL.
    ///   - credentials: a static token, or client credentials traded for tokens.
    ///   - configuration: retries, limits per attempt, upload slots, the largest file, telemetry.
    ///   - httpClient: the async-http-client to send with; by default
    ///     ``defaultHTTPClient``. A client passed in stays the caller's to shut down.
    ///   - logger: where the client logs its retries and renewals.
    public init(
        endpoint: EndorsedEndpoint, credentials: EndorsedCredentials, configuration: Configuration = Configuration(),
        httpClient: HTTPClient = EndorsedClient.defaultHTTPClient, logger: Logger
    ) {
        self.endpoint = endpoint
        self.configuration = configuration
        self.logger = logger
        let instruments = ClientTelemetry(configuration.telemetry)
        self.instruments = instruments
        transport = RetryingTransport(
            httpClient: httpClient, policy: configuration.retry, limits: configuration.attemptLimits,
            credentials: CredentialValues(credentials), logger: logger, instruments: instruments
        )
        tokens = TokenProvider(credentials: credentials, endpoint: endpoint, transport: transport, renewals: instruments.tokenRenewals)
        uploadSlots = UploadSlots(limit: max(1, configuration.maximumConcurrentUploads))
    }

    /// How many tokens the client has obtained from client credentials so far.
    public var tokensObtained: Int {
        get async { await tokens.tokensObtained }
    }

    // MARK: Calls

    /// `PUT attachments/remote.<remote id>`: creates the attachment, or updates the one with
    /// this remote id. The idempotent way to write, and the one to retry: a write that
    /// landed but whose answer was lost is rewritten in place, not duplicated.
    public func upsertAttachment(_ body: AttachmentBody) async throws -> AttachmentWrite {
        let path = try RemoteAttachmentPath(remoteID: body.remoteID).path
        return try await write(method: .PUT, path: path, body: body)
    }

    /// `POST attachments`: creates an attachment. A retry after a lost answer may create a
    /// second one, so this call is sent once and never retried (a 401 aside, which nothing
    /// landed behind); prefer ``upsertAttachment(_:)``.
    public func createAttachment(_ body: AttachmentBody) async throws -> AttachmentWrite {
        try await write(method: .POST, path: "attachments", body: body)
    }

    /// `PUT attachments/<uuid>`: updates the attachment with this id.
    public func updateAttachment(id: UUID, _ body: AttachmentBody) async throws -> AttachmentWrite {
        try await write(method: .PUT, path: "attachments/" + id.uuidString.lowercased(), body: body)
    }

    /// `GET attachments/<id>`: the attachment, or `nil` when the server answers 404.
    public func attachment(_ reference: AttachmentReference) async throws -> EndorsedAttachment? {
        try await read(reference)
    }

    /// ``attachment(_:)`` through `transport` (by default the client's own).
    private func read(_ reference: AttachmentReference, via transport: RetryingTransport? = nil) async throws -> EndorsedAttachment? {
        let path = try reference.path
        let answer = try await authorized("GET \(path)", via: transport) { authorization, _ in
            var request = HTTPClientRequest(url: self.endpoint.url(for: path))
            request.method = .GET
            request.headers.add(name: "Authorization", value: authorization)
            request.headers.add(name: "Accept", value: "application/json")
            return request
        }
        if answer.status == 404 { return nil }
        guard answer.isSuccess else { throw answer.error }
        return try EndorsedAttachment.decode(answer)
    }

    /// Checks that the endpoint answers and the credentials are accepted: obtains a token
    /// when there are client credentials, then reads an attachment that does not exist.
    /// A 404 (or 200) means access works; a 401 or 403 throws.
    ///
    /// It is meant to run before any work, so it gives up soon on an endpoint that does
    /// not answer: each call is sent at most three times and an attempt waits at most 10 s
    /// for its answer. With ``defaultHTTPClient`` a refused connection fails its attempt
    /// at once, so an endpoint where nothing listens is reported in about a second; a host
    /// that never answers, in about half a minute.
    ///
    /// A server that answers but fails (a 5xx, a 429, a 408: it is there, and having a bad
    /// moment) is asked again with the configured ``Configuration/retry`` policy, its waits
    /// (`Retry-After` included) capped at 2 s, as an upload would be: a run is not refused
    /// because Endorsed failed three calls in a row. That phase retries what an upload
    /// retries, timeouts included, so a server that fails once and then goes silent takes
    /// up to the policy's attempts × 10 s to be reported. A stop of the engine ends the
    /// check at once.
    public func verifyAccess() async throws {
        let limits = AttemptLimits(
            idleTimeout: min(configuration.attemptLimits.idleTimeout, .seconds(10)),
            baseDeadline: min(configuration.attemptLimits.baseDeadline, .seconds(10))
        )
        let quick = transport.with(
            policy: RetryPolicy(maximumAttempts: 3, initialBackoff: .milliseconds(200), maximumBackoff: .seconds(1), maximumRetryAfter: .seconds(2)),
            limits: limits
        )
        do {
            _ = try await read(.remoteID(Self.accessCheckRemoteID), via: quick)
        } catch let failure where Self.answeredButFailed(failure) {
            var patience = configuration.retry
            patience.maximumBackoff = min(patience.maximumBackoff, .seconds(2))
            patience.maximumRetryAfter = min(patience.maximumRetryAfter, .seconds(2))
            logger.info("Endorsed answered the access check with a failure worth retrying; asking again", metadata: ["error": "\(failure)"])
            _ = try await read(.remoteID(Self.accessCheckRemoteID), via: transport.with(policy: patience, limits: limits))
        }
    }

    /// The remote id the access check reads, which no attachment has.
    static let accessCheckRemoteID = "intake-access-check"

    /// Whether `failure` is an answer of the server that a later call may not get: the
    /// server is there, and failing for now.
    private static func answeredButFailed(_ failure: any Error) -> Bool {
        let status: Int? = switch failure {
        case let error as EndorsedError: error.status
        case let error as TokenRequestError: error.refusal.status
        default: nil
        }
        return status.map(RetryingTransport.retryableStatuses.contains) ?? false
    }

    // MARK: Internals

    private func write(method: HTTPMethod, path: String, body: AttachmentBody) async throws -> AttachmentWrite {
        let operation = "\(method.rawValue) \(path)"
        if case .multipart(let form) = body, let limit = configuration.maximumFileBytes, form.fileSize > limit {
            throw AttachmentValidationError.fileTooLarge(path: form.sourceDescription, size: form.fileSize, limit: limit)
        }
        let bodyBytes: Int64 = if case .multipart(let form) = body { form.contentLength } else { 0 }
        let answer = try await uploadSlots.withSlot {
            // Counted while the slot is held: the uploads actually on the wire.
            self.instruments.uploadsInFlight.increment()
            defer { self.instruments.uploadsInFlight.decrement() }
            return try await self.authorized(operation, retry: method != .POST, bodyBytes: bodyBytes) { authorization, progress in
                var request = HTTPClientRequest(url: self.endpoint.url(for: path))
                request.method = method
                request.headers.add(name: "Authorization", value: authorization)
                request.headers.add(name: "Accept", value: "application/json")
                switch body {
                case .multipart(let form):
                    request.headers.add(name: "Content-Type", value: form.contentType)
                    request.body = .stream(FileBodySequence(form: form, progress: progress), length: .known(form.contentLength))
                case .json(let link):
                    request.headers.add(name: "Content-Type", value: "application/json")
                    request.body = .bytes(ByteBuffer(bytes: link.jsonBody()))
                }
                return request
            }
        }
        guard answer.isSuccess else { throw answer.error }
        let id = try AttachmentWrite.decodeID(answer)
        return AttachmentWrite(id: id, status: answer.status)
    }

    /// Sends a call with the current token, and once more with a new token if it is
    /// answered 401 and the credentials can be renewed.
    ///
    /// - Parameter via: the transport for the call and for a token it needs; by default the
    ///   client's own, without retries unless `retry`.
    private func authorized(
        _ operation: String, retry: Bool = true, bodyBytes: Int64 = 0, via custom: RetryingTransport? = nil,
        _ makeRequest: @escaping @Sendable (String, TransferProgress) throws -> HTTPClientRequest
    ) async throws -> EndorsedAnswer {
        let sender = custom ?? (retry ? transport : transport.withoutRetries())
        var token = try await tokens.token(via: custom)
        var answer = try await sender.send(operation, bodyBytes: bodyBytes) { try makeRequest(token.authorizationHeaderValue, $0) }
        if answer.status == 401 {
            let refusal = answer.error
            token = try await tokens.token(replacing: token, refusal: refusal, via: custom)
            logger.debug("token refused; sending again with a new one", metadata: ["call": "\(operation)"])
            answer = try await sender.send(operation, bodyBytes: bodyBytes) { try makeRequest(token.authorizationHeaderValue, $0) }
        }
        return answer
    }
}

/// Which attachment a call is about: its Endorsed id, or its remote id.
public enum AttachmentReference: Sendable, Hashable {
    /// The UUID Endorsed gave it.
    case id(UUID)
    /// The id from the originating system, addressed as `remote.<id>`.
    case remoteID(String)

    /// The path relative to the API base.
    public var path: String {
        get throws(AttachmentValidationError) {
            switch self {
            case .id(let uuid): "attachments/" + uuid.uuidString.lowercased()
            case .remoteID(let remoteID): try RemoteAttachmentPath(remoteID: remoteID).path
            }
        }
    }
}

/// A successful create, update or upsert.
public struct AttachmentWrite: Sendable, Hashable {
    /// The attachment's id as Endorsed answered it.
    public let id: String
    /// The HTTP status: 201 for a create, 200 for an update, as the server chooses.
    public let status: Int

    public init(id: String, status: Int) {
        self.id = id
        self.status = status
    }

    static func decodeID(_ answer: EndorsedAnswer) throws(EndorsedError) -> String {
        struct Success: Decodable {
            struct Result: Decodable { var id: String? }
            var is_error: Bool?
            var result: Result?
        }
        guard let success = try? JSONDecoder().decode(Success.self, from: answer.body), success.is_error != true,
            let id = success.result?.id, !id.isEmpty
        else {
            throw answer.unexpected("success answer without result.id")
        }
        return id
    }
}

/// An attachment as `GET attachments/<id>` answers it.
public struct EndorsedAttachment: Sendable, Hashable, Decodable {
    public let id: String
    public let remoteID: String?
    public let type: String?
    public let fileName: String?
    public let candidateID: String?
    /// A short-lived URL of the file.
    public let ephemeralURL: String?
    public let createdAt: String?
    public let modifiedAt: String?

    enum CodingKeys: String, CodingKey {
        case id, type
        case remoteID = "remote_id", fileName = "file_name", candidateID = "candidate_id"
        case ephemeralURL = "ephemeral_url", createdAt = "created_at", modifiedAt = "modified_at"
    }

    static func decode(_ answer: EndorsedAnswer) throws(EndorsedError) -> EndorsedAttachment {
        struct Answer: Decodable { var result: EndorsedAttachment }
        guard let decoded = try? JSONDecoder().decode(Answer.self, from: answer.body) else {
            throw answer.unexpected("attachment answer without a result")
        }
        return decoded.result
    }
}
