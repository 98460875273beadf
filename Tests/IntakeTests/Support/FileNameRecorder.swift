import Intake

/// A stage that notes the name of every file reaching it and passes it on: tests use it
/// to see which files got past the stages before it.
struct FileNameRecorder: Stage {
    let name: String
    let seen: EventLog<String>

    func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
        seen.append(document.file.fileName)
        return .proceed
    }
}
