import Foundation
import Hummingbird

/// The fields of `POST /api/v1/auth/tokens`, read from a form (the default) or JSON body.
struct TokenRequest {
    var clientID: String?
    var clientSecret: String?
    var grantType: String?
    /// The scopes asked for; `nil` when the field is absent.
    var scope: [String]?
    /// Problems found while reading, each naming its field.
    var problems: [String] = []

    /// The largest token request body accepted.
    static let maximumBodySize = 64 * 1024

    /// Reads the request's body in the form its Content-Type names.
    static func read(_ request: Request) async throws -> TokenRequest {
        let mediaType = request.headers[.contentType].map { HeaderValue(parsing: $0).value } ?? "application/x-www-form-urlencoded"
        switch mediaType {
        case "application/x-www-form-urlencoded":
            let buffer = try await RequestBodyCollector.collect(request.body, limit: maximumBodySize)
            return try fromForm(String(decoding: buffer.readableBytesView, as: UTF8.self))
        case "application/json":
            let buffer = try await RequestBodyCollector.collect(request.body, limit: maximumBodySize)
            return try fromJSON(Data(buffer.readableBytesView))
        default:
            throw SandboxError.validation(
                "Content-Type \(AttachmentWrite.quoted(mediaType)) is not supported: send application/x-www-form-urlencoded or application/json."
            )
        }
    }

    /// The fields of a form body, as Hummingbird's decoder reads them.
    private struct FormFields: Decodable {
        var client_id: String?
        var client_secret: String?
        var grant_type: String?
        var scope: String?
    }

    /// From a form body; `scope` is space-separated there. The body is decoded by
    /// Hummingbird's `URLEncodedFormDecoder` rather than a parser of ours, so that the
    /// client's form encoding is checked by code it does not share.
    static func fromForm(_ text: String) throws(SandboxError) -> TokenRequest {
        let fields: FormFields
        do {
            fields = try URLEncodedFormDecoder().decode(FormFields.self, from: text)
        } catch let error as URLEncodedFormError where error.code == .duplicateKeys {
            var request = TokenRequest()
            request.problems.append("\(error.value) is given more than once.")
            return request
        } catch {
            throw SandboxError.validation("The body is not valid application/x-www-form-urlencoded.")
        }
        var request = TokenRequest()
        request.clientID = fields.client_id
        request.clientSecret = fields.client_secret
        request.grantType = fields.grant_type
        request.scope = fields.scope.map { $0.split(separator: " ").map(String.init) }
        return request
    }

    /// From a JSON body; `scope` is an array there (a space-separated string is taken too).
    static func fromJSON(_ data: Data) throws(SandboxError) -> TokenRequest {
        let object: [String: JSONFieldValue]
        do {
            object = try JSONDecoder().decode([String: JSONFieldValue].self, from: data)
        } catch {
            throw SandboxError.validation("The body is not a JSON object.")
        }
        var request = TokenRequest()
        func string(_ name: String) -> String? {
            switch object[name] {
            case .string(let text): return text
            case .strings, .other:
                request.problems.append("\(name) must be a string.")
                return nil
            case .null, nil: return nil
            }
        }
        request.clientID = string("client_id")
        request.clientSecret = string("client_secret")
        request.grantType = string("grant_type")
        switch object["scope"] {
        case .strings(let list): request.scope = list
        case .string(let text): request.scope = text.split(separator: " ").map(String.init)
        case .other: request.problems.append("scope must be an array of strings.")
        case .null, nil: break
        }
        return request
    }

    /// Checks the fields and the client's credentials; returns the scopes to grant.
    ///
    /// - Throws: 400 `VALIDATION_ERROR` naming every missing or invalid field; then 401
    ///   `UNAUTHENTICATED` when the client id or secret is wrong.
    func validate(clientID expectedID: String, clientSecret expectedSecret: String) throws(SandboxError) -> Set<TokenScope> {
        var problems = self.problems
        if (clientID ?? "").isEmpty && !problems.contains(where: { $0.hasPrefix("client_id ") }) {
            problems.append("client_id is required.")
        }
        if (clientSecret ?? "").isEmpty && !problems.contains(where: { $0.hasPrefix("client_secret ") }) {
            problems.append("client_secret is required.")
        }
        if (grantType ?? "").isEmpty {
            if !problems.contains(where: { $0.hasPrefix("grant_type ") }) {
                problems.append("grant_type is required and must be client_credentials.")
            }
        } else if grantType != "client_credentials" {
            problems.append("grant_type must be client_credentials; got \(AttachmentWrite.quoted(grantType ?? "")).")
        }
        var scopes: Set<TokenScope> = []
        for name in scope ?? [] {
            if let known = TokenScope(rawValue: name) {
                scopes.insert(known)
            } else {
                problems.append("scope may hold only all:read and all:write; got \(AttachmentWrite.quoted(name)).")
            }
        }
        guard problems.isEmpty else { throw SandboxError.validation(problems) }

        let idMatches = clientID == expectedID
            || (UUID(uuidString: clientID ?? "").map { $0 == UUID(uuidString: expectedID) } ?? false)
        let secretMatches = Self.constantTimeEquals(clientSecret ?? "", expectedSecret)
        guard idMatches && secretMatches else {
            throw SandboxError(
                status: .unauthorized, code: "UNAUTHENTICATED",
                messages: ["The client credentials are not valid."]
            )
        }
        // Absent or empty: both scopes, as for a client that does not ask.
        return scopes.isEmpty ? Set(TokenScope.allCases) : scopes
    }

    /// Compares without stopping at the first difference, so that the time taken does not
    /// tell how much of a guessed secret was right.
    static func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        var difference = UInt8(left.count == right.count ? 0 : 1)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? left[index] : 0
            let b = index < right.count ? right[index] : 0
            difference |= a ^ b
        }
        return difference == 0
    }
}
