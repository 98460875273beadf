import Foundation
import Intake
import Testing

@testable import IntakeLedger

/// The `trail` column: each stage as `{"ms", "notes", "result", "stage"}`, for an operator
/// reading the ledger with `sqlite3`.
@Suite struct TrailJSONTests {
    @Test func eachStageIsARecordWithItsTimeResultAndNotes() throws {
        let trail = [
            StageRecord(stage: "sniff", result: .passed, durationNanoseconds: 1_234_567, notes: ["libmagic: text/plain"]),
            StageRecord(stage: "classify", result: .ended, durationNanoseconds: 0, notes: ["a \"quoted\" note", "é"]),
        ]
        let json = Ledger.trailJSON(trail)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(records.count == 2)
        #expect(records[0]["stage"] as? String == "sniff")
        #expect(records[0]["result"] as? String == "passed")
        #expect(records[0]["ms"] as? Double == 1.23)
        #expect(records[0]["notes"] as? [String] == ["libmagic: text/plain"])
        #expect(records[1]["result"] as? String == "ended")
        #expect(records[1]["notes"] as? [String] == ["a \"quoted\" note", "é"])
        // Keys in order, so that rows compare as text.
        #expect(json.hasPrefix(#"[{"ms":1.23,"notes":["libmagic: text/plain"],"result":"passed","stage":"sniff"}"#))
    }

    @Test func noStagesIsAnEmptyArray() {
        #expect(Ledger.trailJSON([]) == "[]")
    }
}
