import Crypto
import EndorsedSandbox
import Foundation
import IntakeTestFixtures
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension RealBackendRuns {
    /// The example backend as a recruiting backend would run it: the real executable with
    /// parser workers, uploading to a sandbox, documents sent to it over loopback as
    /// multipart forms.
    @Suite
    struct ExampleBackendTests {
        static let candidate = "46d135bb-94cd-4998-aaf1-09517a6af8c6"
        static let resume = "46d135bb-94cd-4998-aaf1-09517a6af8c6/document1.pdf"
        static let history = "46d135bb-94cd-4998-aaf1-09517a6af8c6/history.txt"

        static func sha256(_ bytes: Data) -> String {
            SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        }

        /// The attachment writes the sandbox received (the token call and the access check
        /// left out).
        static func writes(_ sandbox: RunningEndorsedSandbox) async -> [SandboxRequestRecord] {
            await sandbox.requests().filter { ($0.method == "PUT" || $0.method == "POST") && $0.path.contains("/attachments") }
        }

        @Test func eachFileIsOneAttachmentWhenSentTwiceAndAgainAfterAKill() async throws {
            let scratch = try TemporaryFolder()
            let state = scratch.path("state")
            let files = [(name: "resume.pdf", bytes: try Samples.bytes(Self.resume)), (name: "history.txt", bytes: try Samples.bytes(Self.history))]
            try await EndorsedSandbox.withRunning(.init()) { sandbox in
                let backend = try await BackendChild.start(uploadingTo: sandbox, state: state)
                var attachmentIDs: [String: String] = [:]
                for file in files {
                    let first = try await backend.upload(file.bytes, fileName: file.name, candidate: Self.candidate, requestID: "first-\(file.name)")
                    #expect(first.status == 201, "\(file.name): \(first)")
                    #expect(first.json["status"] as? String == "uploaded", "\(file.name): \(first)")
                    #expect(first.json["path"] as? String == file.name)
                    #expect(first.json["candidate_id"] as? String == Self.candidate)
                    #expect((first.json["metadata"] as? [String: String])?["request_id"] == "first-\(file.name)")
                    let attachmentID = try #require(first.json["attachment_id"] as? String, "\(file.name): \(first)")
                    attachmentIDs[file.name] = attachmentID

                    let second = try await backend.upload(file.bytes, fileName: file.name, candidate: Self.candidate)
                    #expect(second.status == 200, "\(file.name): \(second)")
                    #expect(second.json["status"] as? String == "unchanged", "\(file.name): \(second)")
                    #expect(second.json["attachment_id"] as? String == attachmentID)
                    // Without an X-Request-ID the backend makes one.
                    let requestID = (second.json["metadata"] as? [String: String])?["request_id"]
                    #expect(requestID.flatMap(UUID.init(uuidString:)) != nil, "\(second)")
                }

                // The documents were parsed in worker processes of the backend's own.
                #expect(!backend.children.isEmpty, "the backend runs no parser worker")

                let stored = await sandbox.attachments()
                #expect(stored.count == files.count, "\(stored)")
                for file in files {
                    let matching = stored.filter { $0.sha256 == Self.sha256(file.bytes) }
                    #expect(matching.count == 1, "\(file.name) is in the sandbox \(matching.count) times")
                    #expect(matching.first?.id.uuidString.lowercased() == attachmentIDs[file.name])
                    #expect(matching.first?.writes == 1)
                    #expect(matching.first?.candidateID == Self.candidate)
                }
                #expect(await Self.writes(sandbox).count == files.count)

                // kill -9, and a new backend on the same state folder.
                try await backend.end(with: SIGKILL)
                #expect(backend.child.endedBySignal && backend.child.status == SIGKILL)
                let restarted = try await BackendChild.start(uploadingTo: sandbox, state: state)
                let third = try await restarted.upload(files[0].bytes, fileName: files[0].name, candidate: Self.candidate)
                #expect(third.status == 200, "\(third)")
                #expect(third.json["status"] as? String == "unchanged", "\(third)")
                #expect(third.json["attachment_id"] as? String == attachmentIDs[files[0].name])
                #expect(await sandbox.attachments().count == files.count)
                #expect(await Self.writes(sandbox).count == files.count)

                try await restarted.end(with: SIGTERM)
                #expect(!restarted.child.endedBySignal, "SIGTERM killed the backend instead of stopping it")
                #expect(restarted.child.status == 0, "\(restarted.child.standardError)")
            }
        }

        @Test func inputTheEngineRefusesIsAnswered400WithItsCode() async throws {
            let scratch = try TemporaryFolder()
            // No endpoint: documents go to the outbox in the state folder.
            let backend = try await BackendChild.start(["--state", scratch.path("state")])
            let bytes = try Samples.bytes(Self.history)

            #expect(try await backend.send("GET", "/health").status == 200)

            let notUUID = try await backend.upload(bytes, fileName: "history.txt", candidate: "not-a-uuid")
            #expect(notUUID.status == 400, "\(notUUID)")
            #expect(notUUID.json["code"] as? String == "invalid_candidate_id", "\(notUUID)")
            #expect((notUUID.json["message"] as? String)?.isEmpty == false)

            let noFile = try await backend.upload(bytes, fileName: "history.txt", candidate: Self.candidate, field: "document")
            #expect(noFile.status == 400, "\(noFile)")
            #expect(noFile.json["code"] as? String == "missing_file", "\(noFile)")

            let empty = try await backend.upload([], fileName: "empty.txt", candidate: Self.candidate)
            #expect(empty.status == 400, "\(empty)")
            #expect(empty.json["code"] as? String == "empty_input", "\(empty)")

            let path = try await backend.upload(bytes, fileName: "../history.txt", candidate: Self.candidate)
            #expect(path.status == 400, "\(path)")
            #expect(path.json["code"] as? String == "invalid_file_name", "\(path)")

            let notAForm = try await backend.send(
                "POST", "/candidates/\(Self.candidate)/documents", headers: [("Content-Type", "application/json")], body: Array("{}".utf8)
            )
            #expect(notAForm.status == 400, "\(notAForm)")
            #expect(notAForm.json["code"] as? String == "invalid_form", "\(notAForm)")

            // Past the engine's 32 MiB and the room for the form, the body is not read.
            let tooLarge = try await backend.upload([UInt8](repeating: 0x61, count: 33 << 20), fileName: "large.txt", candidate: Self.candidate)
            #expect(tooLarge.status == 413, "\(tooLarge)")
            #expect(tooLarge.json["code"] as? String == "input_too_large", "\(tooLarge)")

            // The same file, well sent, is stored in the outbox.
            let stored = try await backend.upload(bytes, fileName: "history.txt", candidate: Self.candidate)
            #expect(stored.status == 201, "\(stored)")
            #expect(stored.json["status"] as? String == "stored", "\(stored)")
            #expect(stored.json["type"] as? String == "work_experiences", "\(stored)")

            try await backend.end(with: SIGTERM)
            #expect(!backend.child.endedBySignal && backend.child.status == 0, "\(backend.child.standardError)")
        }

        @Test func sigtermLetsTheUploadInFlightEndAndBeRecorded() async throws {
            let scratch = try TemporaryFolder()
            let state = scratch.path("state")
            let resume = try Samples.bytes(Self.resume)
            let history = try Samples.bytes(Self.history)
            try await EndorsedSandbox.withRunning(.init()) { sandbox in
                let backend = try await BackendChild.start(uploadingTo: sandbox, state: state)
                // One upload first, so that the engine has started and holds a token.
                #expect(try await backend.upload(history, fileName: "history.txt", candidate: Self.candidate).status == 201)

                // The sandbox now stores each write and answers it two seconds later: SIGTERM
                // is sent while the backend waits for that answer.
                await sandbox.setFaults(SandboxFaults(latency: .seconds(2)))
                let inFlight = Task { try await backend.upload(resume, fileName: "resume.pdf", candidate: Self.candidate) }
                let deadline = ContinuousClock.now + .seconds(30)
                while await !sandbox.attachments().contains(where: { $0.sha256 == Self.sha256(resume) }), ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(10))
                }
                try #require(await sandbox.attachments().count == 2, "the upload did not reach the sandbox")
                backend.child.signal(SIGTERM)

                let answer = try await inFlight.value
                #expect(answer.status == 201, "\(answer)")
                #expect(answer.json["status"] as? String == "uploaded", "\(answer)")
                try await backend.child.waitForExit(atMost: .seconds(30))
                #expect(!backend.child.endedBySignal && backend.child.status == 0, "\(backend.child.standardError)")

                // The outcome was recorded before the backend exited.
                await sandbox.setFaults(.none)
                let restarted = try await BackendChild.start(uploadingTo: sandbox, state: state)
                let again = try await restarted.upload(resume, fileName: "resume.pdf", candidate: Self.candidate)
                #expect(again.json["status"] as? String == "unchanged", "\(again)")
                #expect(again.json["attachment_id"] as? String == answer.json["attachment_id"] as? String)
                #expect(await Self.writes(sandbox).count == 2)
                try await restarted.end(with: SIGTERM)
            }
        }

        /// SIGTERM while the engine still starts (its access check retrying a server that
        /// fails every call) stops the backend at once, and it never says it listens.
        @Test func sigtermDuringTheStartStopsTheBackend() async throws {
            let scratch = try TemporaryFolder()
            try await EndorsedSandbox.withRunning(.init(faults: SandboxFaults(serverErrorRate: 1, retryAfterSeconds: 0))) { sandbox in
                var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("ENDORSED_") }
                environment["ENDORSED_CLIENT_ID"] = sandbox.configuration.clientID
                environment["ENDORSED_CLIENT_SECRET"] = sandbox.configuration.clientSecret
                let child = try ChildProcess(
                    BackendChild.executable,
                    ["--port", "0", "--state", scratch.path("state"), "--endpoint", sandbox.baseURL.absoluteString],
                    environment: environment)
                var waited = 0
                while await sandbox.requests().count(where: { $0.path.hasSuffix("remote.intake-access-check") }) < 4 && child.isRunning && waited < 3_000 {
                    try await Task.sleep(for: .milliseconds(10))
                    waited += 1
                }
                try #require(child.isRunning, "the backend ended by itself: \(child.standardError)")
                child.signal(SIGTERM)
                try await child.waitForExit(atMost: .seconds(20))
                #expect(!child.endedBySignal, "\(child.standardError)")
                #expect(child.standardOutput.isEmpty, "it said it listens: \(child.standardOutput)")
                // Stopped, not left to give up on the server after all its attempts.
                #expect(!child.standardError.contains("cannot use Endorsed"), "\(child.standardError)")
                #expect(await Self.writes(sandbox).isEmpty)
            }
        }

        /// The line that says where the backend listens comes only once the engine can
        /// serve: refused credentials end the backend before it, with the reason.
        @Test func aBackendWhoseCredentialsAreRefusedNeverSaysItListens() async throws {
            let scratch = try TemporaryFolder()
            try await EndorsedSandbox.withRunning(.init()) { sandbox in
                var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("ENDORSED_") }
                environment["ENDORSED_CLIENT_ID"] = sandbox.configuration.clientID
                environment["ENDORSED_CLIENT_SECRET"] = "not-the-secret"
                let child = try ChildProcess(
                    BackendChild.executable,
                    ["--port", "0", "--state", scratch.path("state"), "--endpoint", sandbox.baseURL.absoluteString],
                    environment: environment)
                try await child.waitForExit(atMost: .seconds(60))
                #expect(!child.endedBySignal && child.status != 0, "status \(child.status): \(child.standardError)")
                #expect(child.standardOutput.isEmpty, "it said it listens: \(child.standardOutput)")
                #expect(child.standardError.contains("refused the client credentials"), "\(child.standardError)")
                #expect(await Self.writes(sandbox).isEmpty)
            }
        }
    }
}
