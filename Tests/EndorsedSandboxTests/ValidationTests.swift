import EndorsedSandbox
import Foundation
import IntakeTestFixtures
import Testing

@Suite("Validation of create and update bodies")
struct ValidationTests {
    /// A body that breaks one rule, and the field the answer must name.
    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var field: String
        var json: [String: String]?
        var multipart: MultipartForm?

        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "multipart without remote_id", field: "remote_id", multipart: {
            var form = MultipartForm.upload(remoteID: "x")
            form.parts.removeAll { $0.name == "remote_id" }
            return form
        }()),
        Case(label: "multipart with an empty remote_id", field: "remote_id", multipart: .upload(remoteID: "")),
        Case(label: "an unknown type", field: "type", multipart: .upload(remoteID: "x", type: "cover_letter")),
        Case(label: "multipart without type", field: "type", multipart: {
            var form = MultipartForm.upload(remoteID: "x")
            form.parts.removeAll { $0.name == "type" }
            return form
        }()),
        Case(label: "a candidate_id that is not a UUID", field: "candidate_id", multipart: .upload(remoteID: "x", candidateID: "candidate-7")),
        Case(label: "multipart with both file and public_file_url", field: "public_file_url", multipart: {
            var form = MultipartForm.upload(remoteID: "x")
            form.add("public_file_url", "https://example.com/a.pdf")
            return form
        }()),
        Case(label: "multipart without file", field: "file", multipart: .upload(remoteID: "x", file: nil)),
        Case(label: "multipart with remote_id twice", field: "remote_id", multipart: {
            var form = MultipartForm.upload(remoteID: "x")
            form.add("remote_id", "y")
            return form
        }()),
        Case(label: "JSON without public_file_url", field: "public_file_url", json: ["remote_id": "x", "type": "resume"]),
        Case(label: "JSON with a relative public_file_url", field: "public_file_url", json: ["remote_id": "x", "type": "resume", "public_file_url": "/a.pdf"]),
        Case(label: "JSON with an ftp public_file_url", field: "public_file_url", json: ["remote_id": "x", "type": "resume", "public_file_url": "ftp://example.com/a.pdf"]),
        Case(label: "JSON with file", field: "file", json: ["remote_id": "x", "type": "resume", "public_file_url": "https://example.com/a.pdf", "file": "AAAA"]),
        Case(label: "JSON with a bad candidate_id", field: "candidate_id", json: ["remote_id": "x", "type": "resume", "public_file_url": "https://example.com/a.pdf", "candidate_id": "nope"]),
    ]

    @Test("A body that breaks a rule answers 400 VALIDATION_ERROR naming the field, and stores nothing", arguments: cases)
    func refused(_ testCase: Case) async throws {
        let storage = try TemporaryFolder()
        try await withSandbox(SandboxConfiguration(storageDirectory: storage.url)) { sandbox, client in
            let token = try await client.token()
            for method in ["POST", "PUT"] {
                let path = method == "POST" ? "attachments" : "attachments/remote.x"
                let answer = if let form = testCase.multipart {
                    try await client.sendMultipart(method, path: path, form: form, token: token)
                } else {
                    try await client.sendJSON(method, path: path, object: testCase.json ?? [:], token: token)
                }
                #expect(answer.status == 400, "\(method): \(answer.text)")
                #expect(answer.json["is_error"] as? Bool == true)
                #expect(answer.errorCode == "VALIDATION_ERROR")
                #expect(answer.messages.contains { $0.hasPrefix(testCase.field) }, "\(method): \(answer.messages)")
            }
            #expect(await sandbox.attachments().isEmpty)
            #expect(try contents(of: storage).isEmpty)
        }
    }

    @Test("Every problem of a body is reported at once")
    func severalProblems() async throws {
        try await withSandbox { _, client in
            let answer = try await client.sendJSON("POST", path: "attachments", object: ["type": "memo", "candidate_id": "x"], token: try await client.token())
            #expect(answer.status == 400)
            #expect(answer.messages.count == 4)
            for field in ["remote_id", "type", "candidate_id", "public_file_url"] {
                #expect(answer.messages.contains { $0.hasPrefix(field) })
            }
        }
    }

    @Test("A JSON field that is not a string is refused")
    func nonStringField() async throws {
        try await withSandbox { _, client in
            let answer = try await client.sendJSON("POST", path: "attachments", object: [
                "remote_id": 12, "type": "resume", "public_file_url": "https://example.com/a",
            ], token: try await client.token())
            #expect(answer.status == 400)
            #expect(answer.messages == ["remote_id must be a string."])
        }
    }

    @Test("A body that is not JSON is refused")
    func notJSON() async throws {
        try await withSandbox { _, client in
            let token = try await client.token()
            let answer = try await client.send(
                "POST", url: client.apiURL("attachments"),
                headers: [("Authorization", "Bearer \(token)"), ("Content-Type", "application/json; charset=utf-8")],
                body: .bytes(Data("[1, 2".utf8))
            )
            #expect(answer.status == 400)
            #expect(answer.errorCode == "VALIDATION_ERROR")
        }
    }
}
