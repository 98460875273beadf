import Foundation
import IntakeTestFixtures
import Testing

extension RealIntakeRuns {
    /// What the README promises of the real `intake` binary's command line: exit status 64 with
    /// a message for a wrong command line (and nothing done), and the JSON that every `--json`
    /// prints — one object, with the keys and values the text form and the report give.
    @Suite
    struct CommandLineContractTests {
        // MARK: Exit status 64

        /// Each wrong command line, and words its message must hold.
        static let usageErrors: [([String], String)] = [
            (["ingest"], "Missing expected argument"),
            (["ingest", "PATH", "--concurrency", "0"], "--concurrency must be at least 1"),
            (["ingest", "PATH", "--concurrency", "many"], "--concurrency"),
            (["ingest", "PATH", "--stop-timeout=-1"], "--stop-timeout"),
            (["ingest", "PATH", "--min-confidence", "2"], "--min-confidence must be between 0 and 1"),
            (["ingest", "PATH", "--max-pages=-1"], "--max-pages must be 0 (every page) or more"),
            (["ingest", "PATH", "--no-such-option"], "--no-such-option"),
            (["frobnicate"], "frobnicate"),
            (["retry"], "--failed"),
            (["inspect", "PATH"], "is a folder"),
            (["eval", "PATH"], "--labels"),
        ]

        @Test(.timeLimit(.minutes(1)), arguments: usageErrors)
        func aWrongCommandLineExits64WithAMessageAndDoesNothing(arguments: [String], message: String) async throws {
            let scratch = try TemporaryFolder()
            let folder = try Corpus.notes(2, in: scratch)
            let state = scratch.path("state")
            let report = scratch.path("report.jsonl")
            var full = arguments.map { $0 == "PATH" ? folder.path(percentEncoded: false) : $0 }
            if full.first == "ingest" { full += ["--state", state, "--report", report, "--no-progress"] }
            let run = try await IntakeChild.run(full, scratch: scratch, limit: .seconds(30))
            #expect(!run.endedBySignal)
            #expect(run.status == 64, "intake \(full.joined(separator: " ")): \(run.standardError)")
            #expect(run.standardError.contains(message), "stderr: \(run.standardError)")
            #expect(run.standardError.contains("Usage: intake"), "the message shows the usage")
            #expect(run.standardOutput.isEmpty)
            // Nothing was started: no state folder, no report.
            #expect(!FileManager.default.fileExists(atPath: state))
            #expect(!FileManager.default.fileExists(atPath: report))
        }

        /// `intake retry` hands the options after `--` to `ingest`; a wrong one is a usage error
        /// too, found before any file is retried.
        @Test(.timeLimit(.minutes(1))) func aWrongIngestOptionGivenToRetryExits64() async throws {
            let scratch = try TemporaryFolder()
            let state = scratch.path("state")
            let first = try await IntakeChild.run(["ingest", Samples.root.path(percentEncoded: false), "--state", state, "--no-progress"], scratch: scratch)
            #expect(first.status == 1, "the samples' two broken PDFs fail: \(first.standardError)")
            let report = scratch.path("retry.jsonl")
            let retry = try await IntakeChild.run(["retry", "--failed", "--state", state, "--", "--concurrency", "0", "--report", report], scratch: scratch)
            #expect(retry.status == 64, "\(retry.standardError)")
            #expect(retry.standardError.contains("--concurrency must be at least 1"))
            #expect(!FileManager.default.fileExists(atPath: report))
        }

        // MARK: --json

        /// The keys of the summary object of `ingest --json` (and `retry --json`).
        static let summaryKeys: Set<String> = [
            "files", "bytes", "seconds", "by_status", "failures_by_code", "skips_by_code", "poison_by_code", "by_type",
            "stopped_early", "sink", "report",
        ]

        /// Counts of `key(line)` over the lines where it is not nil.
        static func counts(_ lines: [[String: Any]], _ key: ([String: Any]) -> String?) -> [String: Int] {
            lines.compactMap(key).reduce(into: [:]) { $0[$1, default: 0] += 1 }
        }

