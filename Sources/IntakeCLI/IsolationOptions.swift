import ArgumentParser
import IntakeWorkers

/// How `ingest` and `inspect` parse a candidate's bytes: in worker processes under a
/// budget per file (the default), or in this process.
struct IsolationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The most time one file may spend being parsed (sniff and extract together) before its worker is killed and the file fails with `timeout`.", valueName: "seconds"))
    var fileTimeout: Double = 60

    @Option(name: .long, help: ArgumentHelp("The memory ceiling of each parser worker (its address space, enforced by the kernel); a file that needs more fails with `out_of_memory`.", valueName: "MiB"))
    var workerMemory: Int = 1024

    @Flag(name: .long, help: "Parse files inside this process instead of in worker processes: a little faster, but a hostile file can then hang or crash the whole run.")
    var inProcess = false

    func validate() throws {
        if !(fileTimeout > 0 && fileTimeout <= 86_400) {
            throw ValidationError("--file-timeout must be more than 0 seconds and at most a day (86400).")
        }
        if !(64...1 << 20).contains(workerMemory) {
            throw ValidationError("--worker-memory must be from 64 MiB to 1048576 MiB (1 TiB).")
        }
    }

    /// The parser workers' set-up, `count` of them; `nil` with `--in-process`.
    func parserWorkers(count: Int) -> ParserWorkerPool.Configuration? {
        guard !inProcess else { return nil }
        return ParserWorkerPool.Configuration(
            workers: count,
            fileTimeout: .milliseconds(Int64(fileTimeout * 1000)),
            memoryLimitBytes: UInt64(workerMemory) << 20
        )
    }
}
