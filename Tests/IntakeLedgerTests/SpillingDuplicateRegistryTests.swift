import Intake
import IntakeLedger
import IntakeTestFixtures
import Testing

/// The run's registry of keepers, in memory and then in its temporary database: it finds
/// the same duplicates as the in-memory registry, on both sides of the spill.
@Suite struct SpillingDuplicateRegistryTests {
    static func claim(_ index: Int, candidate: String? = "c1", bytes: String? = nil, text: String? = nil) -> DuplicateClaim {
        DuplicateClaim(
            candidateID: candidate, contentSHA256: bytes ?? "bytes-\(index)", textSHA256: text ?? "text-\(index)", path: "doc-\(index).txt"
        )
    }

    @Test func copiesOfDocumentsKeptInMemoryAndOfThoseKeptOnDiskAreBothFound() async throws {
        let registry = SpillingDuplicateRegistry(inMemoryLimit: 3)
        for index in 0..<10 {
            #expect(try await registry.claim(Self.claim(index)) == nil)
        }
        #expect(registry.hasSpilled)
        // The same bytes as a document kept in memory, and as one kept on disk.
        #expect(try await registry.claim(Self.claim(20, bytes: "bytes-1")) == DuplicateReference(firstPath: "doc-1.txt", match: .sameBytes))
        #expect(try await registry.claim(Self.claim(21, bytes: "bytes-8")) == DuplicateReference(firstPath: "doc-8.txt", match: .sameBytes))
        // The same text, either side.
        #expect(try await registry.claim(Self.claim(22, text: "text-2")) == DuplicateReference(firstPath: "doc-2.txt", match: .sameText))
        #expect(try await registry.claim(Self.claim(23, text: "text-9")) == DuplicateReference(firstPath: "doc-9.txt", match: .sameText))
        // Another candidate's copy is theirs to keep.
        #expect(try await registry.claim(Self.claim(24, candidate: "c2", bytes: "bytes-8", text: "text-8")) == nil)
        #expect(try await registry.claim(Self.claim(25, candidate: "c2", bytes: "bytes-8")) == DuplicateReference(firstPath: "doc-24.txt", match: .sameBytes))
    }

    @Test func aSmallRunNeverSpills() async throws {
        let registry = SpillingDuplicateRegistry(inMemoryLimit: 100)
        for index in 0..<50 { _ = try await registry.claim(Self.claim(index)) }
        #expect(!registry.hasSpilled)
    }

    /// A seeded stream of claims over a few hashes, candidates and texts: every answer is
    /// the in-memory registry's, whatever the limit.
    @Test(arguments: [0, 1, 7, 40])
    func answersAsTheInMemoryRegistryDoes(limit: Int) async throws {
        let spilling = SpillingDuplicateRegistry(inMemoryLimit: limit)
        let reference = InMemoryDuplicateRegistry()
        var generator = SeededGenerator(seed: UInt64(limit) + 1)
        for index in 0..<400 {
            let text = Int.random(in: 0..<4, using: &generator) == 0 ? nil : "text-\(Int.random(in: 0..<60, using: &generator))"
            let claim = DuplicateClaim(
                candidateID: ["a", "b", nil].randomElement(using: &generator)!,
                contentSHA256: "bytes-\(Int.random(in: 0..<120, using: &generator))", textSHA256: text, path: "doc-\(index)"
            )
            let expected = try await reference.claim(claim)
            #expect(try await spilling.claim(claim) == expected, "claim \(index)")
        }
        #expect(spilling.hasSpilled)
    }

    @Test func ofConcurrentClaimsForOneDocumentAfterTheSpillExactlyOneIsFirst() async throws {
        let registry = SpillingDuplicateRegistry(inMemoryLimit: 2)
        for index in 0..<5 { _ = try await registry.claim(Self.claim(index)) }
        let firsts = try await withThrowingTaskGroup(of: Bool.self) { group in
            for copy in 0..<100 {
                group.addTask { try await registry.claim(Self.claim(1000 + copy, bytes: "shared", text: "shared-text")) == nil }
            }
            return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(firsts == 1)
    }
}
