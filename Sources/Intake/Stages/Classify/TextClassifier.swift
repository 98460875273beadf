import Foundation

/// Chooses an ``AttachmentType`` for a text from its content alone — structure (headings,
/// date ranges, contact details, sums of money, prose, letters), vocabulary, and the keys
/// of structured formats — in English, Spanish, German and French.
///
/// Every signal found adds points to the types it speaks for and is kept as
/// ``Evidence``. The confidence is the chosen type's share of a softmax over the scores,
/// so it is high only when one type clearly leads.
///
/// ```swift
/// let classification = TextClassifier().classify(text)
/// print(classification.type, classification.confidence, classification.evidence.prefix(3))
/// ```
public struct TextClassifier: Sendable {
    /// Only this much of a text is read: candidates' documents are short (a two-page
    /// resume is some 6,000 characters), and a 500-page manual is decided by its first
    /// pages as well as by all of them. Reading more cost time on every long document.
    public static let maximumCharacters = 20_000

    /// Spread of the softmax: a lead of this many points makes the leader about e
    /// (2.7) times as likely as the second.
    static let temperature = 2.0

    public init() {}

    /// Classifies `text`.
    public func classify(_ text: String) -> Classification {
        let features = TextFeatures(text: text)
        // Found once: several signals ask whether the text sits in a resume's frame.
        let resumeSections = sectionsFound(ClassifierVocabulary.resumeSections, in: features)
        var tally = Tally()
        // What the text holds, signal by signal…
        scoreSections(features, resumeSections: resumeSections, into: &tally)
        scoreDates(features, into: &tally)
        scoreContact(features, into: &tally)
        scoreAmounts(features, into: &tally)
        scoreVocabulary(features, into: &tally)
        scoreKeys(features, into: &tally)
        scoreLetter(features, into: &tally)
        // …then what the signals mean together.
        let narrative = careerNarrative(features, inResumeFrame: resumeSections.count >= 2, tally: tally)
        scoreProse(features, inResumeFrame: resumeSections.count >= 2, narrative: narrative, into: &tally)
        if let narrative {
            tally.add(.workExperiences, "career-narrative", narrative.detail, narrative.weight)
        }
        scoreShortNote(features, into: &tally)
        scorePositionsAlone(features, resumeSections: resumeSections, into: &tally)
        return tally.classification()
    }

    private func scoreSections(_ features: TextFeatures, resumeSections resumeHeadings: [String], into tally: inout Tally) {
        for heading in resumeHeadings {
            tally.add(.resume, "section", heading, features.isFlattened ? 1.5 : 2.5)
        }
        if let heading = sectionsFound(ClassifierVocabulary.experienceSections, in: features).first {
            tally.add(.workExperiences, "section", heading, 1.5)
            tally.add(.resume, "section", heading, resumeHeadings.isEmpty ? 0.5 : 1.5)
        }
        if let heading = sectionsFound(ClassifierVocabulary.preferenceSections, in: features).first {
            tally.add(.rolePreferences, "section", heading, 3)
        }
        // In a document with resume sections, "About me" is the resume's profile.
        if let heading = sectionsFound(ClassifierVocabulary.aboutSections, in: features).first, resumeHeadings.count < 2 {
            tally.add(.about, "section", heading, 3)
        }
    }

    /// The section names of `names` that the text has as headings; in a flattened text,
    /// those it has anywhere as words.
    private func sectionsFound(_ names: Set<String>, in features: TextFeatures) -> [String] {
        guard features.isFlattened else { return features.headings(among: names) }
        // In running prose "education" or "proyectos" are words, not sections.
        guard features.proseShare < 0.5 else { return [] }
        return names.filter { features.count($0) > 0 }.sorted()
    }


    private func scoreDates(_ features: TextFeatures, into tally: inout Tally) {
        let ranges = features.dateRanges.count
        guard ranges > 0 else { return }
        let detail = "\(ranges) date range\(ranges == 1 ? "" : "s"), e.g. \(features.dateRanges[0])"
        // Dates ranges are positions; with nothing else of a resume around them they are a
        // work history, with resume sections around them they are part of a resume.
        // One range alone ("since 2016") is as often a bio's aside as a position.
        let positions = ranges == 1 ? 0.5 : min(Double(ranges), 5)
        tally.add(.workExperiences, "date-ranges", detail, positions * 1.2)
        tally.add(.resume, "date-ranges", detail, positions * 0.6)
    }

