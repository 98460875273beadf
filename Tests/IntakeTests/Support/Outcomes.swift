import Intake
import Testing

extension FileOutcome.Status {
    /// The failure, when the status is `failed`.
    var failure: FileFailure? {
        if case .failed(let failure) = self { return failure }
        return nil
    }

    /// The skip reason, when the status is `skipped`.
    var skipReason: SkipReason? {
        if case .skipped(let reason) = self { return reason }
        return nil
    }
}

extension StageResult {
    /// The skip reason, when the stage ended the trip as skipped.
    var skipReason: SkipReason? {
        if case .end(.skipped(let reason)) = self { return reason }
        return nil
    }

    var proceeded: Bool {
        if case .proceed = self { return true }
        return false
    }
}

/// Runs `body` and returns the code of the ``ReportableError`` it threw, `nil` if it threw
/// nothing; records an issue if it threw anything else.
func reportableCode(_ body: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) async -> String? {
    do {
        try await body()
        return nil
    } catch let error as any ReportableError {
        return error.code
    } catch {
        Issue.record("expected a ReportableError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
