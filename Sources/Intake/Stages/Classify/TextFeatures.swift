import Foundation

/// The measurable traits of a text that the classifier weighs: its lines, headings,
/// date ranges, contact details and how much of it is running prose.
struct TextFeatures {
    /// The text, lowercased, limited to ``TextClassifier/maximumCharacters``, as UTF-8
    /// bytes: phrases are searched in bytes, which is fast on any platform.
    let loweredBytes: [UInt8]
    /// Where words start in ``loweredBytes``, by their first byte.
    let wordStarts: [[Int]]
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
    /// Share of the words that stand in sentences of running prose, once hard-wrapped
    /// lines are joined again.
    let proseShare: Double
    /// `key:` lines, as flattened JSON and YAML give: the keys, lowercased, `_` as space.
    let keys: [Substring]
    /// A long text on a line or three: line breaks lost in an export, or never there.
    /// Headings cannot be told from lines in it, so section names are searched as words.
    let isFlattened: Bool
    /// The language its most common short words show: `en`, `es`, `de` or `fr`.
    let language: String
    /// First-person words of the text's language ("i", "ich", "je", "yo"…), and their
    /// share of all words.
    let firstPersonCount: Int
    let firstPersonShare: Double
    /// Third-person words of the text's language ("she", "sie", "elle", "ella"…), and
    /// their share of all words.
    let thirdPersonCount: Int
    let thirdPersonShare: Double
    /// The distinct years (1950 to 2039) the text names: a story told in order names
    /// many, a word about the person one or two.
    let years: Set<Int>
    /// Sums of money: a currency sign or word, or a `k`, beside a number ("€120k",
    /// "50k", "3.800 brutto", "2 800 € net").
    let amounts: [String]

    init(text: String) {
        // A text of no more bytes than the window has no more characters either: only a
        // longer one is walked character by character to cut it.
        let window = text.utf8.count <= TextClassifier.maximumCharacters ? text : String(text.prefix(TextClassifier.maximumCharacters))
        let lowered = window.lowercased()
        let loweredBytes = Array(lowered.utf8)
        self.loweredBytes = loweredBytes
        var wordStarts = [[Int]](repeating: [], count: 256)
        for (index, byte) in loweredBytes.enumerated() where Self.isWordByte(byte) && (index == 0 || !Self.isWordByte(loweredBytes[index - 1])) {
            wordStarts[Int(byte)].append(index)
        }
        self.wordStarts = wordStarts
        let lines = Self.lines(of: lowered)
        self.lines = lines
        self.words = Self.words(of: lowered)
        // The cheap tests first: most lines of a long text are too long to be headings.
        self.headings = lines.filter { line in
            Self.hasAtMost(48, charactersIn: line) && !line.hasSuffix(".") && !line.utf8.contains(UInt8(ascii: "@"))
                && line.split(separator: " ").count <= 5
        }.map { Self.trimmed($0, of: Self.headingEdges) }
        // Only a line with a year can hold a range.
        self.dateRanges = lines.filter(Self.mentionsAYear).flatMap(DateRangeScanner.ranges(in:))
        self.hasEmail = Self.containsEmailAddress(lowered)
        self.hasPhone = lines.contains { line in
            line.utf8.count { (0x30...0x39).contains($0) } >= 9 && line.matches(of: Self.phonePattern).contains { match in
                (9...15).contains(match.output.utf8.count { (0x30...0x39).contains($0) })
            }
        }
        // `key: value` lines (JSON, YAML, CSV) are structure, not a text that lost its breaks.
        let keyLines = lines.count { line in Self.colon(in: line).map { Self.hasAtMost(32, charactersIn: line[..<$0]) } ?? false }
        // One long line, or a few very long ones: bullets of a sentence each are not that.
        let longestLine = lines.count <= 3 ? lines.map(\.count).max() ?? 0 : 0
        let lostBreaks = (lines.count == 1 && longestLine >= 150) || (lines.count <= 3 && longestLine >= 500)
        self.isFlattened = lostBreaks && keyLines * 2 < lines.count
        self.proseShare = Self.shareOfWordsInSentences(lines)
        let language = Self.language(of: words)
        self.language = language
        let firstPersonWords = ClassifierVocabulary.firstPersonWords[language] ?? []
        let thirdPersonWords = ClassifierVocabulary.thirdPersonWords[language] ?? []
        self.firstPersonCount = words.count { firstPersonWords.contains($0) }
        self.thirdPersonCount = words.count { thirdPersonWords.contains($0) }
        self.firstPersonShare = Double(firstPersonCount) / Double(max(words.count, 1))
        self.thirdPersonShare = Double(thirdPersonCount) / Double(max(words.count, 1))
        self.years = Set(words.compactMap { word in
            // Four bytes that read as a number are four ASCII digits: four characters.
            guard word.utf8.count == 4, let year = Int(word), (1950...2039).contains(year) else { return nil }
            return year
        })
        // The pattern runs only on lines with a digit and a currency or a `k`: few have both.
        self.amounts = lines.filter(Self.mayHoldAnAmount).flatMap { line -> [String] in
            line.matches(of: Self.amountPattern).map { String(line[$0.range]) }
        }
        self.keys = lines.compactMap { line in
            guard let colon = Self.colon(in: line) else { return nil }
            let key = line[..<colon]
            return Self.hasAtMost(32, charactersIn: key) && key.split(separator: " ").count <= 4 ? key : nil
        }
    }

