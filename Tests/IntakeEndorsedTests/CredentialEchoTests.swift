import Foundation
import Intake
import IntakeEndorsed
import IntakeTestFixtures
import Logging
import Testing

/// A proxy or firewall that refuses a call by echoing it: the client secret and the token
/// it repeats must never reach an error message (and from there stderr, the report and the
/// ledger).
@Suite("Answers that echo a credential")
struct CredentialEchoTests {
    static let secret = "s3cr3t value/with+signs"
    static let token = "tok_9f8e7d6c5b4a3928"

    static func client(_ server: HostileServer, credentials: EndorsedCredentials) throws -> EndorsedClient {
        EndorsedClient(
            endpoint: try EndorsedEndpoint(server.baseURL),
            credentials: credentials,
            configuration: .init(retry: .never),
            logger: Logger(label: "intake.tests", factory: { _ in SwiftLogNoOpLogHandler() })
        )
    }

    /// Every text an error offers, as it could be printed or stored.
    static func texts(of error: any Error) -> [String] {
        var texts = [String(describing: error), String(reflecting: error)]
        if let reportable = error as? ReportableError {
            texts += [reportable.message, reportable.code] + reportable.details.values
        }
        return texts
    }

    static func expectNoCredential(in error: any Error, sourceLocation: SourceLocation = #_sourceLocation) {
        let secretForms = [secret, FormEncodingForTests.escape(secret), token]
        for text in texts(of: error) {
            for secret in secretForms {
                #expect(!text.contains(secret), "an error text repeats a credential: \(text)", sourceLocation: sourceLocation)
            }
        }
    }

    static func upload(_ client: EndorsedClient) async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("cv.txt", text: "Jane Doe")
        _ = try await client.upsertAttachment(.multipart(try AttachmentForm(candidateID: nil, remoteID: "ik1-echo", type: .resume, file: file)))
    }

    @Test("A token call answered with an echo of its form withholds the text", arguments: [
        HostileServer.Behaviour.echo(status: 400), .echoInEnvelope(status: 400),
    ])
    func tokenCallEcho(_ behaviour: HostileServer.Behaviour) async throws {
        try await HostileServer.withRunning(behaviour) { server in
            let client = try Self.client(server, credentials: .clientCredentials(clientID: "client-1", clientSecret: Self.secret))
            let error = try await #require(throws: TokenRequestError.self) { try await Self.upload(client) }
            Self.expectNoCredential(in: error)
            #expect(error.message.contains("HTTP 400"), "\(error.message)")
            #expect(error.message.contains("withheld"), "\(error.message)")
            #expect(server.requests == 1)
        }
    }

    @Test("An attachment call answered with an echo of its token withholds the text", arguments: [
        HostileServer.Behaviour.echo(status: 502), .echoInEnvelope(status: 403),
    ])
    func attachmentCallEcho(_ behaviour: HostileServer.Behaviour) async throws {
        try await HostileServer.withRunning(behaviour) { server in
            let client = try Self.client(server, credentials: .accessToken(Self.token))
            let error = try await #require(throws: EndorsedError.self) { try await Self.upload(client) }
            Self.expectNoCredential(in: error)
            #expect(error.message.contains("withheld"), "\(error.message)")
        }
    }

    @Test("The envelope's code survives when its messages are withheld")
    func codeIsKept() async throws {
        try await HostileServer.withRunning(.echoInEnvelope(status: 403)) { server in
            let client = try Self.client(server, credentials: .accessToken(Self.token))
            let error = try await #require(throws: EndorsedError.self) { try await Self.upload(client) }
            #expect(error.code == "endorsed_bad_request")
            #expect(error.status == 403)
            #expect(error.messages == ["the answer's text is withheld: it repeats a credential"])
        }
    }

    @Test("An error page that repeats no credential is still quoted")
    func innocentPageIsQuoted() {
        let error = EndorsedError.decode(status: 502, body: Data("<html>Bad gateway: upstream timed out</html>".utf8))
        #expect(error.bodyPrefix == "<html>Bad gateway: upstream timed out</html>")
        for page in ["Authorization: Bearer abc", "client_secret=x&y", "{\"access_token\":\"t\""] {
            #expect(EndorsedError.decode(status: 502, body: Data(page.utf8)).bodyPrefix == nil, "\(page)")
        }
    }

    @Test("An envelope message that names a credential field without its value is kept; one with the value is not", arguments: [
        ("invalid client_secret", true), ("the access_token has expired", true), ("use a Bearer token", true),
        ("client_secret=abc was refused", false), ("got \\\"client_secret\\\": \\\"abc\\\"", false), ("Authorization: Bearer abc123def", false),
        ("access_token: abc", false),
    ])
    func envelopeMessages(message: String, kept: Bool) throws {
        let body = Data(#"{"is_error": true, "error": {"code": "BAD_REQUEST", "issues": [{"message": "\#(message)"}]}}"#.utf8)
        let error = EndorsedError.decode(status: 400, body: body)
        #expect(error.code == "endorsed_bad_request")
        #expect(error.messages.count == 1)
        #expect((error.messages.first?.contains("withheld") == false) == kept, "\(error.messages)")
    }
}

/// The form encoding the client uses, written again here so that the test does not trust
/// the code under test to say what an encoded secret looks like.
enum FormEncodingForTests {
    static func escape(_ text: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789*-._")
        allowed.insert(" ")
        return text.addingPercentEncoding(withAllowedCharacters: allowed)!.replacingOccurrences(of: " ", with: "+")
    }
}
