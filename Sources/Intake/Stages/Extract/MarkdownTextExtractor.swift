/// Reads Markdown as text, dropping the markup that carries no words: heading marks,
/// emphasis, list bullets, link targets and image references.
///
/// Headings stay on lines of their own, since the classifier looks for section headings.
public struct MarkdownTextExtractor: TextExtractor {
    public let name = "markdown"

    public init() {}

    public func canExtract(mimeType: String) -> Bool {
        mimeType == "text/markdown" || mimeType == "text/x-markdown"
    }

    public func extract(from file: InputFile, mimeType: String, context: StageContext) async throws -> ExtractedText {
        let data = try await TextFileReader.read(file, context: context)
        let (markdown, encoding) = TextDecoding.decode(data)
        return ExtractedText(text: Self.plainText(fromMarkdown: markdown), notes: ["decoded as \(encoding.rawValue)"])
    }

    /// The words of a Markdown text, line by line.
    static func plainText(fromMarkdown markdown: String) -> String {
        var lines: [Substring] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            var text = line.drop { $0 == " " || $0 == "\t" }
            if text.hasPrefix("```") || text.allSatisfy({ "-=*_|: ".contains($0) }) && !text.isEmpty {
                continue  // fences, rules and table separators carry no words
            }
            while text.hasPrefix("#") || text.hasPrefix(">") { text = text.dropFirst().drop { $0 == " " } }
            if text.hasPrefix("- ") || text.hasPrefix("* ") || text.hasPrefix("+ ") { text = text.dropFirst(2) }
            lines.append(text)
        }
        let joined = lines.joined(separator: "\n")
        return stripInlineMarkup(joined)
    }

    /// Drops emphasis marks and keeps only the words of links: `[text](url)` becomes `text`.
    /// A link target ends on its own line: `](` without a `)` before the line's end is
    /// kept as text. Each character is searched at most once, so a line full of `](`
    /// takes linear time.
    private static func stripInlineMarkup(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.count)
        var index = text.startIndex
        // Where the last search for a `)` stopped without one: up to here, no target closes.
        var noCloseBefore = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "!" , text[text.index(after: index)...].hasPrefix("[") {
                index = text.index(after: index)
                continue
            }
            if character == "]", index >= noCloseBefore, text[text.index(after: index)...].hasPrefix("(") {
                let stop = text[index...].firstIndex { $0 == ")" || $0.isNewline } ?? text.endIndex
                if stop < text.endIndex, text[stop] == ")" {
                    index = text.index(after: stop)
                    continue
                }
                noCloseBefore = stop  // the next `](` before `stop` need not search again
            }
            if character == "[" || character == "]" || character == "*" || character == "`" || character == "|" {
                if character == "|" { output.append(" ") }
                index = text.index(after: index)
                continue
            }
            if character == "_", isEmphasisUnderscore(in: text, at: index) {
                index = text.index(after: index)
                continue
            }
            output.append(character)
            index = text.index(after: index)
        }
        return output
    }

    /// An underscore next to a space or the text's edge marks emphasis; inside a word
    /// (`snake_case`) it is part of the word.
    private static func isEmphasisUnderscore(in text: String, at index: String.Index) -> Bool {
        let before = index > text.startIndex ? text[text.index(before: index)] : " "
        let afterIndex = text.index(after: index)
        let after = afterIndex < text.endIndex ? text[afterIndex] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }
}