        /// Checks a summary object against the report lines of the same run.
        static func checkSummary(_ summary: [String: Any], against lines: [[String: Any]], report: String, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(Set(summary.keys) == summaryKeys, "keys: \(summary.keys.sorted())", sourceLocation: sourceLocation)
            #expect(summary["files"] as? Int == lines.count, sourceLocation: sourceLocation)
            #expect(summary["by_status"] as? [String: Int] == counts(lines, RunOutput.status), sourceLocation: sourceLocation)
            let failures = counts(lines) { line in
                RunOutput.status(line) == "failed" ? RunOutput.error(line).map { "\($0["stage"] as? String ?? "?")/\($0["code"] as? String ?? "?")" } : nil
            }
            #expect(summary["failures_by_code"] as? [String: Int] == failures, sourceLocation: sourceLocation)
            let skips = counts(lines) { RunOutput.status($0) == "skipped" ? ($0["reason"] as? [String: Any])?["code"] as? String : nil }
            #expect(summary["skips_by_code"] as? [String: Int] == skips, sourceLocation: sourceLocation)
            let bytes = lines.compactMap { $0["size"] as? Int }.reduce(0, +)
            #expect(summary["bytes"] as? Int == bytes, sourceLocation: sourceLocation)
            #expect((summary["seconds"] as? Double).map { $0 >= 0 } == true, sourceLocation: sourceLocation)
            #expect(summary["stopped_early"] as? Bool == false, sourceLocation: sourceLocation)
            #expect(summary["report"] as? String == report, sourceLocation: sourceLocation)
        }

        /// `ingest --json` over the samples, then again: one JSON object on standard output,
        /// and every count in it is what the report's lines add up to; the README's figures.
        @Test(.timeLimit(.minutes(2))) func ingestJSONIsOneObjectWhoseCountsMatchTheReport() async throws {
            let scratch = try TemporaryFolder()
            let state = scratch.path("state")
            let report = scratch.path("first.jsonl")
            let run = try await IntakeChild.run(
                ["ingest", Samples.root.path(percentEncoded: false), "--state", state, "--report", report, "--no-progress", "--json"], scratch: scratch)
            #expect(run.status == 1, "\(run.standardError)")
            let summary = try RunOutput.jsonObject(run.standardOutput)
            let lines = RunOutput.reportLines(URL(filePath: report))
            #expect(lines.count == Samples.expectations.count)
            Self.checkSummary(summary, against: lines, report: report)
            // The samples as the README counts them.
            let expected = Self.counts(Samples.expectations.map { ["status": $0.status] }, RunOutput.status)
            #expect(summary["by_status"] as? [String: Int] == expected)
            #expect(summary["failures_by_code"] as? [String: Int] == ["extract/pdf_damaged": 1, "extract/pdf_encrypted": 1])
            #expect(summary["skips_by_code"] as? [String: Int] == ["empty_file": 1])
            #expect(summary["poison_by_code"] as? [String: Int] == [:])
            let types = Self.counts(Samples.expectations.map { ["type": $0.type as Any] }) { $0["type"] as? String }
            #expect(summary["by_type"] as? [String: Int] == types, "every classified file, duplicates included")
            #expect(summary["sink"] as? String == "outbox " + state + "/outbox.sqlite")

            // Again: the files that ended are unchanged, the two broken PDFs go through again.
            let again = scratch.path("second.jsonl")
            let second = try await IntakeChild.run(
                ["ingest", Samples.root.path(percentEncoded: false), "--state", state, "--report", again, "--no-progress", "--json"], scratch: scratch)
            #expect(second.status == 1)
            let secondSummary = try RunOutput.jsonObject(second.standardOutput)
            Self.checkSummary(secondSummary, against: RunOutput.reportLines(URL(filePath: again)), report: again)
            #expect(secondSummary["by_status"] as? [String: Int] == ["unchanged": lines.count - 2, "failed": 2])
        }