    /// Whether a line goes on in the next: a hard-wrapped paragraph's long line that does
    /// not end a sentence. Such lines are read as one.
    static func continues(_ line: Substring) -> Bool {
        let last = line.last ?? "."
        return !Self.hasAtMost(49, charactersIn: line) && !".!?:;".contains(last)
    }

    /// The share of words that stand in sentences of running prose: at least eight words
    /// ending in . ! or ?, with no date range or `key:` in them. A sentence never runs
    /// over a line break, except between the lines of a hard-wrapped paragraph
    /// (``continues(_:)``).
    ///
    /// Words are the runs between spaces, found in the UTF-8: a space or a full stop is
    /// never part of another scalar.
    static func shareOfWordsInSentences(_ lines: [Substring]) -> Double {
        var inSentences = 0, total = 0
        var sentence: [Substring.UTF8View.SubSequence] = []
        var previousContinues = false
        for line in lines {
            if !previousContinues { sentence = [] }
            previousContinues = continues(line)
            for word in spaceSeparatedWords(of: line) {
                sentence.append(word)
                total += 1
                if let last = word.last, last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") {
                    let hasKey = sentence.first?.last == UInt8(ascii: ":")
                    if sentence.count >= 8 && !hasKey {
                        // The scan runs only on a sentence with a year in it: most have none.
                        let text = Substring(String(decoding: Array(sentence.joined(separator: [0x20])), as: UTF8.self))
                        if !mentionsAYear(text) || !DateRangeScanner.containsClosedRange(text) { inSentences += sentence.count }
                    }
                    sentence = []
                }
            }
        }
        return total == 0 ? 0 : Double(inSentences) / Double(total)
    }

    /// The runs of a line between spaces, as UTF-8: the words a split at the space
    /// character gives. A space followed by a mark (`" \u{0338}"`) is one character with
    /// it, and splits nothing.
    static func spaceSeparatedWords(of line: Substring) -> [Substring.UTF8View.SubSequence] {
        let utf8 = line.utf8
        var words: [Substring.UTF8View.SubSequence] = []
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            guard utf8[index] == 0x20 else {
                index = utf8.index(after: index)
                continue
            }
            let next = utf8.index(after: index)
            if next < utf8.endIndex, utf8[next] >= 0x80, case .extending = WordScalar(line.unicodeScalars[next]) {
                index = next
                continue
            }
            if start < index { words.append(utf8[start..<index]) }
            start = next
            index = next
        }
        if start < utf8.endIndex { words.append(utf8[start..<utf8.endIndex]) }
        return words
    }

    /// The language of ``ClassifierVocabulary/languageWords`` with the most of its words
    /// in `words`; English when none has any.
    private static func language(of words: [Substring]) -> String {
        var counts: [String: Int] = [:]
        for word in words.prefix(2000) {
            for language in ClassifierVocabulary.languagesByWord[word] ?? [] { counts[language, default: 0] += 1 }
        }
        // The order of `languageWords` breaks ties, as it always did: the first to reach
        // the highest count wins, and English when none has any.
        var best = ("en", 0)
        for (language, _) in ClassifierVocabulary.languageWords {
            let count = counts[language] ?? 0
            if count > best.1 { best = (language, count) }
        }
        return best.0
    }

    /// How many times `phrase` (lowercase) occurs as whole words: not inside a longer word.
    ///
    /// A phrase that starts with a letter or digit is looked for only where a word starts
    /// with its first byte (``wordStarts``): the classifier asks for some 500 phrases, and
    /// scanning 40,000 bytes for each cost more than everything else it does.
    func count(_ phrase: String) -> Int {
        let needle = Array(phrase.utf8)
        guard let first = needle.first, needle.count <= loweredBytes.count else { return 0 }
        if Self.isWordByte(first) {
            var count = 0
            var nextFree = 0
            for found in wordStarts[Int(first)] where found >= nextFree && found + needle.count <= loweredBytes.count {
                if loweredBytes[found..<found + needle.count].elementsEqual(needle),
                   found + needle.count == loweredBytes.count || !Self.isWordByte(loweredBytes[found + needle.count]) {
                    count += 1
                    nextFree = found + needle.count
                }
            }
            return count
        }
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

    /// The first `:` of a line, found in its UTF-8.
    private static func colon(in line: Substring) -> Substring.Index? {
        line.utf8.firstIndex(of: UInt8(ascii: ":"))
    }

    /// Whether a line holds a four-digit number starting with 19 or 20.
    static func mentionsAYear(_ line: Substring) -> Bool {
        let bytes = Array(line.utf8)
        guard bytes.count >= 4 else { return false }
        for index in 0...(bytes.count - 4) where (bytes[index] == 0x31 && bytes[index + 1] == 0x39) || (bytes[index] == 0x32 && bytes[index + 1] == 0x30) {
            if (0x30...0x39).contains(bytes[index + 2]) && (0x30...0x39).contains(bytes[index + 3]) { return true }
        }
        return false
    }

    /// The headings that are one of `names` or start with one of them followed by a
    /// space or a colon ("formación académica" for "formación"), each once.
    ///
    /// Each heading is looked up by its leading words, one set lookup each: a manual has
    /// thousands of short lines, and comparing each with every name cost milliseconds.
    func headings(among names: Set<String>) -> [String] {
        var found: [String] = []
        for heading in headings {
            var prefix = ""
            var matches = false
            for word in heading.split(separator: " ", maxSplits: 4) {
                prefix += prefix.isEmpty ? String(word) : " " + word
                let bare = prefix.hasSuffix(":") ? String(prefix.dropLast()) : prefix
                if names.contains(bare) {
                    matches = true
                    break
                }
                if prefix.hasSuffix(":") { break }
            }
            if matches && !found.contains(String(heading)) { found.append(String(heading)) }
        }
        return found
    }

    /// Whether a line has a digit and something that may mark a sum of money: a currency
    /// sign, a `k` right after a digit, or a currency or pay word.
    private static func mayHoldAnAmount(_ line: Substring) -> Bool {
        let bytes = Array(line.utf8)
        guard bytes.contains(where: { (0x30...0x39).contains($0) }) else { return false }
        for (index, byte) in bytes.enumerated() {
            if (0x30...0x39).contains(byte) {
                let next = index + 1 < bytes.count && bytes[index + 1] == 0x20 ? index + 2 : index + 1
                if next < bytes.count && bytes[next] == UInt8(ascii: "k") { return true }
            } else if byte == UInt8(ascii: "$") || byte == 0xE2 || byte == 0xC2 {
                // `$`; `€` and `£` start with 0xE2 and 0xC2 in UTF-8 (as do dashes and
                // no-break spaces, which the pattern then rules out).
                return true
            }
        }
        return currencyWords.contains { word in Self.contains(word, in: bytes) }
    }

    private static let currencyWords: [[UInt8]] = ["eur", "usd", "chf", "gbp", "brut", "net"].map { Array($0.utf8) }

    /// Whether `needle` occurs anywhere in `bytes`.
    private static func contains(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var start = 0
        while let found = bytes[start...].firstIndex(of: first), found + needle.count <= bytes.count {
            if bytes[found..<found + needle.count].elementsEqual(needle) { return true }
            start = found + 1
        }
        return false
    }

    /// Whether `text` has at most `limit` characters: counted only when its bytes do not
    /// settle it (a character is one to four bytes, or more in a cluster), since counting
    /// characters walks the grapheme rules.
    static func hasAtMost(_ limit: Int, charactersIn text: Substring) -> Bool {
        let bytes = text.utf8.count
        if bytes <= limit { return true }
        return text.count <= limit
    }

    // What ``init(text:)`` trims off the ends of a line, and then of a heading.
    private static let lineEdges: Set<Unicode.Scalar> = [" ", "\t", "\u{0C}", "•", "·", "-", "–", "*"]
    private static let headingEdges: Set<Unicode.Scalar> = [":", "#", "*", "_", " ", "\u{3000}"]

    /// `text` without the scalars of `edges` at its two ends. (Scalar by scalar, as
    /// Foundation's `trimmingCharacters(in:)` does, without its bridging.)
    private static func trimmed(_ text: Substring, of edges: Set<Unicode.Scalar>) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !edges.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !edges.contains($0) })!
        return Substring(scalars[first...last])
    }

    /// The non-empty lines of `text`, trimmed of ``lineEdges``.
    ///
    /// Split at line-break scalars, to the same lines that splitting at line-break
    /// characters gives: a line break never combines with what follows it, and the empty
    /// piece between the two halves of a CR LF is dropped like any empty line.
    static func lines(of text: String) -> [Substring] {
        text.unicodeScalars.split(whereSeparator: isLineBreak)
            .map { trimmed(Substring($0), of: lineEdges) }
            .filter { !$0.isEmpty }
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// The words of `text`: runs of letters, digits and apostrophes.
    ///
    /// Split by scalars, to the same words that splitting by characters gives, without
    /// walking the grapheme rules: a character is a letter or a digit by its first scalar,
    /// and a scalar that extends a character (a combining mark, a joiner) goes with the
    /// scalar before it, unless that is a control (a line break) or nothing.
    static func words(of text: String) -> [Substring] {
        var words: [Substring] = []
        // ASCII is read as bytes, without decoding a scalar; the rest scalar by scalar.
        let utf8 = text.utf8
        let scalars = text.unicodeScalars
        var wordStart: String.Index?
        var afterControl = true
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let scalar = byte < 0x80 ? Unicode.Scalar(byte) : scalars[index]
            let isWord: Bool
            switch WordScalar(scalar) {
            case .word: isWord = true
            case .separator: isWord = false
            case .extending(let asOwnCharacter): isWord = wordStart != nil || (afterControl && asOwnCharacter)
            }
            if isWord {
                if wordStart == nil { wordStart = index }
            } else if let start = wordStart {
                words.append(text[start..<index])
                wordStart = nil
            }
            // An ASCII control is a control; nothing else in ASCII breaks before a mark.
            afterControl = byte < 0x80 ? byte < 0x20 || byte == 0x7F : Self.breaksBeforeAMark(scalar)
            index = byte < 0x80 ? utf8.index(after: index) : scalars.index(after: index)
        }
        if let start = wordStart { words.append(text[start..<utf8.endIndex]) }
        return words
    }

    /// Whether a mark after `scalar` starts a character of its own: after a control, a
    /// line or paragraph separator, or a format character other than the joiners.
    private static func breaksBeforeAMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        case .format: scalar != "\u{200C}" && scalar != "\u{200D}"
        default: false
        }
    }

    /// What a scalar is to ``words(of:)``.
    private enum WordScalar {
        /// A letter, a digit or an apostrophe.
        case word
        case separator
        /// A scalar that joins the character before it: a combining mark, a zero-width
        /// joiner or non-joiner. Standing alone, after a control, it is a character of its
        /// own, and a letter when `asOwnCharacter` (some marks are alphabetic).
        case extending(asOwnCharacter: Bool)

        init(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                let isWord = (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
                    || byte == UInt8(ascii: "'")
                self = isWord ? .word : .separator
                return
            }
            if scalar == "’" {
                self = .word
                return
            }
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: self = .extending(asOwnCharacter: properties.isAlphabetic)
            case .format where scalar == "\u{200C}" || scalar == "\u{200D}": self = .extending(asOwnCharacter: false)
            default: self = properties.isAlphabetic || properties.numericType != nil ? .word : .separator
            }
        }
    }

    // Shared by every classification, on any thread. `Regex` is not `Sendable`, hence
    // `nonisolated(unsafe)`. Sharing is safe: these are `let`s that nothing reassigns, and
    // matching never changes a `Regex`'s pattern. The only state a match touches is the
    // standard library's cache of the compiled program, filled on first use and published
    // with an atomic compare-and-swap (a racing first match compiles its own copy and
    // drops it). Static, so each pattern is compiled once per process, not per document.
    // A number to call: an optional country code, then groups of digits split by spaces,
    // dots, dashes or brackets, nine to fifteen digits in all ("+34 600 123 456",
    // "030 1234567", "(555) 010-2030", "06 12 34 56 78").
    nonisolated(unsafe) private static let phonePattern = #/(?:\+\d{1,3}[ .\-]?)?\(?\d{2,5}\)?(?:[ .\-]?\d{2,4}){2,5}/#
    // A sum of money: a currency before or after a number, or thousands written as `k`.
    // The digits and separators are bounded (twelve: "1.000.000,00"): an unbounded run
    // would backtrack over every long line of numbers from each of its digits.
    nonisolated(unsafe) private static let amountPattern = #/(?:[€$£]\s?\d[\d.,\u{00A0}\u{202F} ]{0,12}k?\b|\b\d[\d.,\u{00A0}\u{202F} ]{0,12}\s?(?:k€|k\b|€|\$|£|eur\b|euros?\b|usd\b|chf\b|gbp\b|brutto\b|netto\b|brut\b|net\b|brutos?\b|netos?\b))/#.wordBoundaryKind(.simple)

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
