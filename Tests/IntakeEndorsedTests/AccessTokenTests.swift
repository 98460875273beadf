import Foundation
import IntakeEndorsed
import Testing

/// The token answer: `expires_in` as a string (as documented) or a number, the expiry
/// maths, renewal, answers that are not a token, and that the token is never printed.
@Suite("AccessToken")
struct AccessTokenTests {
    static let now = Date(timeIntervalSince1970: 1_700_000_000)
    static let secret = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.c2lnbmF0dXJl"

    static func answer(expiresIn: String, scope: String = #"["all:read","all:write"]"#) -> Data {
        Data(#"{"is_error": false, "access_token": "\#(secret)", "token_type": "Bearer", "expires_in": \#(expiresIn), "scope": \#(scope)}"#.utf8)
    }

    @Test("expires_in as a string of seconds, as documented")
    func stringExpiresIn() throws {
        let token = try AccessToken.decode(body: Self.answer(expiresIn: #""1209600""#), receivedAt: Self.now)
        #expect(token.value == Self.secret)
        #expect(token.tokenType == "Bearer")
        #expect(token.scopes == ["all:read", "all:write"])
        #expect(token.expiresAt == Self.now.addingTimeInterval(1_209_600))
        #expect(token.authorizationHeaderValue == "Bearer \(Self.secret)")
    }

    @Test("expires_in as a number", arguments: ["3600", "3600.0"])
    func numericExpiresIn(value: String) throws {
        let token = try AccessToken.decode(body: Self.answer(expiresIn: value), receivedAt: Self.now)
        #expect(token.expiresAt == Self.now.addingTimeInterval(3600))
    }

    @Test("scope as a space-separated string, or absent")
    func scopeForms() throws {
        let spaced = try AccessToken.decode(body: Self.answer(expiresIn: "60", scope: #""all:read all:write""#), receivedAt: Self.now)
        #expect(spaced.scopes == ["all:read", "all:write"])
        let none = try AccessToken.decode(
            body: Data(#"{"is_error": false, "access_token": "t", "expires_in": "60"}"#.utf8), receivedAt: Self.now)
        #expect(none.scopes.isEmpty)
        #expect(none.tokenType == "Bearer")
    }

    @Test("needsRenewal: false well before the expiry, true within the margin and after it")
    func renewal() throws {
        let token = try AccessToken.decode(body: Self.answer(expiresIn: #""3600""#), receivedAt: Self.now)
        #expect(!token.needsRenewal(at: Self.now))
        #expect(!token.needsRenewal(at: Self.now.addingTimeInterval(3299)))
        #expect(token.needsRenewal(at: Self.now.addingTimeInterval(3300)))  // default margin: 300 s
        #expect(token.needsRenewal(at: Self.now.addingTimeInterval(4000)))
        #expect(!token.needsRenewal(at: Self.now.addingTimeInterval(3599), margin: 0))
        #expect(token.needsRenewal(at: Self.now.addingTimeInterval(3600), margin: 0))
        #expect(token.needsRenewal(at: Self.now, margin: 3600))
    }

    @Test("description, debugDescription, interpolation and dump never show the token")
    func redacted() throws {
        let token = try AccessToken.decode(body: Self.answer(expiresIn: #""3600""#), receivedAt: Self.now)
        var dumped = ""
        dump(token, to: &dumped)
        let renderings = [
            token.description, token.debugDescription, "\(token)", String(describing: token),
            String(reflecting: token), "\([token])", dumped,
        ]
        for rendering in renderings {
            #expect(!rendering.contains(Self.secret), "\(rendering)")
            #expect(rendering.contains("<redacted>"), "\(rendering)")
        }
        #expect(token.description == "AccessToken(Bearer, scope: [all:read all:write], expires: 2023-11-14T23:13:20Z, value: <redacted>)")
    }

    @Test("an error envelope becomes that EndorsedError")
    func errorEnvelope() {
        let body = Data(#"{"is_error": true, "error": {"code": "UNAUTHENTICATED", "issues": [{"message": "bad client_secret"}]}}"#.utf8)
        #expect(throws: EndorsedError(code: .unauthenticated, status: 401, messages: ["bad client_secret"])) {
            try AccessToken.decode(status: 401, body: body, receivedAt: Self.now)
        }
    }

    @Test("an answer that is not a usable token gives unexpected_response without the body", arguments: [
        (#"{"is_error": false, "token_type": "Bearer", "expires_in": "60"}"#, "token answer has no access_token"),
        (#"{"is_error": false, "access_token": "SECRET", "expires_in": "soon"}"#, "token answer has no usable expires_in"),
        (#"{"is_error": false, "access_token": "SECRET", "expires_in": "-5"}"#, "token answer has no usable expires_in"),
        (#"{"is_error": false, "access_token": "SECRET"}"#, "token answer has no usable expires_in"),
        (#"{"is_error": false, "access_token": "SECRET", "token_type": "MAC", "expires_in": 60}"#, #"token answer has token_type "MAC", not Bearer"#),
    ])
    func unusable(json: String, reason: String) {
        do {
            _ = try AccessToken.decode(body: Data(json.utf8), receivedAt: Self.now)
            Issue.record("decoded \(json)")
        } catch {
            #expect(error.endorsedCode == .unexpectedResponse)
            #expect(error.messages == [reason])
            #expect(error.bodyPrefix == nil)
            #expect(!error.message.contains("SECRET"))
        }
    }

    @Test("a garbled body that holds a token is not echoed in the error")
    func garbled() {
        do {
            _ = try AccessToken.decode(body: Data(#"{"access_token": "SECRET", "expires_in"#.utf8), receivedAt: Self.now)
            Issue.record("decoded a garbled body")
        } catch {
            #expect(error.endorsedCode == .unexpectedResponse)
            #expect(!error.message.contains("SECRET"))
        }
    }
}
