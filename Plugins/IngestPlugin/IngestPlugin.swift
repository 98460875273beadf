import Foundation
import PackagePlugin

/// `swift package ingest PATH… [intake ingest options]`: builds the `intake` tool and runs
/// `intake ingest` with the arguments given. All the logic stays in the tool; this only
/// hands over the arguments, and picks a state folder inside the plugin's work directory
/// when none is given, so that trying it writes nothing into the package.
@main
struct IngestPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "intake")
        var toolArguments = ["ingest"] + arguments
        if !arguments.contains(where: { $0 == "--state" || $0.hasPrefix("--state=") || $0 == "--dry-run" }) {
            toolArguments += ["--state", context.pluginWorkDirectoryURL.appending(path: "state").path(percentEncoded: false)]
        }

        let process = Process()
        process.executableURL = tool.url
        process.arguments = toolArguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()

        switch (process.terminationReason, process.terminationStatus) {
        case (.exit, 0): break
        case (.exit, 1): Diagnostics.warning("some files failed; their lines in the report say why")
        case (.exit, let status): throw IngestFailed(description: "intake ingest exited with status \(status)")
        case (.uncaughtSignal, let signal): throw IngestFailed(description: "intake ingest was stopped by signal \(signal)")
        @unknown default: throw IngestFailed(description: "intake ingest ended abnormally")
        }
    }

    struct IngestFailed: Error, CustomStringConvertible {
        let description: String
    }
}
