@testable import EndorsedSandbox
import Foundation
import Synchronization

/// A seeded mutation fuzzer: it takes seed inputs, mutates them the ways parsers break —
/// bytes flipped, chunks cut, doubled, spliced, structural bytes dropped in — and hands
/// each mutant to a target, until its time or its number of rounds runs out.
///
/// Before a target runs, the input is written to `current.bin` in the output folder, so
/// that when the target crashes the process, the input that crashed it is on disk for
/// `scripts/fuzz` to keep. A target that takes longer than `hangAfter` on one input
/// aborts the process the same way, with the input left as `current.bin`.
struct MutationFuzzer {
    let name: String
    let seeds: [[UInt8]]
    let outputFolder: URL
    var rounds: Int
    var duration: Duration
    var hangAfter: Duration = .seconds(10)
    var maximumLength = 1 << 20

    /// Bytes that mean something to one parser or another.
    static let structural: [[UInt8]] = [
        [0x00], [0xFF], [0x80], [0xC3], [0xE9], [0x0A], [0x0D, 0x0A], Array("\"".utf8), Array("\\".utf8), Array("{".utf8),
        Array("}".utf8), Array("[".utf8), Array("]".utf8), Array(",".utf8), Array(";".utf8), Array(":".utf8), Array("<".utf8),
        Array(">".utf8), Array("</".utf8), Array("<!--".utf8), Array("&#".utf8), Array("{\\rtf1".utf8), Array("\\'".utf8),
        Array("\\u".utf8), Array("\\bin".utf8), Array("- ".utf8), Array("--".utf8), Array("PK\u{03}\u{04}".utf8),
        Array("PK\u{01}\u{02}".utf8), Array("PK\u{05}\u{06}".utf8), [0xFF, 0xFF, 0xFF, 0xFF], [0x00, 0x00, 0x00, 0x80],
    ]

    /// What a run did.
    struct Summary: CustomStringConvertible {
        var inputs = 0
        var failures = 0
        var description: String { "\(inputs) inputs, \(failures) refused with an error" }
    }

    /// Runs `target` on mutants until the time or the rounds run out. `target` throws for
    /// an input it refuses (that is fine); crashing or hanging is what is looked for.
    func run(seed: UInt64, _ target: ([UInt8]) async throws -> Void) async throws -> Summary {
        precondition(!seeds.isEmpty, "a fuzzer needs seeds")
        try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
        let current = outputFolder.appending(path: "current.bin")
        let watchdog = Watchdog(name: name, limit: hangAfter)
        var random = SplitMix64(seed: seed)
        var summary = Summary()
        let deadline = ContinuousClock.now + duration
        for round in 0..<rounds {
            if round % 64 == 0 && ContinuousClock.now >= deadline { break }
            var input = seeds[Int(random.next() % UInt64(seeds.count))]
            for _ in 0..<(1 + Int(random.next() % 4)) {
                mutate(&input, with: &random)
            }
            try Data(input).write(to: current)
            summary.inputs += 1
            watchdog.arm()
            do { try await target(input) } catch { summary.failures += 1 }
            watchdog.disarm()
        }
        watchdog.finish()
        try? FileManager.default.removeItem(at: current)
        return summary
    }

    private func mutate(_ input: inout [UInt8], with random: inout SplitMix64) {
        let count = input.count
        func position() -> Int { count == 0 ? 0 : Int(random.next() % UInt64(count)) }
        switch random.next() % 9 {
        case 0 where count > 0:
            input[position()] ^= UInt8(1 << (random.next() % 8))
        case 1 where count > 0:
            input[position()] = UInt8(truncatingIfNeeded: random.next())
        case 2:
            let bytes = Self.structural[Int(random.next() % UInt64(Self.structural.count))]
            input.insert(contentsOf: bytes, at: position())
        case 3 where count > 1:
            let start = position()
            let end = min(count, start + 1 + Int(random.next() % 64))
            input.removeSubrange(start..<end)
        case 4 where count > 1:
            let start = position()
            let end = min(count, start + 1 + Int(random.next() % 256))
            let chunk = Array(input[start..<end])
            for _ in 0..<(1 + Int(random.next() % 8)) where input.count < maximumLength {
                input.insert(contentsOf: chunk, at: start)
            }
        case 5 where count > 0:
            input.removeSubrange(position()...)
        case 6:
            let other = seeds[Int(random.next() % UInt64(seeds.count))]
            guard !other.isEmpty else { return }
            let from = Int(random.next() % UInt64(other.count))
            let piece = other[from..<min(other.count, from + 1 + Int(random.next() % 512))]
            input.insert(contentsOf: piece, at: position())
        case 7 where count > 3:
            // A length or offset field gone wild: four bytes set to an extreme value.
            let at = min(position(), count - 4)
            let value: [UInt8] = random.next() % 2 == 0 ? [0xFF, 0xFF, 0xFF, 0x7F] : [0x00, 0x00, 0x00, 0x00]
            input.replaceSubrange(at..<at + 4, with: value)
        default:
            let bytes = Self.structural[Int(random.next() % UInt64(Self.structural.count))]
            let repeats = 1 + Int(random.next() % 512)
            for _ in 0..<repeats where input.count < maximumLength { input.insert(contentsOf: bytes, at: position()) }
        }
        if input.count > maximumLength { input.removeSubrange(maximumLength...) }
    }
}

/// Aborts the process when one input runs past its limit, so a hang is found like a crash.
final class Watchdog: Sendable {
    private let armedAt = Mutex<ContinuousClock.Instant?>(nil)
    private let finished = Atomic<Bool>(false)

    init(name: String, limit: Duration) {
        let thread = Thread { [self] in
            while !finished.load(ordering: .relaxed) {
                Thread.sleep(forTimeInterval: 0.25)
                if let since = armedAt.withLock({ $0 }), ContinuousClock.now - since > limit {
                    FileHandle.standardError.write(Data("fuzz: \(name) spent over \(limit) on one input: a hang\n".utf8))
                    abort()
                }
            }
        }
        thread.start()
    }

    func arm() { armedAt.withLock { $0 = .now } }
    func disarm() { armedAt.withLock { $0 = nil } }
    /// Ends the watch: its thread stops within a quarter of a second.
    func finish() { finished.store(true, ordering: .relaxed) }
}
