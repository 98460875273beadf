/// Whether a document's extracted text can be read as words, and the measures that say so.
///
/// ``ExtractText`` assesses every text it reads. A text that is not ``Verdict/readable``
/// is never classified or delivered as if it were fine: the document ends `skipped` with
/// ``skipReason`` (`no_text` or `garbled_text`, with the page count), unless a
/// ``TextRecognizer`` (OCR) given to ``ExtractText`` recovers readable text first.
///
/// ```swift
/// let quality = TextQuality.assess("\u{FFFD}\u{FFFD}x\u{FFFD}", pageCount: 1)
/// quality.verdict            // .garbled
/// quality.skipReason?.code   // "garbled_text"
/// ```
public struct TextQuality: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What the measures add up to.
    public enum Verdict: String, Sendable, Hashable, Codable {
        /// Words a reader (and the classifier) can use.
        case readable
        /// No text at all, or a paged document with almost no text on its pages: a scan or
        /// an image-only export. Needs OCR.
        case noTextLayer = "no_text_layer"
        /// Characters, but mostly not words: replacement characters from a broken
        /// encoding, private-use glyphs from a PDF font without a Unicode map, control
        /// bytes, or runs of symbols.
        case garbled
    }

    /// The verdict.
    public let verdict: Verdict
    /// Characters that are not white space.
    public let visibleCharacters: Int
    /// Pages, for paged formats.
    public let pageCount: Int?
    /// Pages whose text is only white space, for paged formats.
    public let pagesWithoutText: Int?
    /// Share of visible characters that are U+FFFD, the replacement character.
    public let replacementShare: Double
    /// Share of visible characters in the Unicode private-use areas.
    public let privateUseShare: Double
    /// Share of visible characters that are control codes.
    public let controlShare: Double
    /// Share of visible characters that are letters inside words of two letters or more.
    public let wordShare: Double

    /// Below this many visible characters per page, a paged document counts as having no
    /// text layer: a scan often carries a page number or a stamp as text, nothing more.
    public static let minimumCharactersPerPage = 8
    /// Above this share of replacement characters the text is garbled.
    public static let maximumReplacementShare = 0.05
    /// Above this share of private-use glyphs the text is garbled.
    public static let maximumPrivateUseShare = 0.10
    /// Above this share of control codes the text is garbled.
    public static let maximumControlShare = 0.05
    /// Below this share of letters in words the text is garbled: prose in any alphabet is
    /// about 80% letters, a list of dates and numbers still over half.
    public static let minimumWordShare = 0.35

    /// Measures `text`; `pageCount` is given for paged formats, whose pages are separated
    /// by form feeds (`\u{0C}`).
    public static func assess(_ text: String, pageCount: Int? = nil) -> TextQuality {
        var visible = 0, replacement = 0, privateUse = 0, control = 0, wordLetters = 0
        var runOfLetters = 0
        func endWord() {
            if runOfLetters >= 2 { wordLetters += runOfLetters }
            runOfLetters = 0
        }
        // Dots since the last character that is neither a dot nor white space. Three or
        // more are a leader (`Introduction . . . . . 12`, `Summary........3`): layout of a
        // table of contents, not text, so they count for nothing. Fewer are punctuation.
        var pendingDots = 0
        func endDots() {
            if pendingDots < 3 { visible += pendingDots }
            pendingDots = 0
        }
        for scalar in text.unicodeScalars {
            // ASCII, most of nearly every text, without the Unicode property tables.
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if byte == UInt8(ascii: ".") {
                    pendingDots += 1
                    endWord()
                    continue
                }
                if (0x09...0x0D).contains(byte) || byte == 0x20 {
                    endWord()
                    continue
                }
                endDots()
                switch byte {
                case 0x41...0x5A, 0x61...0x7A:
                    visible += 1
                    runOfLetters += 1
                    continue
                case 0x00...0x1F, 0x7F:
                    visible += 1
                    control += 1
                    endWord()
                    continue
                case UInt8(ascii: "'"), UInt8(ascii: "-"):
                    visible += 1
                    continue
                default:
                    visible += 1
                    endWord()
                    continue
                }
            }
            let properties = scalar.properties
            if properties.isWhitespace {
                endWord()
                continue
            }
            endDots()
            visible += 1
            switch scalar.value {
            case 0xFFFD: replacement += 1
            case 0xE000...0xF8FF, 0xF0000...0xFFFFD, 0x100000...0x10FFFD: privateUse += 1
            case 0x00...0x1F, 0x7F...0x9F: control += 1
            default: break
            }
            if properties.isAlphabetic || properties.generalCategory == .nonspacingMark {
                runOfLetters += 1
            } else if scalar != "'" && scalar != "\u{2019}" && scalar != "-" {
                endWord()
            }
        }
        endWord()
        endDots()

        // An extractor may give one empty text for a document of empty pages.
        let pagesWithoutText = pageCount.map { pages in
            visible == 0 ? pages : text.split(separator: "\u{0C}", omittingEmptySubsequences: false).count { $0.allSatisfy(\.isWhitespace) }
        }
        let share = { (count: Int) in visible == 0 ? 0 : Double(count) / Double(visible) }
        let verdict: Verdict
        if visible == 0 || (pageCount.map { $0 > 0 && visible < $0 * minimumCharactersPerPage } ?? false) {
            verdict = .noTextLayer
        } else if share(replacement) > maximumReplacementShare || share(privateUse) > maximumPrivateUseShare
            || share(control) > maximumControlShare || share(wordLetters) < minimumWordShare {
            verdict = .garbled
        } else {
            verdict = .readable
        }
        return TextQuality(
            verdict: verdict, visibleCharacters: visible, pageCount: pageCount, pagesWithoutText: pagesWithoutText,
            replacementShare: share(replacement), privateUseShare: share(privateUse), controlShare: share(control),
            wordShare: share(wordLetters)
        )
    }

    /// Whether the text can be classified and delivered.
    public var isReadable: Bool { verdict == .readable }

    /// Why a document with this text goes no further; `nil` when it is readable.
    public var skipReason: SkipReason? {
        switch verdict {
        case .readable:
            return nil
        case .noTextLayer:
            guard let pages = pageCount, pages > 0 else { return .blankText }
            if visibleCharacters == 0 { return .noText(pages: pages) }
            return SkipReason(
                code: "no_text",
                message: "only \(visibleCharacters) characters of text on \(pages) page\(pages == 1 ? "" : "s") (scanned or image-only; needs OCR)"
            )
        case .garbled:
            let pages = pageCount.map { " on \($0) page\($0 == 1 ? "" : "s")" } ?? ""
            return SkipReason(code: "garbled_text", message: "the text\(pages) is not readable words: \(measures)")
        }
    }

    /// The measures that matter, in words.
    public var measures: String {
        var parts: [String] = []
        func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
        if replacementShare > 0 { parts.append("\(percent(replacementShare)) replacement characters") }
        if privateUseShare > 0 { parts.append("\(percent(privateUseShare)) private-use glyphs") }
        if controlShare > 0 { parts.append("\(percent(controlShare)) control codes") }
        parts.append("\(percent(wordShare)) of \(visibleCharacters) characters in words")
        return parts.joined(separator: ", ")
    }

    public var description: String {
        "\(verdict.rawValue): \(measures)" + (pagesWithoutText.map { ", \($0) of \(pageCount ?? 0) pages without text" } ?? "")
    }
}
