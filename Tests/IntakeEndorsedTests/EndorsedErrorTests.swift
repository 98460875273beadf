import Foundation
import Intake
import IntakeEndorsed
import Testing

/// The error envelope: known and unknown codes, several messages, and bodies that are not
/// the envelope at all, which must still give a clear error.
@Suite("EndorsedError decoding")
struct EndorsedErrorTests {
    static func body(_ json: String) -> Data { Data(json.utf8) }

    @Test("a documented code is decoded with its message and status")
    func knownCode() {
        let error = EndorsedError.decode(
            status: 401,
            body: Self.body(#"{"is_error": true, "error": {"code": "UNAUTHENTICATED", "issues": [{"message": "Token expired"}]}}"#)
        )
        #expect(error.endorsedCode == .unauthenticated)
        #expect(error.status == 401)
        #expect(error.messages == ["Token expired"])
        #expect(error.bodyPrefix == nil)
        #expect(error.code == "endorsed_unauthenticated")
        #expect(error.message == "Endorsed answered HTTP 401 UNAUTHENTICATED: Token expired")
        let reportable: any ReportableError = error
        #expect(reportable.description == "endorsed_unauthenticated: Endorsed answered HTTP 401 UNAUTHENTICATED: Token expired")
    }

    @Test("every documented code has its constant", arguments: [
        ("FORBIDDEN", 403, EndorsedError.Code.forbidden),
        ("NOT_FOUND", 404, .notFound),
        ("INTERNAL_SERVER_ERROR", 500, .internalServerError),
        ("UNAUTHENTICATED", 401, .unauthenticated),
    ])
    func documentedCodes(raw: String, status: Int, code: EndorsedError.Code) {
        let error = EndorsedError.decode(status: status, body: Self.body(#"{"is_error": true, "error": {"code": "\#(raw)", "issues": []}}"#))
        #expect(error.endorsedCode == code)
        #expect(error.messages.isEmpty)
        #expect(error.message == "Endorsed answered HTTP \(status) \(raw)")
    }

    @Test("an unknown code is kept as sent, and its report code stays snake_case")
    func unknownCode() {
        let error = EndorsedError.decode(
            status: 429,
            body: Self.body(#"{"is_error": true, "error": {"code": "Rate-Limited.v2", "issues": [{"message": "slow down"}]}}"#)
        )
        #expect(error.endorsedCode == EndorsedError.Code(rawValue: "Rate-Limited.v2"))
        #expect(error.endorsedCode.rawValue == "Rate-Limited.v2")
        #expect(error.code == "endorsed_rate_limited_v2")
        #expect(error.messages == ["slow down"])
    }

    @Test("several issues keep every message, in order; an issue without one is skipped")
    func severalMessages() {
        let error = EndorsedError.decode(
            status: 422,
            body: Self.body(#"""
                {"is_error": true, "error": {"code": "VALIDATION_ERROR", "issues": [
                  {"message": "remote_id is required"}, {"path": ["type"]}, {"message": "type is invalid", "path": ["type"]}
                ]}, "extra": 1}
                """#)
        )
        #expect(error.endorsedCode.rawValue == "VALIDATION_ERROR")
        #expect(error.messages == ["remote_id is required", "type is invalid"])
        #expect(error.message == "Endorsed answered HTTP 422 VALIDATION_ERROR: remote_id is required; type is invalid")
    }

    @Test("a body that is not JSON gives unexpected_response with status and body prefix")
    func notJSON() {
        let html = "<html><head><title>502 Bad Gateway</title></head><body>" + String(repeating: "x", count: 400) + "</body></html>"
        let error = EndorsedError.decode(status: 502, body: Data(html.utf8))
        #expect(error.endorsedCode == .unexpectedResponse)
        #expect(error.code == "unexpected_response")
        #expect(error.status == 502)
        #expect(error.bodyPrefix == String(html.prefix(200)))
        #expect(error.bodyPrefix?.utf8.count == 200)
        #expect(error.message.hasPrefix("Endorsed answered HTTP 502: body is not the Endorsed error envelope (body starts: \"<html><head><title>502 Bad Gateway"))
    }

    @Test("JSON that is not the envelope gives unexpected_response", arguments: [
        #"{"is_error": false, "result": {"id": "44e40fec-6144-4c86-b71a-857fb1c2c625"}}"#,
        #"{"is_error": true, "error": {"issues": []}}"#,
        #"{"is_error": true}"#,
        #"{"message": "Internal Server Error"}"#,
        #"[1, 2, 3]"#,
        #"{"is_error": true, "error": {"code": 500}}"#,
    ])
    func notTheEnvelope(json: String) {
        let error = EndorsedError.decode(status: 500, body: Self.body(json))
        #expect(error.endorsedCode == .unexpectedResponse)
        #expect(error.bodyPrefix == json)
        #expect(error.status == 500)
    }

    @Test("an empty body gives unexpected_response that says so")
    func emptyBody() {
        let error = EndorsedError.decode(status: 503, body: Data())
        #expect(error.endorsedCode == .unexpectedResponse)
        #expect(error.bodyPrefix == "")
        #expect(error.messages == ["empty body"])
        #expect(error.message == "Endorsed answered HTTP 503: empty body")
    }

    @Test("a body prefix cut inside a multi-byte character still decodes, replaced")
    func cutUTF8() {
        let body = Data((String(repeating: "a", count: 199) + "é and more").utf8)
        let error = EndorsedError.decode(status: 500, body: body)
        #expect(error.bodyPrefix == String(repeating: "a", count: 199) + "\u{FFFD}")
    }

    @Test("a body that mentions access_token is withheld, since it may hold a token")
    func withheldBody() {
        let error = EndorsedError.decode(status: 500, body: Self.body(#"{"access_token": "eyJsecret", "garbled"#))
        #expect(error.endorsedCode == .unexpectedResponse)
        #expect(error.bodyPrefix == nil)
        #expect(!error.message.contains("eyJsecret"))
        #expect(error.message.hasSuffix("(body withheld)"))
    }
}
