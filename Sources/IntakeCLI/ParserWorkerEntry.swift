import IntakeEngine
import IntakeWorkers

/// `intake` as a parser worker: what `intake ingest` starts to parse files in isolation.
public enum ParserWorkerEntry {
    /// Whether this process was started as a parser worker.
    public static var isRequested: Bool { ParserWorker.isRequested }

    /// Serves the standard parsing stages until the parent closes the pipe.
    public static func serve() async {
        await ParserWorker.serve(stages: StandardPipeline.parsingStages())
    }
}
