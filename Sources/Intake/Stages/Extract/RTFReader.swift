/// Turns the bytes of an RTF document into its text, for ``RTFTextExtractor``.
///
/// One pass over the bytes with a small tokenizer (control words with an optional numeric
/// parameter, control symbols, group braces, text) and an explicit stack of group states.
/// Nothing recurses, so a hostile file nested a million groups deep costs at most
/// ``maximumGroupDepth`` stack entries before it is refused, never the thread's stack.
struct RTFReader {
    /// What was read from one document.
    struct Result: Hashable {
        /// The document's text, without trailing white space.
        var text: String
        /// The code page the document declared (`\ansicpg`), 1252 if none.
        var codePage: Int
        /// How many paragraph marks (`\par`) the document's text holds.
        var paragraphCount: Int
        /// Whether any character was read as a byte in the code page (`\'hh` or a raw
        /// byte above ASCII), so the code page mattered.
        var readBytesInCodePage: Bool
    }

    /// Why an RTF document could not be read.
    struct DamagedError: ReportableError, Hashable {
        let detail: String
        var code: String { "rtf_damaged" }
        var message: String { "the RTF document is damaged or is not RTF: \(detail)" }
    }

    /// Groups nest deeper than this in no real document (Word's own tables and lists stay
    /// below 20); deeper nesting is refused rather than followed.
    static let maximumGroupDepth = 256

    /// The code page of Western documents, and RTF's default.
    static let windows1252 = 1252

    /// Reads `bytes` as an RTF document.
    static func read(_ bytes: [UInt8]) throws(DamagedError) -> Result {
        var reader = RTFReader(bytes: bytes)
        try reader.run()
        var text = reader.output
        while let last = text.last, last.properties.isWhitespace { text.removeLast() }
        return Result(
            text: String(text), codePage: reader.codePage,
            paragraphCount: reader.paragraphCount, readBytesInCodePage: reader.readBytesInCodePage
        )
    }

    /// What a group sets for itself and the groups inside it; `}` restores the outer one.
    private struct GroupState {
        /// Inside a destination that holds no document text (a font table, a picture).
        var isSkipped = false
        /// How many fallback characters follow each `\uN` (`\ucN`, 1 by default).
        var unicodeFallbackCount = 1
    }

    /// Destinations whose content is not document text, skipped with everything in them.
    /// Any other destination marked with `\*` is skipped too, as the RTF specification asks
    /// of a reader that does not know it.
    private static let skippedDestinations: Set<String> = [
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "objdata", "nonshppict",
        "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf",
        "footnote", "annotation", "atnid", "atnauthor", "listtable", "listoverridetable",
        "revtbl", "rsidtbl", "xmlnstbl", "generator", "themedata", "colorschememapping",
        "latentstyles", "datastore", "fldinst", "filetbl", "pgptbl", "template", "xe", "tc",
        "txe", "userprops", "docvar", "bkmkstart", "bkmkend",
    ]

    /// Control words that stand for one character.
    private static let characterWords: [String: Unicode.Scalar] = [
        "par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n",
        "tab": "\t", "cell": "\t", "nestcell": "\t",
        "emdash": "\u{2014}", "endash": "\u{2013}", "bullet": "\u{2022}",
        "lquote": "\u{2018}", "rquote": "\u{2019}", "ldblquote": "\u{201C}", "rdblquote": "\u{201D}",
        "emspace": " ", "enspace": " ", "qmspace": " ",
    ]

    /// The longest control word RTF allows; longer runs of letters are cut there.
    private static let maximumWordLength = 32
    /// Parameters are signed 16- or 32-bit numbers; more digits than this are ignored
    /// rather than overflowing.
    private static let maximumParameterDigits = 10

