import EndorsedSandbox
import Foundation
import Testing

@Suite("Updates, upserts by remote id, reads and deletes")
struct UpsertTests {
    @Test("PUT remote.<id> creates (201), then updates the same attachment (200)")
    func upsert() async throws {
        try await withSandbox { sandbox, client in
            let token = try await client.token()
            let first = pseudoRandomBytes(count: 2048, seed: 10)
            let second = pseudoRandomBytes(count: 4096, seed: 11)
            let created = try await client.sendMultipart("PUT", path: "attachments/remote.doc-1", form: .upload(remoteID: "doc-1", file: first), token: token)
            #expect(created.status == 201)
            let createdAt = try #require(await sandbox.attachment(remoteID: "doc-1")).createdAt

            let updated = try await client.sendMultipart(
                "PUT", path: "attachments/remote.doc-1",
                form: .upload(remoteID: "doc-1", type: "work_experiences", candidateID: nil, fileName: "jobs.pdf", file: second), token: token
            )
            #expect(updated.status == 200)
            #expect(updated.resultID == created.resultID)

            let all = await sandbox.attachments()
            #expect(all.count == 1)
            let stored = try #require(all.first)
            #expect(stored.id.uuidString.lowercased() == created.resultID)
            #expect(stored.writes == 2)
            #expect(stored.type == "work_experiences")
            #expect(stored.candidateID == nil)
            #expect(stored.fileName == "jobs.pdf")
            #expect(stored.sha256 == sha256Hex(second))
            #expect(stored.size == 4096)
            #expect(stored.createdAt == createdAt)
            #expect(stored.modifiedAt >= createdAt)
            #expect(try Data(contentsOf: try #require(stored.storedFile)) == second)
        }
    }

