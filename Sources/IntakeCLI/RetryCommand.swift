import ArgumentParser
import Foundation
import Intake
import IntakeEngine

/// `intake retry --failed`: the files that failed in the last run, and the poison files
/// that earlier runs keep out; only those.
struct RetryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retry",
        abstract: "Run again the files that failed in the last run, and the poison files kept out since; only those.",
        discussion: """
            Reads the last run of the state folder's ledger: the paths it walked and the \
            files whose outcome was a failure. It walks the same paths again, by their \
            absolute paths (so candidates come out as they did), and takes only those files. \
            Files under a folder that could not be listed come back with the next full run. \
            Poison files — a parser timed out, crashed or ran out of memory on them, so runs \
            leave them out until they change — are retried too, whichever run failed them, \
            when they lie under the last run's paths. \
            The retry runs with the settings the last run recorded in the ledger: where it \
            sent (the endpoint and upload mode, with credentials from the environment as \
            before), the candidate rules, --min-confidence and the parsing budget. Options \
            after -- go to intake ingest as they are and win over those, such as --report, \
            or --endpoint to send elsewhere.

            Examples:
              intake retry --failed
              intake retry --failed --state /srv/intake/state -- --report retry.jsonl
            """
    )

    @Flag(name: .long, help: "Retry the files whose outcome in the last run was a failure.")
    var failed = false

    @Option(name: .long, help: "The state folder whose ledger to read.", completion: .directory)
    var state: String = ".intake"

    @Flag(name: .long, help: "Print the summary (or the nothing-to-do answer) as one JSON object.")
    var json = false

    @Argument(parsing: .postTerminator, help: "Options for intake ingest, after --.")
    var ingestOptions: [String] = []

    func validate() throws {
        guard failed else { throw ValidationError("say what to retry: --failed (the only choice for now).") }
        if ingestOptions.contains(where: { $0 == "--state" || $0.hasPrefix("--state=") }) {
            throw ValidationError("give --state before --, to retry itself.")
        }
    }

    func run() async throws {
        let status = try StatusCommand.readLedger(state)
        guard let last = status.lastRun else {
            Console.error("the ledger in \(state) has no run yet")
            throw IntakeExitCode.couldNotRun
        }
        let failures = status.failures.filter { failure in
            failure.runID == last.id || FileFailure.poisonCodes.contains(failure.code ?? "")
        }
        guard !failures.isEmpty else {
            if json { print(#"{"retried":0,"run":\#(last.id)}"#) } else { Console.print("Nothing to retry: no file failed in run \(last.id).") }
            return
        }
        if !json {
            Console.print("Retrying \(failures.count) file\(failures.count == 1 ? "" : "s") that failed in run \(last.id):")
            if last.settings == nil {
                Console.print("  run \(last.id) recorded no settings (an older Intake): the options after -- are all there is")
            }
        }
        let arguments = last.arguments + ingestOptions + ["--state", state] + (json ? ["--json"] : [])
        let ingest: IngestCommand
        do {
            ingest = try IngestCommand.parse(arguments)
        } catch {
            Console.error("\(IngestCommand.message(for: error))")
            throw IntakeExitCode.usage
        }
        let settings = RunSettings.decoded(last.settings)
        try await ingest.run(onlyFiles: Set(failures.map(\.path)), retrying: IngestCommand.Retry(settings: settings, givenOptions: Self.optionNames(in: ingestOptions)))
    }

    /// The option names given after `--` (`--endpoint`, from `--endpoint=…` too), which win
    /// over the retried run's settings.
    static func optionNames(in arguments: [String]) -> Set<String> {
        Set(arguments.filter { $0.hasPrefix("-") }.map { String($0.split(separator: "=", maxSplits: 1).first ?? "") })
    }
}
