import Foundation
import IntakeTestFixtures
import Testing

@testable import Intake

/// The classifier splits a text into lines and words by Unicode scalars, which is fast;
/// splitting by characters, as it did before, is what they must equal, on the tricky
/// cases and on every labelled text.
@Suite struct TextFeaturesSplitTests {
    /// Words are split by scalars for speed; splitting by characters is what they must equal.
    @Test(arguments: [
        "Smalltalk اسمال‌تاک و برنامه‌نویسی شی‌گرا",  // zero-width non-joiners inside words
        "\u{07A6}\u{0784}\u{07B0}\u{0790} x \n\u{07A6}\u{0789}",  // Thaana: a mark after a space, and after a line break
        "café cafe\u{0301} naïve \u{0301}x x\u{200D}y 👩\u{200D}💻 co-op l'été l’été 2019",
        "\r\n\u{0301}a\u{2028}\u{0301}b \u{200B}\u{0301}c",
    ])
    func wordsAreThoseOfACharacterSplit(text: String) {
        #expect(TextFeatures.words(of: text) == Self.characterWords(text))
    }

    @Test func wordsOfTheRealTextsAreThoseOfACharacterSplit() {
        let texts = Self.realTexts()
        #expect(texts.count > 100)
        for (name, text) in texts {
            #expect(TextFeatures.words(of: text) == Self.characterWords(text), "\(name)")
        }
    }

    /// Lines too are split by scalars, to the lines a split by characters gives.
    @Test(arguments: ["a\r\nb\rc\nd\u{0B}e\u{0C}f\u{85}g\u{2028}h\u{2029}i", "\n\n  - x  \n\r\n•\n", "é\n\u{0301}x"])
    func linesAreThoseOfACharacterSplit(text: String) {
        #expect(TextFeatures.lines(of: text) == Self.characterLines(text))
    }

    @Test func linesOfTheRealTextsAreThoseOfACharacterSplit() {
        let texts = Self.realTexts()
        #expect(texts.count > 100)
        for (name, text) in texts {
            #expect(TextFeatures.lines(of: text) == Self.characterLines(text), "\(name)")
        }
    }

    /// Every UTF-8 file of `labelled/` and `samples/`, lowercased as the classifier reads it,
    /// by name. (Some are in other encodings on purpose, for the decoding tests: left out.)
    /// The share of words in sentences is read from the lines' bytes, without joining
    /// wrapped lines into new strings; joining them and splitting by characters, as it did
    /// before, is what it must equal.
    @Test(arguments: [
        "this is a line that is long enough to go on into the next line of the text and\nends here with a full stop.",
        "name: jane doe has written eight words in this sentence.\nshort.\n2019 – 2021 worked at a firm for years and years on end.",
        "un café\u{0301} et puis encore un café avec des amis très chers ici.  x  y .",
        "so $\\alpha \\not= \\bm{\\alpha}$ produces α \u{0338}= α. and then some more words in a sentence here.",
    ])
    func proseShareIsThatOfJoinedLines(text: String) {
        let lines = TextFeatures.lines(of: text)
        #expect(TextFeatures.shareOfWordsInSentences(lines) == Self.joinedLinesProseShare(lines))
    }

    @Test func proseShareOfTheRealTextsIsThatOfJoinedLines() {
        let texts = Self.realTexts()
        #expect(texts.count > 100)
        for (name, text) in texts {
            let lines = TextFeatures.lines(of: text)
            #expect(TextFeatures.shareOfWordsInSentences(lines) == Self.joinedLinesProseShare(lines), "\(name)")
        }
    }

    /// The share as first written: wrapped lines joined into strings, words split by characters.
    static func joinedLinesProseShare(_ lines: [Substring]) -> Double {
        var joined: [String] = []
        var previousContinues = false
        for line in lines {
            if previousContinues, let last = joined.popLast() { joined.append(last + " " + line) } else { joined.append(String(line)) }
            previousContinues = TextFeatures.continues(line)
        }
        var inSentences = 0, total = 0
        for line in joined {
            var sentence: [Substring] = []
            for word in line.split(separator: " ", omittingEmptySubsequences: true) {
                sentence.append(word)
                total += 1
                if word.hasSuffix(".") || word.hasSuffix("!") || word.hasSuffix("?") {
                    if sentence.count >= 8 && !(sentence.first?.hasSuffix(":") ?? false) {
                        let text = sentence.joined(separator: " ")[...]
                        if !TextFeatures.mentionsAYear(text) || !DateRangeScanner.containsClosedRange(text) { inSentences += sentence.count }
                    }
                    sentence = []
                }
            }
        }
        return total == 0 ? 0 : Double(inSentences) / Double(total)
    }

    static func realTexts() -> [(name: String, text: String)] {
        ["labelled/tune", "labelled/heldout", "samples"].flatMap { folder in
            let root = Samples.packageRoot.appending(path: folder)
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            return files.compactMap { file in
                (try? String(contentsOf: file, encoding: .utf8)).map { (file.lastPathComponent, $0.lowercased()) }
            }
        }
    }

    static func characterLines(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isNewline)
            .map { Substring($0.trimmingCharacters(in: CharacterSet(charactersIn: " \t\u{0C}•·-–*"))) }
            .filter { !$0.isEmpty }
    }

    static func characterWords(_ text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }
    }
}
