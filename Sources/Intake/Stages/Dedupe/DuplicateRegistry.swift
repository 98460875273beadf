import Synchronization

/// Remembers which content each candidate already has, so that the second copy of a
/// document ends as a duplicate naming the first.
///
/// # Implementation requirements
/// - ``claim(_:)`` is atomic: of two concurrent claims for the same key, exactly one
///   returns `nil` (it is first) and the other gets the first one's reference.
/// - Keys are per candidate: the same file for two different candidates is two
///   attachments, not a duplicate.
public protocol DuplicateRegistry: Sendable {
    /// Records `claim` unless its bytes or its text were claimed before; returns the earlier
    /// claim's reference in that case.
    func claim(_ claim: DuplicateClaim) async throws -> DuplicateReference?
}

/// What a document claims in a ``DuplicateRegistry``.
public struct DuplicateClaim: Sendable, Hashable {
    /// The candidate, or `nil` when none is known.
    public let candidateID: String?
    /// SHA-256 of the bytes.
    public let contentSHA256: String
    /// SHA-256 of the normalised text, when the text is long enough to compare.
    public let textSHA256: String?
    /// The path that claims, as the report shows it.
    public let path: String
    /// The file's absolute path, to tell a file from a copy of it elsewhere.
    public let absolutePath: String?

    public init(candidateID: String?, contentSHA256: String, textSHA256: String?, path: String, absolutePath: String? = nil) {
        self.candidateID = candidateID
        self.contentSHA256 = contentSHA256
        self.textSHA256 = textSHA256
        self.path = path
        self.absolutePath = absolutePath
    }
}

/// A ``DuplicateRegistry`` that lives as long as the run: duplicates within one run.
public final class InMemoryDuplicateRegistry: DuplicateRegistry {
    private let keepers = Mutex(DuplicateKeepers())

    public init() {}

    public func claim(_ claim: DuplicateClaim) async throws -> DuplicateReference? {
        keepers.withLock { keepers in
            if let earlier = keepers.earlier(than: claim) { return earlier }
            keepers.keep(claim)
            return nil
        }
    }
}