        /// `status --json` and `retry --failed --json` after two runs over the samples.
        @Test(.timeLimit(.minutes(2))) func statusAndRetryJSONDescribeTheLedger() async throws {
            let scratch = try TemporaryFolder()
            let state = scratch.path("state")
            let samples = Samples.root.path(percentEncoded: false)
            for _ in 0..<2 {
                let run = try await IntakeChild.run(["ingest", samples, "--state", state, "--no-progress"], scratch: scratch)
                #expect(run.status == 1, "\(run.standardError)")
            }
            let status = try await RunOutput.ledgerStatus(state, scratch: scratch)
            #expect(Set(status.keys) == ["files_by_status", "runs", "last_run", "failures"], "keys: \(status.keys.sorted())")
            #expect(status["runs"] as? Int == 2)
            let byStatus = try #require(status["files_by_status"] as? [String: Int])
            #expect(byStatus.values.reduce(0, +) == Samples.expectations.count, "every file once, by its latest outcome")
            #expect(byStatus["failed"] == 2)
            #expect(byStatus["stored"] == Samples.expectations.filter { $0.status == "stored" }.count)
            let lastRun = try #require(status["last_run"] as? [String: Any])
            #expect(lastRun["id"] as? Int == 2)
            #expect(lastRun["arguments"] as? [String] == [samples])
            #expect(lastRun["stopped_early"] as? Bool == false)
            #expect(lastRun["files"] as? Int == Samples.expectations.count)
            #expect(lastRun["counts"] as? [String: Int] == ["unchanged": Samples.expectations.count - 2, "failed": 2])
            #expect((lastRun["configuration"] as? String)?.contains("sink=outbox") == true)
            for key in ["started_at", "finished_at"] {
                let text = try #require(lastRun[key] as? String, "\(key)")
                #expect((try? Date(text, strategy: .iso8601)) != nil, "\(key) is ISO 8601: \(text)")
            }
            let failures = try #require(status["failures"] as? [[String: Any]])
            #expect(Set(failures.compactMap { $0["code"] as? String }) == ["pdf_damaged", "pdf_encrypted"])
            for failure in failures {
                #expect(Set(failure.keys) == ["path", "code", "message", "run_id"])
                #expect((failure["path"] as? String)?.hasPrefix(samples) == true)
                #expect((failure["message"] as? String)?.isEmpty == false)
                #expect(failure["run_id"] as? Int == 2)
            }

            // retry --json prints the summary of the files it retried.
            let report = scratch.path("retry.jsonl")
            let retry = try await IntakeChild.run(["retry", "--failed", "--state", state, "--json", "--", "--no-progress", "--report", report], scratch: scratch)
            #expect(retry.status == 1, "\(retry.standardError)")
            let summary = try RunOutput.jsonObject(retry.standardOutput)
            Self.checkSummary(summary, against: RunOutput.reportLines(URL(filePath: report)), report: report)
            #expect(summary["files"] as? Int == 2)
            #expect(summary["failures_by_code"] as? [String: Int] == ["extract/pdf_damaged": 1, "extract/pdf_encrypted": 1])
        }

        /// `retry --failed --json` when nothing failed: the documented nothing-to-do object.
        @Test(.timeLimit(.minutes(1))) func retryJSONWithNothingToRetry() async throws {
            let scratch = try TemporaryFolder()
            let folder = try Corpus.notes(3, in: scratch)
            let state = scratch.path("state")
            let run = try await IntakeChild.run(["ingest", folder.path(percentEncoded: false), "--state", state, "--no-progress", "--min-confidence", "0"], scratch: scratch)
            #expect(run.status == 0, "\(run.standardError)")
            let retry = try await IntakeChild.run(["retry", "--failed", "--state", state, "--json"], scratch: scratch)
            #expect(retry.status == 0)
            let object = try RunOutput.jsonObject(retry.standardOutput)
            #expect(object["retried"] as? Int == 0)
            #expect(object["run"] as? Int == 1)
            #expect(object.count == 2)
        }

        /// `--max-pages` reaches the parser workers of the real `intake`: a long PDF is read
        /// for its first pages, and its report line says so.
        @Test(.timeLimit(.minutes(1))) func maxPagesSetsThePageBudgetOfARun() async throws {
            let scratch = try TemporaryFolder()
            let folder = scratch.url.appending(path: "docs/46d135bb-94cd-4998-aaf1-09517a6af8c6")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let pages = (1...30).map { ["Staff nurse, page \($0): ward rounds, medication rounds and patient notes, 2019 to 2024."] }
            try TextPDF.make(pages: pages).write(to: folder.appending(path: "history.pdf"))
            func pagesRead(_ more: [String]) async throws -> (read: Int?, complete: Bool?) {
                let report = scratch.path("report-\(more.joined()).jsonl")
                let run = try await IntakeChild.run(
                    ["ingest", scratch.path("docs"), "--dry-run", "--no-progress", "--report", report, "--min-confidence", "0"] + more, scratch: scratch)
                #expect(run.status == 0, "\(run.standardError)")
                let line = try RunOutput.jsonObject(try String(contentsOfFile: report, encoding: .utf8))
                #expect(line["pages"] as? Int == 30)
                return (line["pages_read"] as? Int, line["text_complete"] as? Bool)
            }
            let budget = try await pagesRead(["--max-pages", "4"])
            #expect(budget.read == 4)
            #expect(budget.complete == false)
            let every = try await pagesRead(["--max-pages", "0"])
            #expect(every.read == 30)
            #expect(every.complete == true)
        }

