import Foundation
import Intake
import IntakeTestFixtures
import IntakeTesting
import Testing
@testable import IntakeMagic

@Suite("SniffMIME with real libmagic")
struct SniffMIMETests {
    let harness = StageHarness(SniffMIME())

    /// Every non-empty sample with the type it must get, whatever its name says.
    static let sampleTypes: [(path: String, mimeType: String)] = [
        ("46d135bb-94cd-4998-aaf1-09517a6af8c6/document1.pdf", "application/pdf"),
        ("46d135bb-94cd-4998-aaf1-09517a6af8c6/history.txt", "application/pdf"),  // a PDF named .txt
        ("46d135bb-94cd-4998-aaf1-09517a6af8c6/preferences.txt", "text/plain"),  // UTF-16 LE
        ("46d135bb-94cd-4998-aaf1-09517a6af8c6/profile.md", "text/markdown"),
        ("6329b0c2-4914-453c-91b8-f0b4aa707851/Resume (1).pdf", "application/pdf"),
        ("6329b0c2-4914-453c-91b8-f0b4aa707851/about.md", "text/markdown"),
        ("6329b0c2-4914-453c-91b8-f0b4aa707851/positions.json", "application/json"),
        ("7f212128-cb0d-4d2f-b791-3cfae0f8c358/resume_old.pdf", "application/pdf"),  // truncated
        ("8431bdec-d02d-4a25-9bd3-78b1d5a42ff1/resume.html", "text/html"),
        ("8431bdec-d02d-4a25-9bd3-78b1d5a42ff1/scan0001.pdf", "application/pdf"),  // image-only
        ("a77895df-294b-4367-a238-be2ef8a212fc/application.pdf", "application/pdf"),  // encrypted
        ("dc36d74a-c3db-49a9-9170-d4ad97a619c8/notes.txt", "text/plain"),  // Latin-1
        ("unassigned/about-jordan.txt", "text/plain"),
    ]

    @Test("sample files get their type from their bytes", arguments: sampleTypes)
    func sampleFile(path: String, mimeType: String) async throws {
        let (result, document) = try await harness.run(onFileAt: Samples.url(path))
        guard case .proceed = result else {
            Issue.record("expected the document to proceed, got \(result)")
            return
        }
        #expect(document.mimeType == mimeType)
        #expect(document.mimeEvidence.first?.hasPrefix("libmagic: ") == true)
    }

    @Test("a sample Markdown file is corrected from libmagic's text/plain, with evidence")
    func markdownSampleEvidence() async throws {
        let (_, document) = try await harness.run(onFileAt: Samples.url("6329b0c2-4914-453c-91b8-f0b4aa707851/about.md"))
        #expect(document.mimeType == "text/markdown")
        #expect(document.mimeEvidence.count == 2)
        #expect(document.mimeEvidence.first == "libmagic: text/plain")
        #expect(document.mimeEvidence.last?.contains("text/markdown") == true)
    }

    @Test("the empty sample ends as skipped, empty_file")
    func emptySample() async throws {
        let (result, document) = try await harness.run(onFileAt: Samples.url("dc36d74a-c3db-49a9-9170-d4ad97a619c8/cover-letter.txt"))
        guard case .end(.skipped(let reason)) = result else {
            Issue.record("expected a skip, got \(result)")
            return
        }
        #expect(reason == .emptyFile)
        // libmagic reads the opened descriptor, for which it names an empty file so.
        #expect(document.mimeType == "application/x-empty")
        #expect(document.mimeEvidence.contains("libmagic: application/x-empty"))
    }

    @Test("a 0-byte file ends as skipped, empty_file, whatever its name")
    func generatedEmptyFile() async throws {
        let folder = try TemporaryFolder()
        for name in ["empty.pdf", "empty.md", "empty"] {
            let (result, _) = try await harness.run(onFileAt: try folder.write(name, bytes: Data()))
            guard case .end(.skipped(let reason)) = result else {
                Issue.record("\(name): expected a skip, got \(result)")
                continue
            }
            #expect(reason.code == "empty_file")
        }
    }

