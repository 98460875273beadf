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

    @Test("The generator is SplitMix64: its published outputs, and unit values from their top 53 bits")
    func splitMix64() {
        // The reference outputs for seed 1234567 (Vigna's splitmix64.c) and the first for seed 0.
        var reference = SplitMix64(seed: 1_234_567)
        #expect((0..<5).map { _ in reference.next() } == [
            6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
            4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
        ])
        var zero = SplitMix64(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)

        var raw = SplitMix64(seed: 7)
        var unit = SplitMix64(seed: 7)
        for _ in 0..<100 {
            #expect(unit.nextUnitInterval() == Double(raw.next() >> 11) * 0x1.0p-53)
        }
    }

    @Test("Unit values lie in 0..<1 and spread over it")
    func spread() {
        var generator = SplitMix64(seed: 7)
        let values = (0..<10_000).map { _ in generator.nextUnitInterval() }
        #expect(values.allSatisfy { (0..<1).contains($0) })
        // Each tenth of the interval gets its share: 1,000 expected, 3 standard deviations either side.
        let tenths = Dictionary(grouping: values) { Int($0 * 10) }.mapValues(\.count)
        #expect(tenths.keys.sorted() == Array(0..<10))
        for (tenth, count) in tenths.sorted(by: { $0.key < $1.key }) {
            #expect((910...1090).contains(count), "tenth \(tenth): \(count)")
        }
    }

    @Test("Dice with the same seed meet the same faults; another seed meets others")
    func seededDice() {
        let faults = SandboxFaults(serverErrorRate: 0.2, landThenErrorRate: 0.2, dropRate: 0.2, rateLimitRate: 0.2)
        func rolls(seed: UInt64) -> [String] {
            let dice = FaultDice(faults: faults, seed: seed)
            return (0..<200).map { index in dice.roll(isWrite: index % 2 == 0)?.rawValue ?? "none" }
        }
        let first = rolls(seed: 7)
        #expect(first == rolls(seed: 7))
        #expect(first != rolls(seed: 8))
        // Every band is met, and a read never meets a land-then-error.
        #expect(Set(first) == ["server_error", "land_then_error", "drop", "rate_limit", "none"])
        #expect(!first.enumerated().contains { $0.offset % 2 == 1 && $0.element == "land_then_error" })
    }
}
