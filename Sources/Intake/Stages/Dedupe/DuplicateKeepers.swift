/// The documents a run kept, by their bytes' hash and their text's hash, each per
/// candidate: what a ``DuplicateRegistry`` looks a claim up in, held in memory.
///
/// A value, not a registry: ``InMemoryDuplicateRegistry`` keeps one under a lock, and a
/// registry that moves its claims elsewhere once they outgrow memory keeps the ones it
/// held before.
public struct DuplicateKeepers: Sendable {
    private struct Key: Hashable, Sendable {
        let candidateID: String?
        let hash: String
    }

    private var bytes: [Key: String] = [:]
    private var text: [Key: String] = [:]

    public init() {}

    /// How many documents are kept.
    public var count: Int { bytes.count }

    /// The kept document with the same bytes as `claim`, for the same candidate.
    public func sameBytes(as claim: DuplicateClaim) -> DuplicateReference? {
        bytes[Key(candidateID: claim.candidateID, hash: claim.contentSHA256)].map { DuplicateReference(firstPath: $0, match: .sameBytes) }
    }

    /// The kept document with the same text as `claim`, for the same candidate, when the
    /// claim has a text hash.
    public func sameText(as claim: DuplicateClaim) -> DuplicateReference? {
        guard let hash = claim.textSHA256 else { return nil }
        return text[Key(candidateID: claim.candidateID, hash: hash)].map { DuplicateReference(firstPath: $0, match: .sameText) }
    }

    /// The kept document `claim` repeats: the same bytes first, then the same text.
    public func earlier(than claim: DuplicateClaim) -> DuplicateReference? {
        sameBytes(as: claim) ?? sameText(as: claim)
    }

    /// Keeps `claim`'s document.
    public mutating func keep(_ claim: DuplicateClaim) {
        bytes[Key(candidateID: claim.candidateID, hash: claim.contentSHA256)] = claim.path
        if let hash = claim.textSHA256 { text[Key(candidateID: claim.candidateID, hash: hash)] = claim.path }
    }
}
