import Foundation

/// The measurable traits of a text that the classifier weighs: its lines, headings,
/// date ranges, contact details and how much of it is running prose.
struct TextFeatures {
    /// The text, lowercased, limited to ``TextClassifier/maximumCharacters``, as UTF-8
    /// bytes: phrases are searched in bytes, which is fast on any platform.
    let loweredBytes: [UInt8]
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
        self.loweredBytes = Array(lowered.utf8)
        let lines = lowered.split(whereSeparator: \.isNewline)
            .map { Substring($0.trimmingCharacters(in: CharacterSet(charactersIn: " \t\u{0C}•·-–*"))) }
            .filter { !$0.isEmpty }
        self.lines = lines
        self.words = lowered.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }
        self.headings = lines.filter { line in
            let wordCount = line.split(separator: " ").count
            return wordCount <= 4 && line.count <= 40 && !line.hasSuffix(".") && !line.contains("@")
        }.map { Substring($0.trimmingCharacters(in: CharacterSet(charactersIn: ":# "))) }
        // The patterns run only on lines that could match (a year; ten digits), since
        // regular expressions are the slowest thing here and most lines have neither.
        self.dateRanges = lines.filter(Self.mentionsAYear).flatMap { line in
            line.matches(of: Self.dateRangePattern).map { String($0.output.0) }
        }
        self.hasEmail = Self.containsEmailAddress(lowered)
        self.hasPhone = lines.contains { line in
            line.utf8.count { (0x30...0x39).contains($0) } >= 10 && line.contains(Self.phonePattern)
        }
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

    /// How many times `phrase` (lowercase) occurs as whole words: not inside a longer word.
    func count(_ phrase: String) -> Int {
        let needle = Array(phrase.utf8)
        guard let first = needle.first, needle.count <= loweredBytes.count else { return 0 }
        var count = 0
        var start = 0
        let lastStart = loweredBytes.count - needle.count
        while start <= lastStart {
            guard let found = loweredBytes[start...lastStart].firstIndex(of: first) else { break }
            if loweredBytes[found..<found + needle.count].elementsEqual(needle),
               found == 0 || !Self.isWordByte(loweredBytes[found - 1]),
               found + needle.count == loweredBytes.count || !Self.isWordByte(loweredBytes[found + needle.count]) {
                count += 1
                start = found + needle.count
            } else {
                start = found + 1
            }
        }
        return count
    }

    /// A byte of a word: an ASCII letter or digit, or any byte of a non-ASCII character
    /// (so "café" is one word).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte >= 0x80
    }

    /// Whether a line holds a four-digit number starting with 19 or 20.
    private static func mentionsAYear(_ line: Substring) -> Bool {
        let bytes = Array(line.utf8)
        guard bytes.count >= 4 else { return false }
        for index in 0...(bytes.count - 4) where (bytes[index] == 0x31 && bytes[index + 1] == 0x39) || (bytes[index] == 0x32 && bytes[index + 1] == 0x30) {
            if (0x30...0x39).contains(bytes[index + 2]) && (0x30...0x39).contains(bytes[index + 3]) { return true }
        }
        return false
    }

    /// Whether some heading is one of `names`.
    func hasHeading(_ names: [String]) -> String? {
        headings.first { heading in names.contains { heading == $0 } }.map(String.init)
    }

    // Shared by every classification, on any thread. `Regex` is not `Sendable`, hence
    // `nonisolated(unsafe)`. Sharing is safe: these are `let`s that nothing reassigns, and
    // matching never changes a `Regex`'s pattern. The only state a match touches is the
    // standard library's cache of the compiled program, filled on first use and published
    // with an atomic compare-and-swap (a racing first match compiles its own copy and
    // drops it). Static, so each pattern is compiled once per process, not per document.
    nonisolated(unsafe) private static let phonePattern = #/(\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}/#
    // At most six letters after a month's first three ("sep" + "tember"): an unbounded
    // run would backtrack over every long word starting like a month on a line with a year.
    nonisolated(unsafe) private static let dateRangePattern = #/((?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+|\d{1,2}/)?(?:19|20)\d{2})\s*(?:-|–|—|to|until)\s*((?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+|\d{1,2}/)?(?:19|20)\d{2}|present|current|now|today)/#

    /// Whether some `@` has an address around it: a name before it, a domain with a dot
    /// after it. Scanned by hand, from each `@` outwards: a regular expression starting
    /// with `[a-z0-9.]+@` backtracks over every long run of letters and digits, which made
    /// an 80 kB line of hex take a minute.
    static func containsEmailAddress(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func isLocal(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") }
        func isAlphanumeric(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) }
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "@") {
            guard index > 0, isLocal(bytes[index - 1]) else { continue }
            var end = index + 1
            var lastDot: Int?
            while end < bytes.count, isAlphanumeric(bytes[end]) || bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "-") {
                if bytes[end] == UInt8(ascii: ".") { lastDot = end }
                end += 1
            }
            // A dot with a name before it and at least two letters after it: "x.io", "mail.example.com".
            if let lastDot, lastDot > index + 1, end - lastDot > 2 { return true }
        }
        return false
    }
}
