import Foundation

/// The measurable traits of a text that the classifier weighs: its lines, headings,
/// date ranges, contact details and how much of it is running prose.
struct TextFeatures {
    /// The text, lowercased, limited to ``TextClassifier/maximumCharacters``.
    let lowered: String
    /// Non-empty lines, trimmed, lowercased.
    let lines: [Substring]
    /// Lowercased words (letters, digits, apostrophes).
    let words: [Substring]
    /// Lines that look like section headings: short, no final full stop.
    let headings: [Substring]
    /// Date ranges such as `Mar 2019 – Present` or `2016 - 2019`.
    let dateRanges: [String]
    /// Whether an e-mail address appears.
    let hasEmail: Bool
    /// Whether a phone number appears.
    let hasPhone: Bool
    /// Share of lines that are sentences of running prose (long, ending in . ! or ?).
    let proseLineShare: Double
    /// `key:` lines, as flattened JSON and YAML give: the keys, lowercased, `_` as space.
    let keys: [Substring]

    init(text: String) {
        let lowered = String(text.prefix(TextClassifier.maximumCharacters)).lowercased()
        self.lowered = lowered
        let lines = lowered.split(whereSeparator: \.isNewline)
            .map { Substring($0.trimmingCharacters(in: CharacterSet(charactersIn: " \t\u{0C}•·-–*"))) }
            .filter { !$0.isEmpty }
        self.lines = lines
        self.words = lowered.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }
        self.headings = lines.filter { line in
            let wordCount = line.split(separator: " ").count
            return wordCount <= 4 && line.count <= 40 && !line.hasSuffix(".") && !line.contains("@")
        }.map { Substring($0.trimmingCharacters(in: CharacterSet(charactersIn: ":# "))) }
        self.dateRanges = Self.findDateRanges(in: lowered)
        self.hasEmail = lowered.contains(Self.emailPattern)
        self.hasPhone = lowered.contains(Self.phonePattern)
        let proseLines = lines.filter { line in
            line.count >= 60 && (line.hasSuffix(".") || line.hasSuffix("!") || line.hasSuffix("?")) && line.split(separator: " ").count >= 10
        }
        self.proseLineShare = lines.isEmpty ? 0 : Double(proseLines.count) / Double(lines.count)
        self.keys = lines.compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let key = line[..<colon]
            return key.count <= 32 && key.split(separator: " ").count <= 4 ? key : nil
        }
    }

    /// How many times `phrase` occurs as whole words.
    func count(_ phrase: String) -> Int {
        var count = 0
        var searchRange = lowered.startIndex..<lowered.endIndex
        while let found = lowered.range(of: phrase, range: searchRange) {
            let before = found.lowerBound > lowered.startIndex ? lowered[lowered.index(before: found.lowerBound)] : " "
            let after = found.upperBound < lowered.endIndex ? lowered[found.upperBound] : " "
            if !(before.isLetter || before.isNumber) && !(after.isLetter || after.isNumber) { count += 1 }
            searchRange = found.upperBound..<lowered.endIndex
        }
        return count
    }

    /// Whether some heading is one of `names`.
    func hasHeading(_ names: [String]) -> String? {
        headings.first { heading in names.contains { heading == $0 } }.map(String.init)
    }

    nonisolated(unsafe) private static let emailPattern = #/[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/#
    nonisolated(unsafe) private static let phonePattern = #/(\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}/#
    nonisolated(unsafe) private static let dateRangePattern = #/((?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+|\d{1,2}/)?(?:19|20)\d{2})\s*(?:-|–|—|to|until)\s*((?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+|\d{1,2}/)?(?:19|20)\d{2}|present|current|now|today)/#

    private static func findDateRanges(in text: String) -> [String] {
        text.matches(of: dateRangePattern).map { String($0.output.0) }
    }
}
