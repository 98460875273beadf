import EndorsedSandbox
import Foundation
import Testing

@Suite("Bearer tokens on attachment calls")
struct AuthenticationTests {
    static let unauthenticatedMessage = "Resource requires authentication. Please provide a valid access token."

    @Test("No Authorization header answers 401 with Endorsed's envelope")
    func missingHeader() async throws {
        try await withSandbox { sandbox, client in
            let answer = try await client.sendMultipart("POST", path: "attachments", form: .upload(remoteID: "r-1"), token: nil)
            #expect(answer.status == 401)
            #expect(answer.headers["content-type"] == "application/json")
            #expect(answer.json["is_error"] as? Bool == true)
            #expect(answer.errorCode == "UNAUTHENTICATED")
            #expect(answer.messages == [Self.unauthenticatedMessage])
            #expect(await sandbox.attachments().isEmpty)
        }
    }

    @Test("An unknown token answers 401")
    func unknownToken() async throws {
        try await withSandbox { _, client in
            let answer = try await client.call("GET", path: "attachments/remote.x", token: "not-a-token")
            #expect(answer.status == 401)
            #expect(answer.errorCode == "UNAUTHENTICATED")
        }
    }

    @Test("Issued tokens answer 401 once revoked; static tokens stay valid")
    func revoked() async throws {
        try await withSandbox(SandboxConfiguration(staticTokens: ["static-token"])) { sandbox, client in
            let token = try await client.token()
            #expect(try await client.call("GET", path: "attachments/remote.x", token: token).status == 404)
            await sandbox.revokeIssuedTokens()
            let after = try await client.call("GET", path: "attachments/remote.x", token: token)
            #expect(after.status == 401)
            #expect(after.errorCode == "UNAUTHENTICATED")
            #expect(try await client.call("GET", path: "attachments/remote.x", token: "static-token").status == 404)
            // A new token works again.
            #expect(try await client.call("GET", path: "attachments/remote.x", token: try await client.token()).status == 404)
            #expect(await sandbox.tokensIssued() == 2)
        }
    }

    @Test("A token whose lifetime is over answers 401")
    func expired() async throws {
        try await withSandbox(SandboxConfiguration(tokenLifetime: .zero)) { _, client in
            let token = try await client.token()
            let answer = try await client.call("GET", path: "attachments/remote.x", token: token)
            #expect(answer.status == 401)
        }
    }
}
