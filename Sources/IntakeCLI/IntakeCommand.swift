import ArgumentParser

/// The `intake` command: runs candidate documents through the pipeline.
public struct IntakeCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "intake",
        abstract: "Sniff, extract, classify, deduplicate and deliver candidate documents.",
        discussion: """
            Exit status of every command:
              0   every file ended without failing (uploaded, stored, duplicate, skipped)
              1   the run finished, and some files failed (each is in the report, with why)
              2   the run could not start or could not record its results
              64  the command line was wrong
              130 interrupted (SIGINT); 143 terminated (SIGTERM)
            """,
        version: "0.1.0",
        subcommands: [IngestCommand.self, InspectCommand.self, EvalCommand.self, StatusCommand.self, RetryCommand.self, SandboxCommand.self]
    )

    public init() {}
}

/// Exit statuses, documented in ``IntakeCommand``'s help.
enum IntakeExitCode {
    static let someFilesFailed = ExitCode(1)
    static let couldNotRun = ExitCode(2)
    static let usage = ExitCode(64)
    static let interrupted = ExitCode(130)
    static let terminated = ExitCode(143)
}
