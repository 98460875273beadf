import Testing

@testable import EndorsedSandbox

@Suite("The fault dice")
struct FaultDiceTests {
    @Test("Rates are stacked bands in the documented order")
    func bands() {
        let faults = SandboxFaults(serverErrorRate: 0.1, landThenErrorRate: 0.2, dropRate: 0.3, rateLimitRate: 0.1)
        #expect(FaultDice.fault(for: 0.05, faults: faults, isWrite: true) == .serverError)
        #expect(FaultDice.fault(for: 0.15, faults: faults, isWrite: true) == .landThenError)
        #expect(FaultDice.fault(for: 0.15, faults: faults, isWrite: false) == nil)
        #expect(FaultDice.fault(for: 0.45, faults: faults, isWrite: false) == .drop)
        #expect(FaultDice.fault(for: 0.65, faults: faults, isWrite: true) == .rateLimit)
        #expect(FaultDice.fault(for: 0.75, faults: faults, isWrite: true) == nil)
        #expect(FaultDice.fault(for: 0.999, faults: SandboxFaults(dropRate: 1), isWrite: false) == .drop)
    }

    @Test("A seed gives the same rolls")
    func seeded() {
        var first = SplitMix64(seed: 7)
        var second = SplitMix64(seed: 7)
        let a = (0..<100).map { _ in first.nextUnitInterval() }
        #expect(a == (0..<100).map { _ in second.nextUnitInterval() })
        #expect(a.allSatisfy { (0..<1).contains($0) })
    }
}
