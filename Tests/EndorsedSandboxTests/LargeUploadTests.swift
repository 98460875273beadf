import EndorsedSandbox
import Foundation
import IntakeTestFixtures
import Testing

@Suite("Large uploads")
struct LargeUploadTests {
    @Test("A 64 MiB file streamed from a generator is stored with the right size and hash")
    func streamed() async throws {
        let upload = GeneratedUpload(remoteID: "large", fileSize: 64 << 20)
        try await withSandbox { sandbox, client in
            let token = try await client.token()
            let answer = try await client.send(
                "PUT", url: client.apiURL("attachments/remote.large"),
                headers: [("Authorization", "Bearer \(token)"), ("Content-Type", "multipart/form-data; boundary=\(GeneratedUpload.boundary)")],
                body: .stream(upload, length: .known(Int64(upload.totalSize)))
            )
            #expect(answer.status == 201, "\(answer.text)")
            let stored = try #require(await sandbox.attachment(remoteID: "large"))
            #expect(stored.size == Int64(upload.fileSize))
            #expect(stored.sha256 == upload.expectedSHA256())
        }
    }

    @Test("A streamed file over the limit answers 413 and leaves nothing on disk")
    func overLimit() async throws {
        let upload = GeneratedUpload(remoteID: "too-large", fileSize: 16 << 20)
        let storage = try TemporaryFolder()
        try await withSandbox(SandboxConfiguration(maximumFileSize: 1 << 20, storageDirectory: storage.url)) { sandbox, client in
            let token = try await client.token()
            let answer = try await client.send(
                "PUT", url: client.apiURL("attachments/remote.too-large"),
                headers: [("Authorization", "Bearer \(token)"), ("Content-Type", "multipart/form-data; boundary=\(GeneratedUpload.boundary)")],
                body: .stream(upload, length: .known(Int64(upload.totalSize)))
            )
            #expect(answer.status == 413)
            #expect(answer.errorCode == "PAYLOAD_TOO_LARGE")
            #expect(await sandbox.attachments().isEmpty)
            #expect(try contents(of: storage).isEmpty)
        }
    }
}
