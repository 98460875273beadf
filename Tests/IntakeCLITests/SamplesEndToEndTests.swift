import ArgumentParser
import Foundation
import Intake
import IntakeEngine
import IntakeOutbox
import IntakeTestFixtures
import Logging
import Testing

@testable import IntakeCLI

/// The tool end to end over `samples/`: real libmagic, real poppler, a real SQLite outbox,
/// and the report read back as a user would read it.
@Suite struct SamplesEndToEndTests {
    /// The expectations table by path.
    static func expectedOutcomes() -> [String: Samples.Expectation] {
        Dictionary(Samples.expectationsWithoutOCR.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
    }

    static func readReport(_ url: URL) throws -> [[String: Any]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    static func ingest(_ paths: [String], report: URL, state: URL?, concurrency: Int = 4) async throws -> Ingestion.Result {
        let options = Ingestion.Options(paths: paths, maxFilesInFlight: concurrency, reportURL: report, stateDirectory: state)
        return try await Ingestion.run(options, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }), watchSignals: false)
    }

    @Test func everySampleEndsAsExpected() async throws {
        let scratch = try TemporaryFolder()
        let reportURL = scratch.url.appending(path: "report.jsonl")
        let result = try await Self.ingest([Samples.root.path(percentEncoded: false)], report: reportURL, state: scratch.url.appending(path: "state"))
        let lines = try Self.readReport(reportURL)
        let expected = Self.expectedOutcomes()

        // Every file exactly once.
        let prefix = Samples.root.path(percentEncoded: false) + "/"
        let paths = lines.map { ($0["path"] as! String).replacingOccurrences(of: prefix, with: "") }
        #expect(paths.count == Set(paths).count)
        #expect(Set(paths) == Set(expected.keys))
        #expect(result.summary.files == expected.count)

        var byPath: [String: [String: Any]] = [:]
        for (path, line) in zip(paths, lines) { byPath[path] = line }
        for (path, want) in expected {
            let line = try #require(byPath[path])
            let status = line["status"] as! String
            if want.status == "duplicate" || (want.status == "stored" && status == "duplicate") {
                #expect(["stored", "duplicate"].contains(status), "\(path)")
            } else {
                #expect(status == want.status, "\(path)")
            }
            if let type = want.type {
                #expect(line["type"] as? String == type, "\(path): \(line["evidence"] ?? "")")
            }
            if let reason = want.reason {
                let code = (line["reason"] as? [String: Any])?["code"] ?? (line["error"] as? [String: Any])?["code"]
                #expect(code as? String == reason, "\(path)")
            }
        }

        // Of each byte-identical pair, exactly one is kept and the other names it.
        let duplicates = lines.filter { $0["status"] as? String == "duplicate" }
        #expect(duplicates.count == expected.values.filter { $0.status == "duplicate" }.count)
        for duplicate in duplicates {
            let first = try #require((duplicate["duplicate_of"] as? [String: Any])?["path"] as? String)
            let firstLine = try #require(lines.first { $0["path"] as? String == first })
            #expect(firstLine["status"] as? String == "stored")
            #expect(firstLine["sha256"] as? String == duplicate["sha256"] as? String)
        }
    }

