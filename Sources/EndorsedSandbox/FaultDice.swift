import Synchronization

/// Decides which fault, if any, an attachment call meets: one roll per call, from a seeded
/// generator behind a lock, so that the same seed and the same sequence of calls meet
/// the same faults. The faults can be changed while the sandbox runs.
final class FaultDice: Sendable {
    private struct State {
        var generator: SplitMix64
        /// The token call's own generator, so that token calls never shift the rolls of
        /// attachment calls.
        var tokenGenerator: SplitMix64
        var faults: SandboxFaults
    }

    private let state: Mutex<State>

    /// `seed` `nil` seeds from the system's random source.
    init(faults: SandboxFaults, seed: UInt64?) {
        var system = SystemRandomNumberGenerator()
        let seed = seed ?? system.next()
        state = Mutex(State(generator: SplitMix64(seed: seed), tokenGenerator: SplitMix64(seed: ~seed), faults: faults))
    }

    /// The faults in force.
    var faults: SandboxFaults {
        state.withLock { $0.faults }
    }

    /// Replaces the faults; the generator goes on where it was.
    func setFaults(_ faults: SandboxFaults) {
        state.withLock { $0.faults = faults }
    }

    /// Rolls once for a call and says which fault it meets. The bands are stacked in the
    /// order of ``SandboxFaults``; a read that rolls into the land-then-error band meets
    /// no fault, so that adding writes to a run does not shift the reads' faults.
    func roll(isWrite: Bool) -> InjectedFault? {
        let (value, faults) = state.withLock { state in
            (state.generator.nextUnitInterval(), state.faults)
        }
        return Self.fault(for: value, faults: faults, isWrite: isWrite)
    }

    /// Rolls once for a token call and says which fault it meets: ``InjectedFault/tokenError``,
    /// ``InjectedFault/tokenDrop`` or none.
    func rollToken() -> InjectedFault? {
        let (value, faults) = state.withLock { state in
            (state.tokenGenerator.nextUnitInterval(), state.faults)
        }
        return Self.tokenFault(for: value, faults: faults)
    }

    /// The fault a token call's roll of `value` (in `0..<1`) meets under `faults`.
    static func tokenFault(for value: Double, faults: SandboxFaults) -> InjectedFault? {
        var upper = clamp(faults.tokenErrorRate)
        if value < upper { return .tokenError }
        upper += clamp(faults.tokenDropRate)
        if value < upper { return .tokenDrop }
        return nil
    }

    /// The fault a roll of `value` (in `0..<1`) meets under `faults`.
    static func fault(for value: Double, faults: SandboxFaults, isWrite: Bool) -> InjectedFault? {
        var upper = 0.0
        upper += clamp(faults.serverErrorRate)
        if value < upper { return .serverError }
        upper += clamp(faults.landThenErrorRate)
        if value < upper { return isWrite ? .landThenError : nil }
        upper += clamp(faults.dropRate)
        if value < upper { return .drop }
        upper += clamp(faults.rateLimitRate)
        if value < upper { return .rateLimit }
        upper += clamp(faults.partialBodyDropRate)
        if value < upper { return isWrite ? .partialBodyDrop : nil }
        return nil
    }

    /// A rate outside `0...1` (or NaN) counts as the nearest sensible one.
    private static func clamp(_ rate: Double) -> Double {
        rate.isNaN ? 0 : min(max(rate, 0), 1)
    }
}
