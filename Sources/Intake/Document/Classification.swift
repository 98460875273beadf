/// The kinds of attachment the Endorsed API accepts.
public enum AttachmentType: String, Sendable, Hashable, CaseIterable, Codable {
    /// Prose about the candidate: a summary or biography.
    case about
    /// A full resume or CV.
    case resume
    /// What the candidate wants next: roles, pay, place, start date.
    case rolePreferences = "role_preferences"
    /// A list of past positions, without the rest of a resume.
    case workExperiences = "work_experiences"
}

/// The attachment type chosen for a document, how sure the choice is, and why.
public struct Classification: Sendable, Hashable {
    /// The chosen type.
    public let type: AttachmentType
    /// How sure the classifier is, from 0 (a guess) to 1 (certain).
    public let confidence: Double
    /// The score of every type; the chosen type has the highest.
    public let scores: [AttachmentType: Double]
    /// The signals that decided: those for the chosen type first, each group strongest first.
    public let evidence: [Evidence]

    public init(type: AttachmentType, confidence: Double, scores: [AttachmentType: Double], evidence: [Evidence]) {
        self.type = type
        self.confidence = confidence
        self.scores = scores
        self.evidence = evidence
    }

    /// The type with the second highest score, if any type besides the chosen one scored.
    /// Of types with the same score, the one listed first in `AttachmentType.allCases`,
    /// as for the chosen type: the same text always names the same runner-up.
    public var runnerUp: AttachmentType? {
        let others = AttachmentType.allCases.filter { $0 != type && (scores[$0] ?? 0) > 0 }
        // `max` keeps the first of equal elements.
        return others.max { (scores[$0] ?? 0) < (scores[$1] ?? 0) }
    }
}

/// One signal found in a document's text that speaks for an attachment type.
public struct Evidence: Sendable, Hashable, CustomStringConvertible {
    /// The type this signal speaks for.
    public let supports: AttachmentType
    /// A short stable name of the signal, such as `section:education` or `date-ranges`.
    public let signal: String
    /// What was found, as a reader would check it (a matched word, a count).
    public let detail: String
    /// How much the signal added to the type's score.
    public let weight: Double

    public init(supports: AttachmentType, signal: String, detail: String, weight: Double) {
        self.supports = supports
        self.signal = signal
        self.detail = detail
        self.weight = weight
    }

    public var description: String {
        "\(supports.rawValue) +\(weight.formatted(.number.precision(.fractionLength(1)))) \(signal) (\(detail))"
    }
}