    private func scoreContact(_ features: TextFeatures, into tally: inout Tally) {
        if features.hasEmail { tally.add(.resume, "contact", "an e-mail address", 2) }
        if features.hasPhone { tally.add(.resume, "contact", "a phone number", 1.5) }
    }

    private func scoreAmounts(_ features: TextFeatures, into tally: inout Tally) {
        guard let first = features.amounts.first else { return }
        // A sum of money in a candidate's document is nearly always the pay they ask for.
        tally.add(.rolePreferences, "amount", "\(features.amounts.count) sum\(features.amounts.count == 1 ? "" : "s") of money, e.g. \(first)", 2)
    }

    private func scoreVocabulary(_ features: TextFeatures, into tally: inout Tally) {
        let lists: [(AttachmentType, [(String, Double)])] = [
            (.resume, ClassifierVocabulary.resumeTerms),
            (.rolePreferences, ClassifierVocabulary.preferenceTerms),
            (.workExperiences, ClassifierVocabulary.experienceTerms),
            (.about, ClassifierVocabulary.aboutTerms),
        ]
        // Among three positions or more, "salary" or "remote" describe a job held (a payroll
        // role, remote teams), not a wish: they count for half.
        let amongPositions = features.dateRanges.count >= 3
        for (type, terms) in lists {
            var seen: Set<String> = []
            for (term, weight) in terms where !seen.contains(term) && features.count(term) > 0 {
                seen.insert(term)
                if type == .rolePreferences && amongPositions {
                    tally.add(type, "term", "\(term), among \(features.dateRanges.count) positions", weight / 2)
                } else {
                    tally.add(type, "term", term, weight)
                }
            }
        }
    }

    private func scoreKeys(_ features: TextFeatures, into tally: inout Tally) {
        let keys = Set(features.keys.map { String($0) })
        guard !keys.isEmpty else { return }
        let lists: [(AttachmentType, [String])] = [
            (.rolePreferences, ClassifierVocabulary.preferenceKeys),
            (.workExperiences, ClassifierVocabulary.experienceKeys),
            (.resume, ClassifierVocabulary.resumeKeys),
            (.about, ClassifierVocabulary.aboutKeys),
        ]
        for (type, names) in lists {
            for name in Set(names).sorted() where keys.contains(name) {
                tally.add(type, "key", name, 1.5)
            }
        }
    }

    /// A letter — a salutation and a closing — is a candidate introducing themselves: an
    /// about text, whatever career it recounts.
    private func scoreLetter(_ features: TextFeatures, into tally: inout Tally) {
        let salutation = ClassifierVocabulary.letterSalutations.first { features.count($0) > 0 }
        let closing = ClassifierVocabulary.letterClosings.first { features.count($0) > 0 }
        switch (salutation, closing) {
        case let (salutation?, closing?):
            tally.add(.about, "letter", "\"\(salutation)\" … \"\(closing)\"", 4)
        case let (salutation?, nil):
            tally.add(.about, "letter", "\"\(salutation)\"", 2)
        case let (nil, closing?):
            tally.add(.about, "letter", "\"\(closing)\"", 2)
        case (nil, nil):
            break
        }
    }

    /// Prose that names positions again and again — "since 2021 I have been…", "before
    /// that…", "I joined…", several years — told by the candidate, with no contact
    /// details and no resume frame around it: a work history told as a story, not a
    /// word about the person. A bio tells a career too, but in the third person.
    /// `inResumeFrame`: the text has two resume sections or more.
    private func careerNarrative(_ features: TextFeatures, inResumeFrame: Bool, tally: Tally) -> (detail: String, weight: Double)? {
        guard features.proseShare >= 0.5, !inResumeFrame, !features.hasEmail, !features.hasPhone,
              features.thirdPersonShare < 0.02 else { return nil }
        var markers = tally.evidence.count { $0.supports == .workExperiences && ["term", "date-ranges", "section"].contains($0.signal) }
        if features.years.count >= 3 { markers += 1 }
        guard markers >= 3 else { return nil }
        let years = features.years.count >= 3 ? ", \(features.years.count) distinct years" : ""
        return ("prose with \(markers) markers of positions\(years)", min(3 + 0.5 * Double(markers - 3), 5))
    }

