import ArgumentParser
import Foundation
import Intake
import IntakeLedger

/// `intake status`: what the ledger of a state folder holds.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show what earlier runs did: files by outcome, the last run, and the failures.",
        discussion: """
            Reads the ledger of the state folder; nothing is sent. Each file counts once, \
            with the outcome of the last run that processed it.

            Examples:
              intake status
              intake status --state /srv/intake/state --json
            """
    )

    @Option(name: .long, help: "The state folder whose ledger to read.", completion: .directory)
    var state: String = ".intake"

    @Flag(name: .long, help: "Print one JSON object instead of text.")
    var json = false

    func run() throws {
        let status = try Self.readLedger(state)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            encoder.keyEncodingStrategy = .convertToSnakeCase
            print(String(decoding: try encoder.encode(status), as: UTF8.self))
        } else {
            Console.print(Self.text(status))
        }
    }

    /// What the ledger of `state` holds, read without the folder lock; a missing or
    /// unreadable ledger ends the command with exit status 2 and says why.
    static func readLedger(_ state: String) throws -> LedgerStatus {
        let stateDirectory = URL(filePath: state)
        guard FileManager.default.fileExists(atPath: stateDirectory.appending(path: "ledger.sqlite").path(percentEncoded: false)) else {
            Console.error("no ledger in \(state): no run has used this state folder yet")
            throw IntakeExitCode.couldNotRun
        }
        do {
            return try Ledger(stateDirectory: stateDirectory, readOnly: true).status()
        } catch {
            Console.error("\(error)")
            throw IntakeExitCode.couldNotRun
        }
    }

    static func text(_ status: LedgerStatus) -> String {
        var lines: [String] = []
        let total = status.filesByStatus.values.reduce(0, +)
        lines.append("Ledger: \(total) files over \(status.runs) run\(status.runs == 1 ? "" : "s")")
        // The ledger keeps final outcomes: a file's latest is never `unchanged` or `processed`.
        for name in OutcomeStatus.allCases.map(\.rawValue) {
            guard let count = status.filesByStatus[name] else { continue }
            lines.append("  " + name.padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: "%5d", count))
        }
        if let run = status.lastRun {
            var line = "Last run \(run.id): started \(run.startedAt.ISO8601Format())"
            if let finished = run.finishedAt {
                line += ", ended \(finished.ISO8601Format())"
                if run.stoppedEarly == true { line += " (stopped early)" }
            } else {
                line += ", not ended (running, or killed)"
            }
            lines.append(line)
            lines.append("  paths: " + run.arguments.joined(separator: " "))
            if let counts = run.counts, !counts.isEmpty {
                lines.append("  outcomes: " + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            }
        }
        let poison = status.failures.filter { FileFailure.poisonCodes.contains($0.code ?? "") }
        let others = status.failures.filter { !FileFailure.poisonCodes.contains($0.code ?? "") }
        if !others.isEmpty {
            lines.append("Failed (\(others.count)); the next run tries them again:")
            for failure in others {
                lines.append("  \(failure.path): \(failure.code ?? "error"): \(failure.message ?? "")")
            }
        }
        if !poison.isEmpty {
            lines.append("Poison files (\(poison.count)): a parser hung, crashed or ran out of memory on them; runs leave them out until they change, and intake retry --failed tries them:")
            for failure in poison {
                lines.append("  \(failure.path): \(failure.code ?? "error"): \(failure.message ?? "") (run \(failure.runID))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
