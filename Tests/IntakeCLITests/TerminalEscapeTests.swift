import Foundation
import IntakeTestFixtures
import Testing

/// A file or folder name may hold an escape sequence (to retitle the terminal, hide lines
/// or write to the clipboard): no output meant for a person lets it through raw.
@Suite("Escape sequences in names never reach the terminal")
struct TerminalEscapeTests {
    /// OSC 0 (set the window title), then ESC [2K (erase the line).
    static let hostile = "\u{1B}]0;owned\u{07}\u{1B}[2K"

    @Test("ingest --verbose, status and retry print the names escaped", .timeLimit(.minutes(2)))
    func namesAreEscaped() async throws {
        let folder = try TemporaryFolder()
        let documents = "docs" + Self.hostile
        // A damaged PDF fails, so its name is listed by status and retried by retry.
        _ = try folder.write("\(documents)/cv\(Self.hostile).pdf", bytes: Data("%PDF-1.4\n1 0 obj broken".utf8))
        _ = try folder.write("\(documents)/about.txt", text: "I am a nurse who loves night shifts and long walks.")
        let state = folder.path("state")
        let ingest = try await ChildProcess.runIntake(["ingest", folder.path(documents), "--state", state, "--verbose", "--no-progress", "--in-process"])
        let status = try await ChildProcess.runIntake(["status", "--state", state])
        let retry = try await ChildProcess.runIntake(["retry", "--state", state, "--failed"])
        for (name, child) in [("ingest", ingest), ("status", status), ("retry", retry)] {
            let output = child.standardOutput + child.standardError
            #expect(!output.unicodeScalars.contains("\u{1B}"), "\(name) printed a raw escape: \(output.debugDescription)")
            #expect(!output.unicodeScalars.contains("\u{07}"), "\(name) printed a raw bell: \(output.debugDescription)")
        }
        #expect(ingest.status == 1, "\(ingest.standardError)")
        #expect(ingest.standardError.contains("\\u{1b}]0;owned"), "\(ingest.standardError)")
        #expect(status.standardOutput.contains("cv\\u{1b}]0;owned\\u{7}\\u{1b}[2K.pdf"), "\(status.standardOutput)")
        #expect(status.standardOutput.contains("paths: "), "\(status.standardOutput)")
        #expect(retry.standardOutput.contains("Retrying 1 file"), "\(retry.standardOutput)")
    }
}
