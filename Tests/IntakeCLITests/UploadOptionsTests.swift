import ArgumentParser
import Foundation
import Intake
import IntakeEndorsed
import IntakeTestFixtures
import Testing

@testable import IntakeCLI

/// `intake ingest`'s upload options: what the command line accepts, and the messages for
/// what it does not.
@Suite struct UploadOptionsTests {
    static let candidate = "3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c13"

    func parse(_ arguments: [String]) throws -> IngestCommand {
        try IngestCommand.parse(["samples"] + arguments)
    }

    func message(_ arguments: [String]) -> String? {
        do {
            _ = try parse(arguments)
            return nil
        } catch {
            return IngestCommand.message(for: error)
        }
    }

    @Test func uploadOptionsAreCheckedBeforeAnythingRuns() {
        #expect(message(["--endpoint", "http://endorsed.ai/api/v1"])?.contains("https") == true)
        #expect(message(["--endpoint", "https://endorsed.ai/api/v1", "--upload-mode", "url"])?.contains("--public-base-url") == true)
        #expect(message(["--upload-mode", "url", "--public-base-url", "https://files.example.com"])?.contains("--endpoint") == true)
        #expect(message(["--endpoint", "https://endorsed.ai/api/v1", "--public-base-url", "https://files.example.com"])?.contains("only with --upload-mode url") == true)
        #expect(message(["--candidate-id", "jane"])?.contains("not a UUID") == true)
        #expect(message(["--upload-concurrency", "0"]) != nil)
        #expect(message(["--max-attempts", "0"]) != nil)
        #expect(message(["--request-timeout", "inf"]) != nil)
        #expect(message(["--stop-timeout", "1e300"]) != nil)
        #expect(message(["--endpoint", "https://endorsed.ai/api/v1", "--upload-mode", "url", "--public-base-url", "https://me:pw@files.example.com"])?.contains("must not hold") == true)
        #expect(message(["--endpoint", "https://endorsed.ai/api/v1", "--upload-mode", "url", "--public-base-url", "https://files.example.com/in?sig=abc"])?.contains("must not hold") == true)
        #expect(message(["--endpoint", "https://endorsed.ai/api/v1", "--upload-mode", "url", "--public-base-url", "https://files.example.com/in"]) == nil)
    }

    @Test func missingCredentialsSayWhatToSet() throws {
        let command = try parse(["--endpoint", "https://endorsed.ai/api/v1"])
        #expect(throws: CLIError.self) { try command.upload.endorsedSettings(environment: [:]) }
        // A client id without its secret is refused, and the message names what is missing.
        #expect {
            _ = try command.upload.endorsedSettings(environment: ["ENDORSED_CLIENT_ID": "x"])
        } throws: { error in
            error is CLIError && "\(error)".contains("ENDORSED_CLIENT_SECRET")
        }
        let settings = try #require(try command.upload.endorsedSettings(environment: ["ENDORSED_ACCESS_TOKEN": "secret-token"]))
        #expect(settings.credentials == .accessToken("secret-token"))
        #expect(!settings.description.contains("secret-token"))
        #expect(try parse([]).upload.endorsedSettings(environment: [:]) == nil)
    }

    @Test func theCandidateMapFileIsReadAndCheckedWithItsLineNumbers() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("map.csv", text: "path_prefix,candidate_id\njane,\(Self.candidate)\n")
        let map = try parse(["--candidate-map", good.path(percentEncoded: false), "--candidate-id", Self.candidate.uppercased()]).upload.loadCandidateMap()
        #expect(map.entries.map(\.prefix) == ["jane"])
        #expect(map.fallback == Self.candidate)

        let bad = try folder.write("bad.csv", text: "jane,\(Self.candidate)\njohn,not-a-uuid\n")
        do {
            _ = try parse(["--candidate-map", bad.path(percentEncoded: false)]).upload.loadCandidateMap()
            Issue.record("a bad map was accepted")
        } catch {
            #expect("\(error)".contains("line 2"))
        }
        #expect(throws: CLIError.self) { try parse(["--candidate-map", folder.path("absent.csv")]).upload.loadCandidateMap() }
    }
}