    private func scoreProse(
        _ features: TextFeatures, inResumeFrame: Bool, narrative: (detail: String, weight: Double)?, into tally: inout Tally
    ) {
        let wordCount = max(features.words.count, 1)
        let prose = features.proseShare
        // A sentence or two is too little to call prose: a short text's other signals speak.
        let length = min(1, Double(wordCount) / 60)
        // Prose inside a resume's frame is its profile, and prose that tells a career is
        // a work history: in either, being prose says less about an about text.
        let frame: (factor: Double, detail: String)
        if inResumeFrame {
            frame = (0.5, ", in a resume's frame")
        } else if narrative != nil {
            frame = (0.5, ", telling a career")
        } else {
            frame = (1, "")
        }
        let language = features.language
        if prose >= 0.5 {
            tally.add(.about, "prose", "\(Int(prose * 100))% of \(wordCount) words are in running sentences\(frame.detail)", 4 * prose * length * frame.factor)
        }
        let firstPerson = features.firstPersonCount
        if features.firstPersonShare >= 0.02 && firstPerson >= 2 {
            tally.add(.about, "first-person", "\(firstPerson) first-person words (\(language))\(frame.detail)", min(features.firstPersonShare * 60, 3) * frame.factor)
        }
        if features.thirdPersonShare >= 0.02 && prose >= 0.3 {
            tally.add(.about, "third-person", "\(features.thirdPersonCount) third-person words in prose (\(language))\(frame.detail)", min(features.thirdPersonShare * 60, 3) * frame.factor)
        }
        if !features.lines.isEmpty && features.headings.isEmpty && features.dateRanges.isEmpty && features.lines.count <= 12 {
            tally.add(.about, "no-structure", "no headings or dates in \(features.lines.count) lines", 1)
        }
    }

    /// The most words a short note has.
    static let shortNoteWords = 60

    /// A few lines that say nothing of the other types are most often a word about the
    /// person: "Cook from San Sebastián. Ten years in starred kitchens."
    private func scoreShortNote(_ features: TextFeatures, into tally: inout Tally) {
        let words = features.words.count
        guard words > 0, words <= Self.shortNoteWords else { return }
        let strongestOther = AttachmentType.allCases.filter { $0 != .about }.map { tally.scores[$0] ?? 0 }.max() ?? 0
        if strongestOther < 1.5 {
            tally.add(.about, "short-note", "\(words) words with little of the other types", 2)
        }
    }

    /// Positions with nothing else of a resume around them — no contact details, no
    /// resume sections — are a work history; beside contact details, a resume.
    private func scorePositionsAlone(_ features: TextFeatures, resumeSections: [String], into tally: inout Tally) {
        guard features.dateRanges.count >= 2 else { return }
        let hasContact = features.hasEmail || features.hasPhone
        if !hasContact && resumeSections.isEmpty {
            tally.add(.workExperiences, "positions-alone", "\(features.dateRanges.count) date ranges, no contact details or resume sections", 2)
        } else if hasContact {
            tally.add(.resume, "positions-and-contact", "\(features.dateRanges.count) date ranges beside contact details", 2.5)
        }
    }
}

/// The running scores and evidence of one classification.
private struct Tally {
    var scores: [AttachmentType: Double] = Dictionary(uniqueKeysWithValues: AttachmentType.allCases.map { ($0, 0) })
    var evidence: [Evidence] = []

    mutating func add(_ type: AttachmentType, _ signal: String, _ detail: String, _ weight: Double) {
        guard weight > 0 else { return }
        scores[type, default: 0] += weight
        evidence.append(Evidence(supports: type, signal: signal, detail: detail, weight: weight))
    }

    func classification() -> Classification {
        // Ties and an empty text fall to `about`, listed first: a short note with nothing
        // of the other types in it is most often a few words about the person.
        let ordered = AttachmentType.allCases
        let best = ordered.max { scores[$0]! < scores[$1]! || (scores[$0]! == scores[$1]! && ordered.firstIndex(of: $0)! > ordered.firstIndex(of: $1)!) }!
        let top = scores[best]!
        let weights = ordered.map { exp((scores[$0]! - top) / TextClassifier.temperature) }
        let confidence = top == 0 ? 0 : 1 / weights.reduce(0, +)
        return Classification(
            type: best,
            confidence: (confidence * 1000).rounded() / 1000,
            scores: scores,
            evidence: evidence.sorted { ($0.supports == best) != ($1.supports == best) ? $0.supports == best : $0.weight > $1.weight }
        )
    }
}
