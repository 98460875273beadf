import ArgumentParser
import Testing

@testable import IntakeCLI

/// `intake sandbox`'s command line: fault rates are shares of one roll and are checked.
@Suite struct SandboxCommandTests {
    func message(_ arguments: [String]) -> String? {
        do {
            _ = try SandboxCommand.parse(arguments)
            return nil
        } catch {
            return SandboxCommand.message(for: error)
        }
    }

    @Test func faultRatesAreChecked() {
        #expect(message(["--server-errors", "0.2", "--land-then-error", "0.1", "--drops", "0.05", "--rate-limits", "0.1"]) == nil)
        #expect(message(["--server-errors", "0.7", "--land-then-error", "0.2", "--drops", "0.1"]) == nil)
        #expect(message(["--server-errors", "0.6", "--drops", "0.5"])?.contains("add up to") == true)
        #expect(message(["--rate-limits", "1.5"])?.contains("between 0 and 1") == true)
        #expect(message(["--port", "70000"]) != nil)
        #expect(message(["--access-token", "two words"]) != nil)
    }
}
