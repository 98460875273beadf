import Foundation
import IntakeTestFixtures
import Testing

@testable import Intake

/// The hand-written date-range scan against the regular expressions it replaced: on every
/// line of the labelled texts and the samples, and on lines made of the pieces a range is
/// built from, it finds the same ranges.
@Suite struct DateRangeScannerTests {
    // The patterns the classifier used before the scan, kept here as its reference.
    nonisolated(unsafe) static let closedPattern = #/(?:(?:\b(?:jan|feb|fév|fev|mar|mär|apr|abr|avr|may|mai|jun|jui|jul|aug|ago|aoû|aou|sep|set|oct|okt|nov|dec|dic|dez|déc|ene)\p{L}{0,7}\.?\s+(?:de\s+)?|\d{1,2}[/.])?(?:19|20)\d{2})\s{0,3}(?:-|–|—|~|\u{2010}|\u{2011}|\u{2212}|to|until|till|bis|a|al|hasta|à|au|jusqu'à|jusqu’à|jusqu'en|jusqu’en)\s{0,3}(?:(?:\b(?:jan|feb|fév|fev|mar|mär|apr|abr|avr|may|mai|jun|jui|jul|aug|ago|aoû|aou|sep|set|oct|okt|nov|dec|dic|dez|déc|ene)\p{L}{0,7}\.?\s+(?:de\s+)?|\d{1,2}[/.])?(?:19|20)\d{2}|present|current|now|today|heute|aktuell|jetzt|dato|actualidad|actual|presente|hoy|la actualidad|aujourd'hui|aujourd’hui|présent|ce jour|en cours)/#.wordBoundaryKind(.simple)
    nonisolated(unsafe) static let openPattern = #/\b(?:since|seit|desde|depuis)\s+(?:\b(?:jan|feb|fév|fev|mar|mär|apr|abr|avr|may|mai|jun|jui|jul|aug|ago|aoû|aou|sep|set|oct|okt|nov|dec|dic|dez|déc|ene)\p{L}{0,7}\.?\s+(?:de\s+)?|\d{1,2}[/.])?(?:19|20)\d{2}/#.wordBoundaryKind(.simple)

    static func reference(_ line: Substring) -> [String] {
        line.matches(of: closedPattern).map { String(line[$0.range]) } + line.matches(of: openPattern).map { String(line[$0.range]) }
    }

    /// Lowercased lines with a year, from the text files of `labelled/` and `samples/`.
    static func realLines() -> [Substring] {
        let folders = ["labelled/tune", "labelled/heldout", "samples"].map { Samples.packageRoot.appending(path: $0) }
        var lines: [Substring] = []
        for folder in folders {
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            for file in files where ["txt", "md", "yaml", "json", "csv", "html"].contains(file.pathExtension) {
                // Some are in other encodings on purpose (the decoding tests): left out here.
                guard let text = try? String(contentsOf: file, encoding: .utf8).lowercased() else { continue }
                lines += text.split(whereSeparator: \.isNewline).filter(TextFeatures.mentionsAYear)
            }
        }
        return lines
    }

    @Test func findsWhatThePatternsFoundOnEveryRealLine() {
        let lines = Self.realLines()
        // The labelled set holds hundreds of lines with years; fewer means the files were not found.
        #expect(lines.count > 300)
        let ranges = lines.reduce(0) { $0 + DateRangeScanner.ranges(in: $1).count }
        #expect(ranges > 100)
        for line in lines {
            #expect(DateRangeScanner.ranges(in: line) == Self.reference(line), "\(line)")
            #expect(DateRangeScanner.containsClosedRange(line) == line.contains(Self.closedPattern), "\(line)")
        }
    }

    @Test func findsWhatThePatternsFoundOnLinesMadeOfTheirPieces() {
        let pieces = [
            "mar", "march", "marzo", "marshmallows", "sept.", "d'octobre", "déc.", "jan", "x", "de", "desde", "seit", "since",
            "depuis", "2019", "1999", "2101", "19", "04/", "4.", "12/", "123", "-", "–", "—", "~", "\u{2212}", "to", "tojan", "bis", "a", "al",
            "au", "à", "hasta", "jusqu'à", "jusqu’en", "present", "presente", "now", "la actualidad", "ce jour", "heute",
            " ", "  ", "    ", "_", "é", ".", "/", "'",
        ]
        var generator = SeededGenerator(seed: 13)
        for _ in 0..<20_000 {
            let count = Int.random(in: 1...9, using: &generator)
            let line = (0..<count).map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "")
            let subject = line[...]
            #expect(DateRangeScanner.ranges(in: subject) == Self.reference(subject), "\(line)")
        }
    }
}