    @Test("a PDF behind HTTP headers is corrected to application/pdf")
    func pdfBehindHTTPHeaders() async throws {
        let folder = try TemporaryFolder()
        let resume = try Samples.bytes("6329b0c2-4914-453c-91b8-f0b4aa707851/resume.pdf")
        let file = try folder.write("download.bin", bytes: httpHeaders + resume)

        let (result, document) = try await harness.run(onFileAt: file)

        guard case .proceed = result else {
            Issue.record("expected the document to proceed, got \(result)")
            return
        }
        #expect(document.mimeType == "application/pdf")
        // The correction must have been needed: libmagic itself says something else.
        let libmagic = try #require(document.mimeEvidence.first)
        #expect(libmagic.hasPrefix("libmagic: "))
        #expect(libmagic != "libmagic: application/pdf")
        #expect(document.mimeEvidence.last == "%PDF- header at byte \(httpHeaders.count): application/pdf")
    }

    @Test("an HTML page that mentions %PDF-1.4 stays text/html")
    func htmlMentioningPDFHeader() async throws {
        let folder = try TemporaryFolder()
        let page = "<!DOCTYPE html>\n<html><body><h1>Jane Doe</h1><p>I fixed readers of files that start with %PDF-1.4.</p></body></html>\n"
        let (_, document) = try await harness.run(onFileAt: try folder.write("about.html", text: page))
        #expect(document.mimeEvidence == ["libmagic: text/html"])
        #expect(document.mimeType == "text/html")
    }

    @Test("a PDF header beyond the first 1024 bytes is not taken for one")
    func pdfHeaderTooFarIn() async throws {
        let folder = try TemporaryFolder()
        let padding = Data(String(repeating: "X-Padding: \(String(repeating: "a", count: 60))\r\n", count: 20).utf8)
        #expect(padding.count > 1024)
        let resume = try Samples.bytes("6329b0c2-4914-453c-91b8-f0b4aa707851/resume.pdf")
        let file = try folder.write("far.bin", bytes: padding + resume)

        let (_, document) = try await harness.run(onFileAt: file)

        #expect(document.mimeType != "application/pdf")
        #expect(document.mimeEvidence.count == 1)
    }

    @Test("Markdown that libmagic calls a script becomes text/markdown", arguments: [
        ("notes.md", "import os\nfrom pathlib import Path\n\n# About me\n", "text/x-script.python"),
        ("intro.markdown", "# Jane\n\nimport data from the old system, then ship it.\n", "application/javascript"),
        ("PROFILE.MD", "# Jane Doe\n\nI design onboarding flows.\n", "text/plain"),
    ])
    func markdownCorrections(name: String, text: String, libmagicSays: String) async throws {
        let folder = try TemporaryFolder()
        let (_, document) = try await harness.run(onFileAt: try folder.write(name, text: text))
        #expect(document.mimeEvidence.first == "libmagic: \(libmagicSays)")
        #expect(document.mimeType == "text/markdown")
        #expect(document.mimeEvidence.count == 2)
    }

    @Test("text not named .md keeps libmagic's answer")
    func scriptTextKeepsItsType() async throws {
        let folder = try TemporaryFolder()
        let (_, document) = try await harness.run(onFileAt: try folder.write("notes.txt", text: "import os\nfrom pathlib import Path\n"))
        #expect(document.mimeType == "text/x-script.python")
        #expect(document.mimeEvidence == ["libmagic: text/x-script.python"])
    }

    @Test("PNG bytes are image/png whatever the name says", arguments: ["image.png", "resume.pdf", "about.md"])
    func pngHeaderBytes(name: String) async throws {
        let folder = try TemporaryFolder()
        let (result, document) = try await harness.run(onFileAt: try folder.write(name, bytes: pngHeader))
        guard case .proceed = result else {
            Issue.record("expected the document to proceed, got \(result)")
            return
        }
        #expect(document.mimeType == "image/png")
        #expect(document.mimeEvidence == ["libmagic: image/png"])
    }

    @Test("a missing file fails with the code not_found, before libmagic is asked")
    func missingFile() async throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appending(path: "gone.pdf")

