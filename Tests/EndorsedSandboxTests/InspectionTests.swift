import EndorsedSandbox
import Foundation
import Testing

@Suite("Pages for people, the request log, unknown routes")
struct InspectionTests {
    @Test("Unknown routes answer 404 with the envelope")
    func unknownRoute() async throws {
        try await withSandbox { _, client in
            for (method, url) in [("GET", client.originURL("/nowhere")), ("PATCH", client.apiURL("attachments/remote.x")), ("GET", client.apiURL("candidates"))] {
                let answer = try await client.send(method, url: url)
                #expect(answer.status == 404)
                #expect(answer.headers["content-type"] == "application/json")
                #expect(answer.json["is_error"] as? Bool == true)
                #expect(answer.errorCode == "NOT_FOUND")
            }
        }
    }

    @Test("/sandbox/attachments and /sandbox/requests list what was received, without a token")
    func pages() async throws {
        try await withSandbox { sandbox, client in
            let token = try await client.token()
            #expect(try await client.sendMultipart("PUT", path: "attachments/remote.p", form: .upload(remoteID: "p"), token: token).status == 201)
            #expect(try await client.call("GET", path: "attachments/remote.p", token: "wrong").status == 401)

            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            let attachmentsPage = try await client.send("GET", url: client.originURL("/sandbox/attachments"))
            #expect(attachmentsPage.status == 200)
            let listed = try decoder.decode([SandboxAttachment].self, from: attachmentsPage.body)
            #expect(listed.map(\.remoteID) == ["p"])
            #expect(listed.first?.sha256 == (await sandbox.attachments()).first?.sha256)

            let requestsPage = try await client.send("GET", url: client.originURL("/sandbox/requests"))
            let records = try decoder.decode([SandboxRequestRecord].self, from: requestsPage.body)
            #expect(records == (await sandbox.requests()))
            #expect(records == [
                SandboxRequestRecord(method: "POST", path: "/api/v1/auth/tokens", status: 200),
                SandboxRequestRecord(method: "PUT", path: "/api/v1/attachments/remote.p", status: 201, remoteID: "p"),
                SandboxRequestRecord(method: "GET", path: "/api/v1/attachments/remote.p", status: 401),
            ])

            let missingFile = try await client.send("GET", url: client.originURL("/sandbox/files/\(UUID().uuidString)"))
            #expect(missingFile.status == 404)
            #expect(missingFile.errorCode == "NOT_FOUND")
        }
    }

    @Test("The base URL is the API base on loopback")
    func baseURL() async throws {
        try await withSandbox { sandbox, _ in
            #expect(sandbox.port > 0)
            #expect(sandbox.baseURL.absoluteString == "http://127.0.0.1:\(sandbox.port)/api/v1")
        }
    }

    @Test("A temporary storage folder is removed when the sandbox stops")
    func temporaryStorageRemoved() async throws {
        let folder = try await withSandbox { sandbox, client in
            _ = try await client.sendMultipart("POST", path: "attachments", form: .upload(remoteID: "t"), token: try await client.token())
            return try #require(await sandbox.attachments().first?.storedFile).deletingLastPathComponent()
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path(percentEncoded: false)))
    }

    @Test("The sandbox stops when the body throws, and a port in use is reported")
    func stopsOnThrow() async throws {
        struct Expected: Error {}
        var port = 0
        await #expect(throws: Expected.self) {
            try await withSandbox { sandbox, _ in
                port = sandbox.port
                throw Expected()
            }
        }
        // The port is free again: a new sandbox can take it.
        let reused = try await withSandbox(SandboxConfiguration(port: port)) { sandbox, _ in sandbox.port }
        #expect(reused == port)
        // Two sandboxes cannot share it.
        let taken = try await withSandbox { sandbox, _ in
            let port = sandbox.port
            return await #expect(throws: (any Error).self) {
                try await EndorsedSandbox.withRunning(SandboxConfiguration(port: port), logger: quietLogger) { _ in }
            }
        }
        #expect(taken != nil)
    }
}
