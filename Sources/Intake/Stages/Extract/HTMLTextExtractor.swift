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
    static func plainText(fromHTML html: String) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count / 2)
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            guard character == "<" else {
                if character == "&", let (decoded, next) = HTMLEntities.decode(in: html, at: index) {
                    output.append(decoded)
                    index = next
                } else {
                    // Line breaks in the source are white space like any other: a paragraph
                    // wrapped across lines is one line of text. Block elements make lines.
                    output.append(character.isWhitespace ? " " : character)
                    index = html.index(after: index)
                }
                continue
            }
            let rest = html[index...]
            let afterBracket = rest.dropFirst().first
            guard let afterBracket, afterBracket.isLetter || afterBracket == "/" || afterBracket == "!" || afterBracket == "?" else {
                output.append("<")  // "a < b": a "<" not followed by a name starts no tag
                index = html.index(after: index)
                continue
            }
            if rest.hasPrefix("<!--") {
                index = rest.range(of: "-->")?.upperBound ?? html.endIndex
                continue
            }
            guard let close = rest.firstIndex(of: ">") else {
                output.append(contentsOf: rest)  // a lone "<" in text, not a tag
                break
            }
            let tag = Self.tagName(html[html.index(after: index)..<close])
            index = html.index(after: close)
            if tag == "script" || tag == "style" {
                // Skip to the matching end tag; their content is code, not words.
                if let end = html[index...].range(of: "</\(tag)", options: .caseInsensitive) {
                    index = html[end.upperBound...].firstIndex(of: ">").map { html.index(after: $0) } ?? html.endIndex
                } else {
                    index = html.endIndex
                }
            } else if blockTags.contains(tag) {
                output.append("\n")
            } else if tag == "td" || tag == "th" {
                output.append(" ")
            }
        }
        return tidy(output)
    }

    /// The lowercase element name of a tag's inside (`/p class="x"` → `p`).
    private static func tagName(_ inside: Substring) -> String {
        let trimmed = inside.drop { $0 == "/" || $0 == " " }
        return String(trimmed.prefix { $0.isLetter || $0.isNumber }).lowercased()
    }

    /// Collapses runs of spaces and of blank lines, and trims each line.
    private static func tidy(_ text: String) -> String {
        var lines: [String] = []
        var previousWasBlank = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            if words.isEmpty {
                if !previousWasBlank { lines.append("") }
                previousWasBlank = true
            } else {
                lines.append(words.joined(separator: " "))
                previousWasBlank = false
            }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "section", "article", "header", "footer", "main", "aside", "nav", "dt", "dd", "dl",
        "blockquote", "pre", "hr", "title", "address", "figcaption", "body", "html", "head",
    ]
}

/// Decodes HTML character references: numeric ones and the named ones that occur in text.
enum HTMLEntities {
    /// Decodes the reference starting at `index` (an `&`); `nil` if none starts there.
    static func decode(in text: String, at index: String.Index) -> (Character, String.Index)? {
        let start = text.index(after: index)
        guard let semicolon = text[start...].prefix(12).firstIndex(of: ";") else { return nil }
        let name = text[start..<semicolon]
        let next = text.index(after: semicolon)
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (Character(scalar), next)
        }
        guard let scalar = named[String(name)] else { return nil }
        return (Character(scalar), next)
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
