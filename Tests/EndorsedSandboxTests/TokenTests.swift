import EndorsedSandbox
import Foundation
import Testing

@Suite("The token call")
struct TokenTests {
    @Test("A form body with the client's credentials gets a bearer token; expires_in is a string")
    func formBody() async throws {
        try await withSandbox { sandbox, client in
            let form = "grant_type=client_credentials&client_id=\(SandboxConfiguration.defaultClientID)&client_secret=sandbox-secret"
            let answer = try await client.send(
                "POST", url: client.apiURL("auth/tokens"),
                headers: [("Content-Type", "application/x-www-form-urlencoded")], body: .bytes(Data(form.utf8))
            )
            #expect(answer.status == 200)
            #expect(answer.headers["content-type"] == "application/json")
            #expect(answer.json["is_error"] as? Bool == false)
            #expect((answer.json["access_token"] as? String)?.isEmpty == false)
            #expect(answer.json["token_type"] as? String == "Bearer")
            #expect(answer.json["expires_in"] as? String == "3600")
            #expect(answer.json["scope"] as? [String] == ["all:read", "all:write"])
            #expect(await sandbox.tokensIssued() == 1)
        }
    }

    @Test("A body without Content-Type is taken as a form")
    func defaultForm() async throws {
        try await withSandbox { _, client in
            let form = "grant_type=client_credentials&client_id=\(SandboxConfiguration.defaultClientID)&client_secret=sandbox-secret"
            let answer = try await client.send("POST", url: client.apiURL("auth/tokens"), body: .bytes(Data(form.utf8)))
            #expect(answer.status == 200)
        }
    }

    @Test("A JSON body with a scope array gets that scope; expires_in follows the lifetime")
    func jsonBody() async throws {
        try await withSandbox(SandboxConfiguration(tokenLifetime: .seconds(90))) { _, client in
            let answer = try await client.sendJSON("POST", path: "auth/tokens", object: [
                "grant_type": "client_credentials",
                "client_id": SandboxConfiguration.defaultClientID,
                "client_secret": "sandbox-secret",
                "scope": ["all:read"],
            ], token: nil)
            #expect(answer.status == 200)
            #expect(answer.json["expires_in"] as? String == "90")
            #expect(answer.json["scope"] as? [String] == ["all:read"])
        }
    }

    @Test("A read-only token may read but not write: 403 FORBIDDEN")
    func readOnlyScope() async throws {
        try await withSandbox { _, client in
            let token = try await client.token(scope: "all:read")
            let read = try await client.call("GET", path: "attachments/remote.nothing", token: token)
            #expect(read.status == 404)
            let write = try await client.sendMultipart("POST", path: "attachments", form: .upload(remoteID: "r-1"), token: token)
            #expect(write.status == 403)
            #expect(write.errorCode == "FORBIDDEN")
        }
    }

    @Test("A wrong secret answers 401 UNAUTHENTICATED and issues nothing")
    func wrongSecret() async throws {
        try await withSandbox { sandbox, client in
            let form = "grant_type=client_credentials&client_id=\(SandboxConfiguration.defaultClientID)&client_secret=wrong"
            let answer = try await client.send("POST", url: client.apiURL("auth/tokens"), body: .bytes(Data(form.utf8)))
            #expect(answer.status == 401)
            #expect(answer.json["is_error"] as? Bool == true)
            #expect(answer.errorCode == "UNAUTHENTICATED")
            #expect(await sandbox.tokensIssued() == 0)
        }
    }

    @Test("A wrong grant type answers 400 VALIDATION_ERROR naming grant_type")
    func badGrantType() async throws {
        try await withSandbox { sandbox, client in
            let form = "grant_type=password&client_id=\(SandboxConfiguration.defaultClientID)&client_secret=sandbox-secret"
            let answer = try await client.send("POST", url: client.apiURL("auth/tokens"), body: .bytes(Data(form.utf8)))
            #expect(answer.status == 400)
            #expect(answer.errorCode == "VALIDATION_ERROR")
            #expect(answer.messages.contains { $0.contains("grant_type") })
            #expect(await sandbox.tokensIssued() == 0)
        }
    }

    @Test("Missing fields answer 400 with one message per field")
    func missingFields() async throws {
        try await withSandbox { _, client in
            let answer = try await client.sendJSON("POST", path: "auth/tokens", object: ["scope": ["all:admin"]], token: nil)
            #expect(answer.status == 400)
            #expect(answer.errorCode == "VALIDATION_ERROR")
            for field in ["client_id", "client_secret", "grant_type", "scope"] {
                #expect(answer.messages.contains { $0.hasPrefix(field) }, "no message about \(field): \(answer.messages)")
            }
        }
    }
}