        let error = await #expect(throws: FileAccessError.self) {
            try await harness.run(onFileAt: missing)
        }
        #expect(error?.code == "not_found")
        #expect(error?.message.contains("gone.pdf is gone") == true)
        // The runner's view of it.
        let failure = FileFailure(stage: "sniff", error: try #require(error))
        #expect(failure.code == "not_found")
    }

    /// Root reads every file, and CI runs as root: there the test runs again in a copy of
    /// the test process started as an unprivileged user, for whom the file is shut. The
    /// real `intake inspect` meets the same file too.
    @Test("an unreadable file fails with the code unreadable")
    func unreadableFile() async throws {
        if geteuid() == 0 {
            try await ChildProcess.rerunTestUnprivileged("SniffMIMETests/unreadableFile")
            return
        }
        let folder = try TemporaryFolder()
        let file = try folder.write("secret.pdf", bytes: Data("%PDF-1.4\n".utf8))
        let path = file.path(percentEncoded: false)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        let message = "cannot read \(path): \(String(cString: strerror(EACCES)))"

        // The one open of the file, before libmagic is asked, is refused.
        let error = await #expect(throws: FileAccessError.self) {
            try await harness.run(onFileAt: file)
        }
        #expect(error?.code == "unreadable")
        #expect(error?.message == message)

        let run = try await ChildProcess.runIntake(["inspect", path, "--in-process", "--json"], atMost: .seconds(60))
        #expect(run.status == 1, "\(run.standardError)")
        let line = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any], "\(run.standardOutput)")
        let reported = try #require(line["error"] as? [String: Any], "\(line)")
        #expect(reported["stage"] as? String == "sniff")
        #expect(reported["code"] as? String == "unreadable")
        #expect(reported["message"] as? String == message)
        #expect(line["mime"] is NSNull)
    }

    @Test("the evidence reaches the trail through a pipeline")
    func evidenceInTrail() async throws {
        let pipeline = Pipeline { SniffMIME() }
        let file = InputFile(url: Samples.url("46d135bb-94cd-4998-aaf1-09517a6af8c6/profile.md"))
        let outcome = await pipeline.process(file, context: harness.context)
        #expect(outcome.status == .processed)
        let record = try #require(outcome.document.trail.first)
        #expect(record.stage == "sniff")
        #expect(record.notes == outcome.document.mimeEvidence)
    }

    @Test("64 concurrent sniffs over 8 cookies give the serial answers")
    func concurrentSniffs() async throws {
        let folder = try TemporaryFolder()
        let resume = try Samples.bytes("6329b0c2-4914-453c-91b8-f0b4aa707851/resume.pdf")
        let files: [URL] = [
            Samples.url("46d135bb-94cd-4998-aaf1-09517a6af8c6/history.txt"),
            Samples.url("46d135bb-94cd-4998-aaf1-09517a6af8c6/profile.md"),
            Samples.url("6329b0c2-4914-453c-91b8-f0b4aa707851/positions.json"),
            Samples.url("8431bdec-d02d-4a25-9bd3-78b1d5a42ff1/resume.html"),
            Samples.url("dc36d74a-c3db-49a9-9170-d4ad97a619c8/notes.txt"),
            Samples.url("dc36d74a-c3db-49a9-9170-d4ad97a619c8/cover-letter.txt"),
            try folder.write("download.bin", bytes: httpHeaders + resume),
            try folder.write("image.pdf", bytes: pngHeader),
        ]

        let serialStage = SniffMIME()
        var serial: [URL: [String]] = [:]
        for file in files {
            let (_, document) = try await StageHarness(serialStage).run(onFileAt: file)
            serial[file] = document.mimeEvidence + [document.mimeType ?? "-"]
        }

        // Eight blocking threads, so up to eight cookies are in use at the same moment.
        let stage = SniffMIME()
        var eightThreads = StageHarness(stage)
        eightThreads.context = StageContext(logger: harness.context.logger, blocking: BlockingPool(threadCount: 8))
        let harness = eightThreads
        let concurrent = try await withThrowingTaskGroup(of: (URL, [String]).self) { group in
            for index in 0..<64 {
                let file = files[index % files.count]
                group.addTask {
                    let (_, document) = try await harness.run(onFileAt: file)
                    return (file, document.mimeEvidence + [document.mimeType ?? "-"])
                }
            }
            var answers: [(URL, [String])] = []
            for try await answer in group { answers.append(answer) }
            return answers
        }

        #expect(concurrent.count == 64)
        for (file, answer) in concurrent {
            #expect(answer == serial[file], "\(file.lastPathComponent)")
        }
        // Cookies are reused, never more than one per blocking thread.
        #expect(stage.cookieCount >= 1)
        #expect(stage.cookieCount <= 8)
    }
}
