/// Reads the text of an HTML page: tags stripped, `script` and `style` dropped, entities
/// decoded, and a line break wherever a block element (paragraph, heading, list item, row)
/// starts or ends, so headings and list entries keep their own lines.
public struct HTMLTextExtractor: TextExtractor {
    public let name = "html"

    public init() {}

    public func canExtract(mimeType: String) -> Bool {
        mimeType == "text/html" || mimeType == "application/xhtml+xml"
    }

    public func extract(from file: InputFile, mimeType: String, context: StageContext) async throws -> ExtractedText {
        let data = try await TextFileReader.read(file, context: context)
        let (html, encoding) = TextDecoding.decode(data)
        return ExtractedText(text: Self.plainText(fromHTML: html), notes: ["decoded as \(encoding.rawValue)"])
    }

    /// The text of an HTML document.
    ///
    /// Walked byte by byte over its UTF-8: every mark-up character is ASCII, and a page is
    /// read whole, so decoding scalars (let alone characters) would cost on every byte.
    /// Only a byte of a non-ASCII scalar in the text is decoded, to tell white space.
    static func plainText(fromHTML html: String) -> String {
        var html = html
        let output = html.withUTF8 { bytes in
            var walker = HTMLWalker(bytes: bytes)
            walker.walk()
            return walker.output
        }
        return tidy(output)
    }

    /// The lowercase element name of a tag's inside (`/p class="x"` → `p`), as the
    /// characters of the inside give it.
    fileprivate static func tagName(_ inside: Substring) -> String {
        let trimmed = inside.drop { $0 == "/" || $0 == " " }
        return String(trimmed.prefix { $0.isLetter || $0.isNumber }).lowercased()
    }

    /// Collapses runs of spaces and of blank lines, and trims each line: over the UTF-8,
    /// where a space or a line break is never part of another scalar.
    private static func tidy(_ text: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        // Blank lines waiting to be written: one at most, and only between lines of text.
        var blankPending = false
        var anyLine = false
        for line in text.split(separator: 0x0A, omittingEmptySubsequences: false) {
            var words = line.split(separator: 0x20, omittingEmptySubsequences: true).makeIterator()
            guard let first = words.next() else {
                if anyLine { blankPending = true }
                continue
            }
            if anyLine {
                output.append(0x0A)
                if blankPending { output.append(0x0A) }
            }
            blankPending = false
            anyLine = true
            output.append(contentsOf: first)
            while let word = words.next() {
                output.append(0x20)
                output.append(contentsOf: word)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    fileprivate static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "section", "article", "header", "footer", "main", "aside", "nav", "dt", "dd", "dl",
        "blockquote", "pre", "hr", "title", "address", "figcaption", "body", "html", "head",
    ]
}

/// Decodes HTML character references: numeric ones and the named ones that occur in text.
enum HTMLEntities {
    /// The scalar of the reference named `name` (what stands between `&` and `;`): a
    /// numeric one (`#233`, `#xE9`) or a named one of the table.
    static func scalar(named name: String) -> Unicode.Scalar? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init)
        }
        return named[name]
    }

    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{00B7}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "euro": "\u{20AC}", "pound": "\u{00A3}",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "aacute": "á", "agrave": "à", "acirc": "â",
        "iacute": "í", "oacute": "ó", "ocirc": "ô", "uacute": "ú", "ugrave": "ù", "ntilde": "ñ",
        "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä", "Uuml": "Ü", "Ouml": "Ö", "Auml": "Ä",
        "szlig": "ß", "Eacute": "É", "iexcl": "¡", "iquest": "¿",
    ]
}

