import EndorsedSandbox
import Foundation
import IntakeTestFixtures
import Testing

@Suite("Multipart uploads")
struct MultipartUploadTests {
    @Test("A file sent in 7-byte chunks is stored byte for byte, and served back", arguments: [7, 1, 64])
    func smallChunks(chunkSize: Int) async throws {
        try await withSandbox { sandbox, client in
            let token = try await client.token()
            let file = pseudoRandomBytes(count: 10_000, seed: 1) + Data("\r\n--sandbox-test-boundary-7f3a9".utf8) + pseudoRandomBytes(count: 333, seed: 2)
            let form = MultipartForm.upload(remoteID: "chunked-1", file: file)
            let answer = try await client.sendMultipart("POST", path: "attachments", form: form, token: token, chunkSize: chunkSize)
            #expect(answer.status == 201)
            #expect(answer.json["is_error"] as? Bool == false)
            let id = try #require(answer.resultID)
            #expect(UUID(uuidString: id) != nil)
            #expect(id == id.lowercased())

            let stored = try #require(await sandbox.attachment(remoteID: "chunked-1"))
            #expect(stored.id.uuidString.lowercased() == id)
            #expect(stored.sha256 == sha256Hex(file))
            #expect(stored.size == Int64(file.count))
            #expect(stored.type == "resume")
            #expect(stored.candidateID == "6329b0c2-4914-453c-91b8-f0b4aa707851")
            #expect(stored.fileName == "resume.pdf")
            #expect(stored.contentType == "application/pdf")
            #expect(stored.publicFileURL == nil)
            #expect(stored.writes == 1)
            let storedFile = try #require(stored.storedFile)
            #expect(try Data(contentsOf: storedFile) == file)

            let read = try await client.call("GET", path: "attachments/\(id)", token: token)
            #expect(read.status == 200)
            let ephemeral = try #require(read.result["ephemeral_url"] as? String)
            #expect(ephemeral == client.originURL("/sandbox/files/\(id)"))
            let served = try await client.send("GET", url: ephemeral)
            #expect(served.status == 200)
            #expect(served.body == file)
        }
    }

    @Test("An empty file part is a file of 0 bytes")
    func emptyFile() async throws {
        try await withSandbox { sandbox, client in
            let answer = try await client.sendMultipart("POST", path: "attachments", form: .upload(remoteID: "empty", file: Data()), token: try await client.token())
            #expect(answer.status == 201)
            let stored = try #require(await sandbox.attachment(remoteID: "empty"))
            #expect(stored.size == 0)
            #expect(stored.sha256 == sha256Hex(Data()))
        }
    }

    @Test("Without Content-Type the body is multipart without a boundary: 400 saying so")
    func missingContentType() async throws {
        try await withSandbox { sandbox, client in
            let token = try await client.token()
            let answer = try await client.send(
                "POST", url: client.apiURL("attachments"), headers: [("Authorization", "Bearer \(token)")],
                body: .bytes(MultipartForm.upload(remoteID: "r").encoded())
            )
            #expect(answer.status == 400)
            #expect(answer.errorCode == "VALIDATION_ERROR")
            #expect(answer.messages.contains { $0.contains("boundary") })
            #expect(await sandbox.attachments().isEmpty)
        }
    }

    @Test("multipart/form-data without a boundary parameter answers 400")
    func missingBoundary() async throws {
        try await withSandbox { _, client in
            let token = try await client.token()
            let answer = try await client.send(
                "POST", url: client.apiURL("attachments"),
                headers: [("Authorization", "Bearer \(token)"), ("Content-Type", "multipart/form-data")],
                body: .bytes(MultipartForm.upload(remoteID: "r").encoded())
            )
            #expect(answer.status == 400)
            #expect(answer.messages.contains { $0.contains("boundary") })
        }
    }

    @Test("Another Content-Type answers 400 naming it")
    func unsupportedContentType() async throws {
        try await withSandbox { _, client in
            let token = try await client.token()
            let answer = try await client.send(
                "POST", url: client.apiURL("attachments"),
                headers: [("Authorization", "Bearer \(token)"), ("Content-Type", "text/plain")],
                body: .bytes(Data("remote_id=x".utf8))
            )
            #expect(answer.status == 400)
            #expect(answer.errorCode == "VALIDATION_ERROR")
            #expect(answer.messages.contains { $0.contains("text/plain") })
        }
    }

    @Test("A body without its closing boundary answers 400 and leaves nothing on disk")
    func unterminated() async throws {
        let storage = try TemporaryFolder()
        try await withSandbox(SandboxConfiguration(storageDirectory: storage.url)) { sandbox, client in
            var bytes = MultipartForm.upload(remoteID: "cut").encoded()
            bytes.removeLast(10)
            let token = try await client.token()
            let answer = try await client.send(
                "POST", url: client.apiURL("attachments"),
                headers: [("Authorization", "Bearer \(token)"), ("Content-Type", "multipart/form-data; boundary=sandbox-test-boundary-7f3a9c")],
                body: .bytes(bytes)
            )
            #expect(answer.status == 400)
            #expect(answer.errorCode == "VALIDATION_ERROR")
            #expect(answer.messages.contains { $0.contains("closing boundary") })
            #expect(await sandbox.attachments().isEmpty)
            #expect(try contents(of: storage).isEmpty)
        }
    }

    @Test("A file over the size limit answers 413 PAYLOAD_TOO_LARGE and stores nothing")
    func tooLarge() async throws {
        let storage = try TemporaryFolder()
        try await withSandbox(SandboxConfiguration(maximumFileSize: 1000, storageDirectory: storage.url)) { sandbox, client in
            let token = try await client.token()
            let atLimit = try await client.sendMultipart("POST", path: "attachments", form: .upload(remoteID: "fits", file: pseudoRandomBytes(count: 1000, seed: 3)), token: token)
            #expect(atLimit.status == 201)
            let over = try await client.sendMultipart("POST", path: "attachments", form: .upload(remoteID: "big", file: pseudoRandomBytes(count: 1001, seed: 3)), token: token)
            #expect(over.status == 413)
            #expect(over.errorCode == "PAYLOAD_TOO_LARGE")
            #expect(await sandbox.attachments().map(\.remoteID) == ["fits"])
            #expect(try contents(of: storage).count == 1)
        }
    }
}