        /// `--stop-timeout` bounds the stop after a signal only: a run that reaches its end
        /// is recorded as ended, not stopped early, however short the bound.
        @Test(.timeLimit(.minutes(1))) func aRunThatEndsIsNotStoppedEarlyWhateverItsStopTimeout() async throws {
            let scratch = try TemporaryFolder()
            let folder = try Corpus.notes(6, in: scratch)
            let state = scratch.path("state")
            let run = try await IntakeChild.run(
                ["ingest", folder.path(percentEncoded: false), "--state", state, "--no-progress", "--min-confidence", "0", "--stop-timeout", "0"],
                scratch: scratch)
            #expect(run.status == 0, "\(run.standardError)")
            let status = try await IntakeChild.run(["status", "--state", state], scratch: scratch)
            #expect(status.standardOutput.contains(", ended "), "\(status.standardOutput)")
            #expect(!status.standardOutput.contains("stopped early"), "\(status.standardOutput)")
        }

        /// `inspect --json` prints the file's report line: every key of the README's table,
        /// and values that can be checked from the file itself (size, SHA-256, the candidate
        /// from its folder, the remote id by the README's formula).
        @Test(.timeLimit(.minutes(1))) func inspectJSONIsTheReportLineWithEveryDocumentedKey() async throws {
            let path = "46d135bb-94cd-4998-aaf1-09517a6af8c6/document1.pdf"
            let file = Samples.url(path)
            let scratch = try TemporaryFolder()
            let run = try await IntakeChild.run(["inspect", file.path(percentEncoded: false), "--json"], scratch: scratch)
            #expect(run.status == 0, "\(run.standardError)")
            let line = try RunOutput.jsonObject(run.standardOutput)
            let documented: Set<String> = [
                "path", "path_bytes", "status", "reason", "duplicate_of", "earlier", "error", "mime", "type", "confidence", "evidence",
                "sha256", "text_sha256", "remote_id", "candidate_id", "attachment_id", "sink", "size", "pages", "pages_read", "text_chars",
                "text_complete", "ocr",
                "duration_ms", "stages", "metadata",
            ]
            #expect(Set(line.keys) == documented, "keys: \(line.keys.sorted())")
            #expect(line["status"] as? String == "processed")
            #expect(line["mime"] as? String == "application/pdf")
            #expect(line["type"] as? String == "resume")
            let bytes = try Data(contentsOf: file)
            let sha = try await sha256Hex(of: file)
            #expect(line["sha256"] as? String == sha)
            #expect(line["size"] as? Int == bytes.count)
            #expect((line["pages"] as? Int ?? 0) >= 1)
            #expect((line["text_chars"] as? Int ?? 0) > 0)
            let candidate = "46d135bb-94cd-4998-aaf1-09517a6af8c6"
            #expect(line["candidate_id"] as? String == candidate)
            let preimage = try scratch.write("remote-id-preimage", text: "intake/remote-id/v1\n\(candidate)\n\(sha)")
            let digest = try await sha256Hex(of: preimage)
            #expect(line["remote_id"] as? String == "ik1-" + digest.prefix(32))
            for absent in ["path_bytes", "reason", "duplicate_of", "earlier", "error", "attachment_id", "sink", "metadata"] {
                #expect(line[absent] is NSNull, "\(absent) is null for a processed file")
            }
            let confidence = try #require(line["confidence"] as? Double)
            #expect((0...1).contains(confidence))
            let stages = try #require(line["stages"] as? [[String: Any]])
            #expect(stages.map { $0["stage"] as? String }.contains("extract"))
            #expect(stages.allSatisfy { Set($0.keys) == ["stage", "result", "ms", "notes"] })
        }
    }
}