    @Test("Concurrent upserts of one new remote id make one attachment")
    func concurrentUpserts() async throws {
        try await withSandbox { sandbox, client in
            let token = try await client.token()
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<8 {
                    group.addTask {
                        let form = MultipartForm.upload(remoteID: "race", file: pseudoRandomBytes(count: 50_000, seed: UInt64(index)))
                        return try await client.sendMultipart("PUT", path: "attachments/remote.race", form: form, token: token, chunkSize: 4096).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.sorted() == [200, 200, 200, 200, 200, 200, 200, 201])
            let all = await sandbox.attachments()
            #expect(all.count == 1)
            #expect(all.first?.writes == 8)
            let records = await sandbox.requests().filter { $0.method == "PUT" }
            #expect(records.count == 8)
            #expect(records.allSatisfy { $0.remoteID == "race" })
        }
    }

    @Test("A remote id with a slash, spaces and non-ASCII round-trips percent-encoded")
    func percentEncodedRemoteID() async throws {
        try await withSandbox { sandbox, client in
            let token = try await client.token()
            let remoteID = "folder/sub dir/résumé 1.pdf"
            let encoded = remoteID.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let put = try await client.sendMultipart("PUT", path: "attachments/remote.\(encoded)", form: .upload(remoteID: remoteID), token: token)
            #expect(put.status == 201, "\(put.text)")
            #expect(await sandbox.attachment(remoteID: remoteID) != nil)

            let read = try await client.call("GET", path: "attachments/remote.\(encoded)", token: token)
            #expect(read.status == 200)
            #expect(read.result["remote_id"] as? String == remoteID)
            #expect(read.resultID == put.resultID)

            let records = await sandbox.requests().filter { $0.method == "PUT" }
            #expect(records.count == 1)
            #expect(records.first?.path == "/api/v1/attachments/remote.\(encoded)")
            #expect(records.first?.remoteID == remoteID)
        }
    }

    @Test("The body's remote_id must equal the path's")
    func remoteIDMismatch() async throws {
        try await withSandbox { sandbox, client in
            let answer = try await client.sendMultipart("PUT", path: "attachments/remote.a", form: .upload(remoteID: "b"), token: try await client.token())
            #expect(answer.status == 400)
            #expect(answer.errorCode == "VALIDATION_ERROR")
            #expect(answer.messages.contains { $0.hasPrefix("remote_id") })
            #expect(await sandbox.attachments().isEmpty)
        }
    }

    @Test("PUT by UUID updates an attachment that exists and answers 404 for one that does not")
    func putByUUID() async throws {
        try await withSandbox { sandbox, client in
            let token = try await client.token()
            let missing = try await client.sendMultipart("PUT", path: "attachments/\(UUID().uuidString.lowercased())", form: .upload(remoteID: "u"), token: token)
            #expect(missing.status == 404)
            #expect(missing.errorCode == "NOT_FOUND")

            let id = try #require(try await client.sendMultipart("POST", path: "attachments", form: .upload(remoteID: "u"), token: token).resultID)
            let update = try await client.sendMultipart("PUT", path: "attachments/\(id)", form: .upload(remoteID: "u", type: "about"), token: token)
            #expect(update.status == 200)
            #expect(update.resultID == id)
            #expect(await sandbox.attachment(remoteID: "u")?.type == "about")
            #expect(await sandbox.attachment(remoteID: "u")?.writes == 2)
        }
    }

    @Test("With immutable attachments a PUT on one that exists answers 409 and changes nothing")
    func immutable() async throws {
        try await withSandbox(SandboxConfiguration(immutableAttachments: true)) { sandbox, client in
            let token = try await client.token()
            let first = pseudoRandomBytes(count: 100, seed: 20)
            let created = try await client.sendMultipart("PUT", path: "attachments/remote.fixed", form: .upload(remoteID: "fixed", file: first), token: token)
            #expect(created.status == 201)
            let before = try #require(await sandbox.attachment(remoteID: "fixed"))

            for path in ["attachments/remote.fixed", "attachments/\(try #require(created.resultID))"] {
                let again = try await client.sendMultipart("PUT", path: path, form: .upload(remoteID: "fixed", file: pseudoRandomBytes(count: 100, seed: 21)), token: token)
                #expect(again.status == 409)
                #expect(again.json["is_error"] as? Bool == true)
                #expect(again.errorCode == "CONFLICT")
                #expect(again.messages == ["Attachments are immutable after upload."])
            }
            #expect(await sandbox.attachments() == [before])
            #expect(try Data(contentsOf: try #require(before.storedFile)) == first)
        }
    }

    @Test("POST twice with one remote_id makes two attachments")
    func postTwice() async throws {
        try await withSandbox { sandbox, client in
            let token = try await client.token()
            let first = try await client.sendMultipart("POST", path: "attachments", form: .upload(remoteID: "twice"), token: token)
            let second = try await client.sendMultipart("POST", path: "attachments", form: .upload(remoteID: "twice"), token: token)
            #expect(first.status == 201)
            #expect(second.status == 201)
            #expect(first.resultID != second.resultID)
            let all = await sandbox.attachments()
            #expect(all.count == 2)
            #expect(all.allSatisfy { $0.remoteID == "twice" && $0.writes == 1 })
        }
    }

    @Test("GET by UUID and by remote id; DELETE, then 404")
    func readAndDelete() async throws {
        try await withSandbox { sandbox, client in
            let token = try await client.token()
            let id = try #require(try await client.sendMultipart("POST", path: "attachments", form: .upload(remoteID: "gone"), token: token).resultID)
            for path in ["attachments/\(id)", "attachments/\(id.uppercased())", "attachments/remote.gone"] {
                let read = try await client.call("GET", path: path, token: token)
                #expect(read.status == 200)
                #expect(read.json["is_error"] as? Bool == false)
                #expect(read.resultID == id)
                #expect(Set(read.result.keys) == ["id", "remote_id", "type", "file_name", "candidate_id", "ephemeral_url", "created_at", "modified_at"])
            }
            let file = try #require(await sandbox.attachment(remoteID: "gone")?.storedFile)
            let deleted = try await client.call("DELETE", path: "attachments/remote.gone", token: token)
            #expect(deleted.status == 200)
            #expect(deleted.resultID == id)
            #expect(await sandbox.attachments().isEmpty)
            #expect(!FileManager.default.fileExists(atPath: file.path(percentEncoded: false)))
            for path in ["attachments/\(id)", "attachments/remote.gone", "attachments/not-an-id"] {
                let read = try await client.call("GET", path: path, token: token)
                #expect(read.status == 404)
                #expect(read.errorCode == "NOT_FOUND")
            }
            #expect(try await client.call("DELETE", path: "attachments/\(id)", token: token).status == 404)
        }
    }
}
