import IntakeCLI

/// The `intake` executable: everything it does lives in the `IntakeCLI` library.
@main
struct IntakeMain {
    static func main() async {
        // Started by `intake ingest` as one of its parser workers: serve, and nothing else.
        if ParserWorkerEntry.isRequested {
            await ParserWorkerEntry.serve()
            return
        }
        await IntakeCommand.main()
    }
}
