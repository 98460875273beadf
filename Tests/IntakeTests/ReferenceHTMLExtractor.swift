import Foundation

@testable import Intake

/// The HTML extractor as it was first written, walking scalars and characters: the byte
/// walker of `HTMLTextExtractor` must give what it gives (`HTMLByteWalkTests`).
enum ReferenceHTMLExtractor {
    static func plainText(fromHTML html: String) -> String {
        let scalars = html.unicodeScalars
        var output = String.UnicodeScalarView()
        output.reserveCapacity(html.utf8.count / 2)
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard scalar == "<" else {
                if scalar == "&", let (decoded, next) = ReferenceHTMLEntities.decode(in: html, at: index) {
                    output.append(contentsOf: decoded.unicodeScalars)
                    index = next
                } else {
                    // Line breaks in the source are white space like any other: a paragraph
                    // wrapped across lines is one line of text. Block elements make lines.
                    output.append(scalar.properties.isWhitespace ? " " : scalar)
                    index = scalars.index(after: index)
                }
                continue
            }
            let afterBracket = scalars.index(after: index)
            guard afterBracket < scalars.endIndex, Self.mayStartATag(scalars[afterBracket]) else {
                output.append("<")  // "a < b": a "<" not followed by a name starts no tag
                index = afterBracket
                continue
            }
            let rest = html[index...]
            if rest.utf8.starts(with: "<!--".utf8) {
                index = rest.range(of: "-->")?.upperBound ?? html.endIndex
                continue
            }
            guard let close = scalars[index...].firstIndex(of: ">") else {
                output.append(contentsOf: scalars[index...])  // a lone "<" in text, not a tag
                break
            }
            let tag = Self.tagName(html[afterBracket..<close])
            index = scalars.index(after: close)
            if tag == "script" || tag == "style" {
                // Skip to the matching end tag; their content is code, not words.
                if let end = html[index...].range(of: "</\(tag)", options: .caseInsensitive) {
                    index = scalars[end.upperBound...].firstIndex(of: ">").map { scalars.index(after: $0) } ?? html.endIndex
                } else {
                    index = html.endIndex
                }
            } else if blockTags.contains(tag) {
                output.append("\n")
            } else if tag == "td" || tag == "th" {
                output.append(" ")
            }
        }
        return tidy(String(output))
    }

    /// Whether a scalar after `<` opens a tag: a letter, or `/`, `!` or `?`.
    private static func mayStartATag(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "/" || scalar == "!" || scalar == "?" || scalar.properties.isAlphabetic
    }

    /// The lowercase element name of a tag's inside (`/p class="x"` → `p`).
    private static func tagName(_ inside: Substring) -> String {
        let trimmed = inside.drop { $0 == "/" || $0 == " " }
        return String(trimmed.prefix { $0.isLetter || $0.isNumber }).lowercased()
    }

    /// Collapses runs of spaces and of blank lines, and trims each line.
    private static func tidy(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        output.reserveCapacity(text.utf8.count)
        // Blank lines waiting to be written: one at most, and only between lines of text.
        var blankPending = false
        var anyLine = false
        for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            var words = line.split(separator: " ", omittingEmptySubsequences: true).makeIterator()
            guard let first = words.next() else {
                if anyLine { blankPending = true }
                continue
            }
            if anyLine { output.append(contentsOf: blankPending ? "\n\n".unicodeScalars : "\n".unicodeScalars) }
            blankPending = false
            anyLine = true
            output.append(contentsOf: first)
            while let word = words.next() {
                output.append(" ")
                output.append(contentsOf: word)
            }
        }
        return String(output)
    }

    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "section", "article", "header", "footer", "main", "aside", "nav", "dt", "dd", "dl",
        "blockquote", "pre", "hr", "title", "address", "figcaption", "body", "html", "head",
    ]
}

/// Its character references: found as it found them, among the next 12 characters, and
/// named by the extractor's own table (the walk over bytes changed how they are found,
/// not what they name).
enum ReferenceHTMLEntities {
    /// Decodes the reference starting at `index` (an `&`); `nil` if none starts there.
    static func decode(in text: String, at index: String.Index) -> (Character, String.Index)? {
        let start = text.index(after: index)
        guard let semicolon = text[start...].prefix(12).firstIndex(of: ";") else { return nil }
        guard let scalar = HTMLEntities.scalar(named: String(text[start..<semicolon])) else { return nil }
        return (Character(scalar), text.index(after: semicolon))
    }
}
