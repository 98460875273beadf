import EndorsedSandbox
import Foundation
import Testing

@Suite("JSON writes with a public file URL")
struct JSONUploadTests {
    @Test("A JSON create stores the URL; reads answer it as the ephemeral URL")
    func create() async throws {
        try await withSandbox { sandbox, client in
            let token = try await client.token()
            let answer = try await client.sendJSON("POST", path: "attachments", object: [
                "remote_id": "json-1",
                "type": "about",
                "candidate_id": "",
                "file_name": "about.txt",
                "public_file_url": "https://files.example.com/about.txt?sig=abc",
            ], token: token)
            #expect(answer.status == 201)
            let id = try #require(answer.resultID)

            let stored = try #require(await sandbox.attachment(remoteID: "json-1"))
            #expect(stored.publicFileURL == "https://files.example.com/about.txt?sig=abc")
            #expect(stored.candidateID == nil)
            #expect(stored.storedFile == nil)
            #expect(stored.sha256 == nil)

            let read = try await client.call("GET", path: "attachments/\(id)", token: token)
            #expect(read.status == 200)
            #expect(read.result["ephemeral_url"] as? String == "https://files.example.com/about.txt?sig=abc")
            #expect(read.result["remote_id"] as? String == "json-1")
            #expect(read.result["type"] as? String == "about")
            #expect(read.result["file_name"] as? String == "about.txt")
            #expect(read.result["candidate_id"] is NSNull)
            #expect(read.result["created_at"] is String)
            #expect(read.result["modified_at"] is String)
        }
    }

    @Test("A JSON update replaces an uploaded file with a URL and removes the file")
    func replaceFile() async throws {
        try await withSandbox { sandbox, client in
            let token = try await client.token()
            #expect(try await client.sendMultipart("PUT", path: "attachments/remote.swap", form: .upload(remoteID: "swap"), token: token).status == 201)
            let file = try #require(await sandbox.attachment(remoteID: "swap")?.storedFile)
            let answer = try await client.sendJSON("PUT", path: "attachments/remote.swap", object: [
                "remote_id": "swap", "type": "resume", "public_file_url": "http://example.com/r.pdf",
            ], token: token)
            #expect(answer.status == 200)
            let stored = try #require(await sandbox.attachment(remoteID: "swap"))
            #expect(stored.publicFileURL == "http://example.com/r.pdf")
            #expect(stored.storedFile == nil)
            #expect(stored.writes == 2)
            #expect(!FileManager.default.fileExists(atPath: file.path(percentEncoded: false)))
        }
    }
}