    private let bytes: [UInt8]
    private var index = 0
    private var stack: [GroupState] = []
    private var group = GroupState()
    /// Fallback characters still to drop after the last `\uN`.
    private var fallbackToSkip = 0
    /// The first half of a surrogate pair, waiting for its second `\uN`.
    private var pendingHighSurrogate: UInt32?
    private var output = String.UnicodeScalarView()
    private var codePage = windows1252
    private var paragraphCount = 0
    private var readBytesInCodePage = false

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func run() throws(DamagedError) {
        // Leading white space and a UTF-8 byte order mark are tolerated, nothing else.
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x0D || bytes[start] == 0x09 {
            start += 1
        }
        guard bytes[start...].starts(with: Array("{\\rtf".utf8)) else {
            throw DamagedError(detail: "it does not start with {\\rtf")
        }
        index = start

        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"):
                guard stack.count < Self.maximumGroupDepth else {
                    throw DamagedError(detail: "groups nest deeper than \(Self.maximumGroupDepth) levels")
                }
                stack.append(group)
                fallbackToSkip = 0
                index += 1
            case UInt8(ascii: "}"):
                // A stray closing brace at the top is ignored, as Word ignores it.
                if let outer = stack.popLast() { group = outer }
                fallbackToSkip = 0
                index += 1
            case UInt8(ascii: "\\"):
                readControl()
            case 0x0A, 0x0D:
                index += 1  // line breaks in the file are not text; \par is
            default:
                index += 1
                if byte == 0x09 {
                    appendCharacter("\t")
                } else if byte >= 0x80 {
                    appendCodePageByte(byte)
                } else if byte >= 0x20 {
                    appendCharacter(Unicode.Scalar(byte))
                }
            }
        }
        flushPendingSurrogate()
    }

    /// Reads the control word or symbol starting at `index` (a backslash).
    private mutating func readControl() {
        let next = index + 1
        guard next < bytes.count else {
            index = next
            return
        }
        let symbol = bytes[next]
        guard isLetter(symbol) else {
            index = next + 1
            readControlSymbol(symbol)
            return
        }

        var end = next
        while end < bytes.count, isLetter(bytes[end]) { end += 1 }
        let word = String(decoding: bytes[next..<min(end, next + Self.maximumWordLength)], as: UTF8.self)

        var parameter: Int?
        var digitsStart = end
        let isNegative = end < bytes.count && bytes[end] == UInt8(ascii: "-")
        if isNegative { digitsStart += 1 }
        var digitsEnd = digitsStart
        while digitsEnd < bytes.count, isDigit(bytes[digitsEnd]) { digitsEnd += 1 }
        if digitsEnd > digitsStart {
            var value = 0
            for digit in bytes[digitsStart..<min(digitsEnd, digitsStart + Self.maximumParameterDigits)] {
                value = value * 10 + Int(digit - UInt8(ascii: "0"))
            }
            parameter = isNegative ? -value : value
            end = digitsEnd
        }
        // One space after a control word delimits it and is not text.
        if end < bytes.count, bytes[end] == 0x20 { end += 1 }
        index = end

        readControlWord(word, parameter: parameter)
    }

    private mutating func readControlWord(_ word: String, parameter: Int?) {
        if Self.skippedDestinations.contains(word) {
            group.isSkipped = true
            return
        }
        if let character = Self.characterWords[word] {
            if word == "par", !group.isSkipped, !stack.isEmpty { paragraphCount += 1 }
            appendCharacter(character)
            return
        }
        switch word {
        case "u":
            guard let parameter else { return }
            // Values above 32767 are written as negative 16-bit numbers.
            appendUnicode(parameter < 0 ? parameter + 65536 : parameter)
            fallbackToSkip = group.unicodeFallbackCount
        case "uc":
            group.unicodeFallbackCount = max(0, min(parameter ?? 1, 16))
        case "ansicpg":
            if let parameter, parameter > 0 { codePage = parameter }
        case "bin":
            // Binary data follows; its bytes could look like braces, so they are stepped over.
            let count = max(0, parameter ?? 0)
            index = count > bytes.count - index ? bytes.count : index + count
        default:
            break  // formatting, and words this reader does not know: no text
        }
    }

    private mutating func readControlSymbol(_ symbol: UInt8) {
        switch symbol {
        case UInt8(ascii: "'"):
            // \'hh: one byte in the code page, written as two hex digits.
            guard index + 1 < bytes.count, let high = hexValue(bytes[index]), let low = hexValue(bytes[index + 1]) else {
                return
            }
            index += 2
            appendCodePageByte(high << 4 | low)
        case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            appendCharacter(Unicode.Scalar(symbol))
        case UInt8(ascii: "~"):
            appendCharacter("\u{00A0}")
        case UInt8(ascii: "_"):
            appendCharacter("\u{2011}")  // non-breaking hyphen
        case UInt8(ascii: "*"):
            // The group is a destination this reader may not know: skip it whole.
            group.isSkipped = true
        case 0x0A, 0x0D:
            readControlWord("par", parameter: nil)  // a backslash before a line break is \par
        default:
            break  // \- (optional hyphen) and the rest carry no text
        }
    }

    /// Appends a character of the text, unless it is a `\uN` fallback or not document text.
    private mutating func appendCharacter(_ character: Unicode.Scalar) {
        if fallbackToSkip > 0 {
            fallbackToSkip -= 1
            return
        }
        guard !group.isSkipped, !stack.isEmpty else { return }
        flushPendingSurrogate()
        output.append(character)
    }

    private mutating func appendCodePageByte(_ byte: UInt8) {
        if fallbackToSkip == 0, !group.isSkipped, !stack.isEmpty { readBytesInCodePage = true }
        appendCharacter(TextDecoding.windows1252Scalar(byte))
    }

    /// Appends the UTF-16 code unit of a `\uN`, pairing surrogates.
    private mutating func appendUnicode(_ value: Int) {
        guard !group.isSkipped, !stack.isEmpty, (0...0xFFFF).contains(value) else { return }
        let unit = UInt32(value)
        switch unit {
        case 0xD800..<0xDC00:
            flushPendingSurrogate()
            pendingHighSurrogate = unit
        case 0xDC00..<0xE000:
            if let high = pendingHighSurrogate {
                pendingHighSurrogate = nil
                let combined = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
                output.append(Unicode.Scalar(combined) ?? "\u{FFFD}")
            } else {
                output.append("\u{FFFD}")  // a second half with no first
            }
        default:
            flushPendingSurrogate()
            output.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
        }
    }

    /// A first half of a surrogate pair that no second half followed becomes U+FFFD.
    private mutating func flushPendingSurrogate() {
        if pendingHighSurrogate != nil {
            pendingHighSurrogate = nil
            output.append("\u{FFFD}")
        }
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