/// One walk over an HTML page's UTF-8, writing its text with a line break for each block
/// element (see ``HTMLTextExtractor``).
private struct HTMLWalker {
    let bytes: UnsafeBufferPointer<UInt8>
    var output: [UInt8] = []
    private var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        output.reserveCapacity(bytes.count / 2)
    }

    mutating func walk() {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                if !tag() { return }
            } else if byte == UInt8(ascii: "&"), let (decoded, next) = entity(at: index) {
                output.append(contentsOf: UTF8.encode(decoded)!)
                index = next
            } else if byte < 0x80 {
                // Line breaks in the source are white space like any other: a paragraph
                // wrapped across lines is one line of text. Block elements make lines.
                output.append(Self.isASCIIWhitespace(byte) ? 0x20 : byte)
                index += 1
            } else {
                let (scalar, length) = scalar(at: index)
                if scalar.properties.isWhitespace {
                    output.append(0x20)
                } else {
                    output.append(contentsOf: bytes[index..<index + length])
                }
                index += length
            }
        }
    }

    /// Reads the tag, comment or lone `<` at `index`; `false` when the rest of the page
    /// was a `<` that never closes, copied out as text.
    private mutating func tag() -> Bool {
        let afterBracket = index + 1
        guard afterBracket < bytes.count, mayStartATag(at: afterBracket) else {
            output.append(UInt8(ascii: "<"))  // "a < b": a "<" not followed by a name starts no tag
            index = afterBracket
            return true
        }
        if starts(with: "<!--", at: index) {
            index = find("-->", from: index).map { $0 + 3 } ?? bytes.count
            return true
        }
        guard let close = find(">", from: index) else {
            output.append(contentsOf: bytes[index...])  // a lone "<" in text, not a tag
            return false
        }
        let tag = tagName(from: afterBracket, to: close)
        index = close + 1
        if tag == "script" || tag == "style" {
            // Skip to the matching end tag; their content is code, not words.
            if let end = findIgnoringASCIICase("</" + tag, from: index) {
                index = find(">", from: end + tag.utf8.count + 2).map { $0 + 1 } ?? bytes.count
            } else {
                index = bytes.count
            }
        } else if HTMLTextExtractor.blockTags.contains(tag) {
            output.append(0x0A)
        } else if tag == "td" || tag == "th" {
            output.append(0x20)
        }
        return true
    }

    /// Whether the scalar at `position`, after a `<`, opens a tag: a letter, or `/`, `!` or `?`.
    private func mayStartATag(at position: Int) -> Bool {
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "/"), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
        case 0..<0x80: return Self.isASCIILetter(byte)
        default: return scalar(at: position).scalar.properties.isAlphabetic
        }
    }

    /// The lowercase element name of the tag between `start` and `end`: from the bytes when
    /// they are ASCII as far as the name goes, else from its characters (a letter with a
    /// combining mark is one character, and not the ASCII name before the mark).
    private func tagName(from start: Int, to end: Int) -> String {
        var position = start
        while position < end, bytes[position] == UInt8(ascii: "/") || bytes[position] == UInt8(ascii: " ") { position += 1 }
        let nameStart = position
        while position < end, Self.isASCIILetter(bytes[position]) || (0x30...0x39).contains(bytes[position]) { position += 1 }
        if position < end, bytes[position] >= 0x80 {
            let inside = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            return HTMLTextExtractor.tagName(inside[...])
        }
        return String(decoding: bytes[nameStart..<position].map { Self.isASCIILetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Decodes the character reference at `start` (an `&`): its scalar and the position
    /// after its `;`, or `nil` if none starts there. A name that decodes is ASCII, so
    /// looking for the `;` among the next 12 bytes finds what looking among the next 12
    /// characters would.
    private func entity(at start: Int) -> (Unicode.Scalar, Int)? {
        let nameStart = start + 1
        let limit = min(bytes.count, nameStart + 12)
        guard let semicolon = (nameStart..<limit).first(where: { bytes[$0] == UInt8(ascii: ";") }) else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<semicolon]), as: UTF8.self)
        guard let scalar = HTMLEntities.scalar(named: name) else { return nil }
        return (scalar, semicolon + 1)
    }

    /// The scalar whose UTF-8 starts at `position`, and its length in bytes. The bytes are
    /// a Swift string's, so valid UTF-8.
    private func scalar(at position: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[position]
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[position + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    private func starts(with text: StaticString, at position: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[position + $0] == text.utf8Start[$0] }
    }

    private func find(_ text: StaticString, from position: Int) -> Int? {
        let count = text.utf8CodeUnitCount
        guard count > 0, position + count <= bytes.count else { return nil }
        let first = text.utf8Start[0]
        var candidate = position
        while candidate + count <= bytes.count {
            if bytes[candidate] == first, starts(with: text, at: candidate) { return candidate }
            candidate += 1
        }
        return nil
    }

    /// The first position from `position` where `text` (ASCII) starts, letters in any case.
    private func findIgnoringASCIICase(_ text: String, from position: Int) -> Int? {
        let needle = Array(text.utf8)
        guard !needle.isEmpty, position + needle.count <= bytes.count else { return nil }
        var candidate = position
        while candidate + needle.count <= bytes.count {
            if (0..<needle.count).allSatisfy({ Self.lowercasedASCII(bytes[candidate + $0]) == needle[$0] }) { return candidate }
            candidate += 1
        }
        return nil
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }

    /// Tab, line feed, vertical tab, form feed, carriage return and space: the ASCII
    /// scalars that are white space.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
