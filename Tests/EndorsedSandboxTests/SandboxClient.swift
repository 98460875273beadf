import AsyncHTTPClient
import EndorsedSandbox
import Foundation
import Logging

/// A logger that drops everything, so that test runs stay quiet.
let quietLogger = Logger(label: "endorsed-sandbox-tests", factory: { _ in SwiftLogNoOpLogHandler() })

/// Runs `body` with a sandbox on a free port and a client for it.
func withSandbox<Result: Sendable>(
    _ configuration: SandboxConfiguration = SandboxConfiguration(),
    _ body: (RunningEndorsedSandbox, SandboxClient) async throws -> Result
) async throws -> Result {
    try await EndorsedSandbox.withRunning(configuration, logger: quietLogger) { sandbox in
        try await body(sandbox, SandboxClient(sandbox: sandbox))
    }
}

/// An answer as a test looks at it: status, headers, body, and the JSON parts it checks.
struct Answer {
    var status: Int
    /// Header values by lowercased name.
    var headers: [String: String]
    var body: Data

    /// The body as a JSON object, or empty.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
    }

    /// `error.code` of an error envelope.
    var errorCode: String? {
        (json["error"] as? [String: Any])?["code"] as? String
    }

    /// Every `error.issues[].message`.
    var messages: [String] {
        ((json["error"] as? [String: Any])?["issues"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
    }

    /// `result` of a success envelope.
    var result: [String: Any] {
        json["result"] as? [String: Any] ?? [:]
    }

    /// `result.id`.
    var resultID: String? {
        result["id"] as? String
    }

    var text: String { String(decoding: body, as: UTF8.self) }
}

/// Sends requests to one running sandbox with AsyncHTTPClient.
struct SandboxClient: Sendable {
    let sandbox: RunningEndorsedSandbox

    /// `path` under the API base, e.g. `attachments/remote.x`.
    func apiURL(_ path: String) -> String {
        sandbox.baseURL.absoluteString + "/" + path
    }

    /// `path` under the server's origin, e.g. `/sandbox/attachments`.
    func originURL(_ path: String) -> String {
        "http://127.0.0.1:\(sandbox.port)" + path
    }

    func send(
        _ method: String, url: String, headers: [(String, String)] = [], body: HTTPClientRequest.Body? = nil
    ) async throws -> Answer {
        var request = HTTPClientRequest(url: url)
        request.method = .init(rawValue: method)
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = body
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        let collected = try await response.body.collect(upTo: 16 << 20)
        let headers = Dictionary(response.headers.map { ($0.name.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        return Answer(status: Int(response.status.code), headers: headers, body: Data(collected.readableBytesView))
    }

    /// Asks for a token with the configured client credentials, in a form body.
    func token(scope: String? = nil) async throws -> String {
        var form = "grant_type=client_credentials&client_id=\(sandbox.configuration.clientID)&client_secret=\(sandbox.configuration.clientSecret)"
        if let scope { form += "&scope=" + scope.replacingOccurrences(of: " ", with: "+") }
        let answer = try await send(
            "POST", url: apiURL("auth/tokens"),
            headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: .bytes(Data(form.utf8))
        )
        guard answer.status == 200, let token = answer.json["access_token"] as? String else {
            throw TestFailure("token call answered \(answer.status): \(answer.text)")
        }
        return token
    }

    /// Sends a multipart body (`boundary` given) to `path` with `token`.
    func sendMultipart(
        _ method: String, path: String, form: MultipartForm, token: String?, chunkSize: Int? = nil
    ) async throws -> Answer {
        var headers = [("Content-Type", "multipart/form-data; boundary=\(form.boundary)")]
        if let token { headers.append(("Authorization", "Bearer \(token)")) }
        let bytes = form.encoded()
        let body: HTTPClientRequest.Body = if let chunkSize {
            .stream(ChunkedBytes(data: bytes, chunkSize: chunkSize), length: .known(Int64(bytes.count)))
        } else {
            .bytes(bytes)
        }
        return try await send(method, url: apiURL(path), headers: headers, body: body)
    }

    /// Sends a JSON body to `path` with `token`.
    func sendJSON(_ method: String, path: String, object: [String: Any], token: String?) async throws -> Answer {
        var headers = [("Content-Type", "application/json")]
        if let token { headers.append(("Authorization", "Bearer \(token)")) }
        let data = try JSONSerialization.data(withJSONObject: object)
        return try await send(method, url: apiURL(path), headers: headers, body: .bytes(data))
    }

    /// A GET (or DELETE) of `path` under the API base with `token`.
    func call(_ method: String, path: String, token: String?) async throws -> Answer {
        let headers = token.map { [("Authorization", "Bearer \($0)")] } ?? []
        return try await send(method, url: apiURL(path), headers: headers)
    }
}