    /// The keys the README's table under "The report" names: every backquoted word in the
    /// first column of its rows (a row may name several, as `type`, `confidence`, `evidence`).
    static func documentedReportKeys() throws -> Set<String> {
        let readme = try String(contentsOf: Samples.packageRoot.appending(path: "README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex(of: "### The report"), "README.md has no section \"The report\"")
        let section = lines[(start + 1)...].prefix { !$0.hasPrefix("#") }
        var keys: Set<String> = []
        for row in section where row.hasPrefix("| `") {
            let firstColumn = row.dropFirst().prefix { $0 != "|" }
            let quoted = firstColumn.split(separator: "`", omittingEmptySubsequences: false)
            // Between the first and second backquote, the third and fourth, and so on.
            for (index, part) in quoted.enumerated() where index % 2 == 1 { keys.insert(String(part)) }
        }
        try #require(keys.count >= 20, "read only \(keys.sorted()) from the README's table")
        return keys
    }

    @Test func reportLinesCarryEveryDocumentedKey() async throws {
        let scratch = try TemporaryFolder()
        let reportURL = scratch.url.appending(path: "report.jsonl")
        _ = try await Self.ingest([Samples.root.path(percentEncoded: false)], report: reportURL, state: nil)
        let keys = try Self.documentedReportKeys()
        // The README's table as it stands; a key added to it is found here without a change.
        #expect(keys.isSuperset(of: ["path", "path_bytes", "status", "earlier", "text_sha256", "attachment_id", "sink", "size", "stages"]))
        let lines = try Self.readReport(reportURL)
        #expect(lines.count == Samples.expectationsWithoutOCR.count)
        for line in lines {
            #expect(Set(line.keys) == keys, "in \(line["path"] ?? "?"): undocumented \(Set(line.keys).subtracting(keys).sorted()), missing \(keys.subtracting(line.keys).sorted())")
            if line["status"] as? String == "failed" {
                let error = try #require(line["error"] as? [String: Any])
                #expect(error["stage"] as? String == "extract")
                #expect((error["message"] as? String)?.isEmpty == false)
            }
        }
    }

    @Test func theOutboxRecordsWhatWouldBeSentAndARerunAddsNoRow() async throws {
        let scratch = try TemporaryFolder()
        let state = scratch.url.appending(path: "state")
        _ = try await Self.ingest([Samples.root.path(percentEncoded: false)], report: scratch.url.appending(path: "1.jsonl"), state: state)
        let lines = try Self.readReport(scratch.url.appending(path: "1.jsonl"))
        let stored = lines.filter { $0["status"] as? String == "stored" }

        let outbox = try OutboxSink(stateDirectory: state)
        let entries = try await outbox.entries()
        #expect(entries.count == stored.count)
        for line in stored {
            let entry = try #require(entries.first { $0.path == line["path"] as? String })
            #expect(entry.remoteID == line["remote_id"] as? String)
            #expect(entry.sha256 == line["sha256"] as? String)
            #expect(entry.type == line["type"] as? String)
            #expect(entry.candidateID == line["candidate_id"] as? String)
            #expect(entry.fileName == URL(filePath: entry.path).lastPathComponent)
        }

        _ = try await Self.ingest([Samples.root.path(percentEncoded: false)], report: scratch.url.appending(path: "2.jsonl"), state: state, concurrency: 1)
        #expect(try await outbox.entries().count == stored.count)
    }

    @Test func remoteIDsAndCandidatesDoNotDependOnWhereTheFolderIs() async throws {
        let scratch = try TemporaryFolder()
        let copy = scratch.url.appending(path: "elsewhere")
        try FileManager.default.copyItem(at: Samples.root, to: copy)
        _ = try await Self.ingest([Samples.root.path(percentEncoded: false)], report: scratch.url.appending(path: "a.jsonl"), state: nil)
        _ = try await Self.ingest([copy.path(percentEncoded: false)], report: scratch.url.appending(path: "b.jsonl"), state: nil)
        func ids(_ name: String) throws -> Set<String> {
            Set(try Self.readReport(scratch.url.appending(path: name)).compactMap { line in
                (line["remote_id"] as? String).map { "\($0) \(line["candidate_id"] as? String ?? "-")" }
            })
        }
        let first = try ids("a.jsonl")
        #expect(!first.isEmpty)
        #expect(first == (try ids("b.jsonl")))
    }

    @Test func theReportAndStateInsideTheWalkedFolderAreNotInputs() async throws {
        let scratch = try TemporaryFolder()
        let copy = scratch.url.appending(path: "inbox")
        try FileManager.default.copyItem(at: Samples.root, to: copy)
        // A run over the folder, twice, with its report and state folder inside it.
        for _ in 0..<2 {
            _ = try await Self.ingest([copy.path(percentEncoded: false)], report: copy.appending(path: "report.jsonl"), state: copy.appending(path: "state"))
        }
        let lines = try Self.readReport(copy.appending(path: "report.jsonl"))
        #expect(lines.count == Samples.expectationsWithoutOCR.count)
        #expect(!lines.contains { ($0["path"] as? String)?.contains("report.jsonl") == true || ($0["path"] as? String)?.contains("/state/") == true })
    }

    @Test func aCandidateFolderOrAFileGivenAloneKeepsItsCandidateAndRemoteID() async throws {
        let scratch = try TemporaryFolder()
        let candidate = "6329b0c2-4914-453c-91b8-f0b4aa707851"
        let folder = Samples.root.appending(path: candidate)
        let file = folder.appending(path: "prefs.json")
        _ = try await Self.ingest([Samples.root.path(percentEncoded: false)], report: scratch.url.appending(path: "all.jsonl"), state: nil)
        _ = try await Self.ingest([folder.path(percentEncoded: false)], report: scratch.url.appending(path: "folder.jsonl"), state: nil)
        _ = try await Self.ingest([file.path(percentEncoded: false)], report: scratch.url.appending(path: "file.jsonl"), state: nil)
        let whole = try #require(try Self.readReport(scratch.url.appending(path: "all.jsonl")).first { ($0["path"] as? String)?.hasSuffix("\(candidate)/prefs.json") == true })
        for name in ["folder.jsonl", "file.jsonl"] {
            let line = try #require(try Self.readReport(scratch.url.appending(path: name)).first { ($0["path"] as? String)?.hasSuffix("prefs.json") == true })
            #expect(line["candidate_id"] as? String == candidate, "\(name)")
            #expect(line["remote_id"] as? String == whole["remote_id"] as? String, "\(name)")
        }
    }

    @Test func aDryRunWritesNoStateAndEndsFilesProcessed() async throws {
        let scratch = try TemporaryFolder()
        let reportURL = scratch.url.appending(path: "report.jsonl")
        let result = try await Self.ingest([Samples.root.path(percentEncoded: false)], report: reportURL, state: nil)
        #expect(result.summary.countsByStatus["stored"] == nil)
        #expect((result.summary.countsByStatus["processed"] ?? 0) > 20)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["report.jsonl"])
    }

    @Test func theCommandExitsWithOneWhenSomeFilesFail() async throws {
        let scratch = try TemporaryFolder()
        // In process: the test runner is not an executable that can serve as a parser worker.
        var command = try IntakeCommand.parseAsRoot(["ingest", Samples.root.path(percentEncoded: false), "--dry-run", "--in-process", "--no-progress", "--report", scratch.path("r.jsonl")]) as! IngestCommand
        await #expect(throws: IntakeExitCode.someFilesFailed) { try await command.run() }

        try scratch.write("good/about.txt", text: "I am a nurse who loves night shifts and teaching new colleagues how to stay calm.")
        command = try IntakeCommand.parseAsRoot(["ingest", scratch.path("good"), "--dry-run", "--in-process", "--no-progress"]) as! IngestCommand
        try await command.run()
    }

    @Test func aBadCommandLineIsAUsageError() throws {
        #expect(throws: (any Error).self) { try IntakeCommand.parseAsRoot(["ingest", "samples", "--concurrency", "0"]) }
        #expect(throws: (any Error).self) { try IntakeCommand.parseAsRoot(["ingest"]) }
    }

    @Test func aReportInAMissingFolderGetsTheFolder() async throws {
        let scratch = try TemporaryFolder()
        let report = scratch.url.appending(path: "no/such/folder/r.jsonl")
        _ = try await Self.ingest([Samples.root.path(percentEncoded: false)], report: report, state: nil)
        #expect(try Self.readReport(report).count == Samples.expectationsWithoutOCR.count)
    }

    @Test func aReportThatCannotBeCreatedStopsTheRunBeforeAnyFile() async throws {
        let scratch = try TemporaryFolder()
        // A file where the report's folder should be.
        try scratch.write("taken", text: "not a folder")
        await #expect(throws: CLIError.self) {
            _ = try await Self.ingest([Samples.root.path(percentEncoded: false)], report: scratch.url.appending(path: "taken/r.jsonl"), state: nil)
        }
    }

    @Test func inspectShowsEveryStageAndTheEvidence() async throws {
        let file = Samples.url("46d135bb-94cd-4998-aaf1-09517a6af8c6/history.txt")
        let runner = PipelineRunner(pipeline: StandardPipeline.make(sink: nil), maxFilesInFlight: 1, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        var outcomes: [FileOutcome] = []
        _ = await runner.run(FolderSource(paths: [file.path(percentEncoded: false)])) { outcomes.append($0) }
        let text = InspectionText.render(try #require(outcomes.first), textPreview: 100)
        #expect(text.contains("application/pdf"))
        #expect(text.contains("work_experiences"))
        for stage in ["sniff", "extract", "classify", "dedupe"] { #expect(text.contains("    \(stage) ")) }
        #expect(text.contains("candidate   46d135bb-94cd-4998-aaf1-09517a6af8c6"))
    }
}

