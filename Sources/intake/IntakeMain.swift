import IntakeCLI

/// The `intake` executable: everything it does lives in the `IntakeCLI` library.
@main
struct IntakeMain {
    static func main() async {
        await IntakeCommand.main()
    }
}
