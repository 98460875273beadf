/// Reads YAML as text a person (and the classifier) can read: the `key: value` lines
/// that ``JSONTextExtractor`` gives JSON, so the same data reads alike in either format.
///
/// Candidates' YAML is block-style data a few levels deep — preferences, a list of
/// positions — so this reads it line by line rather than building a tree: indentation,
/// comments, `---` and `...` markers, list dashes and quotes go; keys lose their
/// underscores; a block scalar (`|` or `>`) becomes its lines; a flow list (`[a, b]`)
/// becomes `a, b`; each item of a list of mappings starts after a blank line. Anchors,
/// tags and flow mappings are kept as written.
///
/// libmagic calls YAML `text/plain`; `SniffMIME` makes a text named `.yaml` or `.yml`
/// `application/yaml`.
public struct YAMLTextExtractor: TextExtractor {
    public let name = "yaml"

    public init() {}

    public func canExtract(mimeType: String) -> Bool {
        ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"].contains(mimeType)
    }

    public func extract(from file: InputFile, mimeType: String, context: StageContext) async throws -> ExtractedText {
        let data = try await TextFileReader.read(file, context: context)
        let (source, encoding) = TextDecoding.decode(data)
        return ExtractedText(text: Self.plainText(fromYAML: source), notes: ["decoded as \(encoding.rawValue); YAML read as key: value lines"])
    }

    /// The `key: value` lines of a block-style YAML text.
    static func plainText(fromYAML source: String) -> String {
        var lines: [String] = []
        // Inside a block scalar: the indentation its key had; deeper lines belong to it.
        var blockScalarIndent: Int?
        for rawLine in source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let indent = rawLine.prefix { $0 == " " }.count
            let content = rawLine.dropFirst(indent)
            if let scalarIndent = blockScalarIndent {
                if content.allSatisfy(\.isWhitespace) || indent > scalarIndent {
                    let text = content.trimmingWhitespace()
                    if !text.isEmpty { lines.append(text) }
                    continue
                }
                blockScalarIndent = nil
            }
            var text = Substring(withoutComment(content)).trimmingWhitespace()[...]
            if text.isEmpty || text == "---" || text == "..." { continue }

            var startsListItem = false
            while text.hasPrefix("- ") || text == "-" {
                startsListItem = true
                text = text.dropFirst().drop { $0 == " " }
            }
            guard !text.isEmpty else { continue }

            if let colon = mappingColon(in: text) {
                let key = unquoted(text[..<colon]).replacing("_", with: " ")
                var value = text[text.index(after: colon)...].drop { $0 == " " }
                if value == "|" || value == ">" || value.hasPrefix("|") && value.count <= 3 || value.hasPrefix(">") && value.count <= 3 {
                    blockScalarIndent = indent
                    value = ""
                }
                // A new mapping inside a list: a record of its own, as JSON's arrays of objects read.
                if startsListItem, let last = lines.last, !last.isEmpty { lines.append("") }
                lines.append(value.isEmpty ? "\(key):" : "\(key): \(scalarText(value))")
            } else {
                lines.append(scalarText(text))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The colon that ends a mapping key: followed by a space or the line's end, outside quotes.
    private static func mappingColon(in text: Substring) -> Substring.Index? {
        var quote: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                if index == text.startIndex { quote = character }
            } else if character == ":" {
                let next = text.index(after: index)
                if next == text.endIndex || text[next] == " " { return index }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// The line without a `#` comment: one that starts the line or follows a space, outside quotes.
    private static func withoutComment(_ line: Substring) -> Substring {
        var quote: Character?
        var previous: Character = " "
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" && previous == " " {
                return line[..<index]
            }
            previous = character
        }
        return line
    }

    /// A scalar as a reader sees it: quotes removed, a flow list's brackets removed.
    private static func scalarText(_ value: Substring) -> String {
        let text = value.trimmingWhitespace()
        if text.hasPrefix("[") && text.hasSuffix("]") && text.count >= 2 {
            return text.dropFirst().dropLast().split(separator: ",").map { unquoted($0.trimmingWhitespace()[...]) }.joined(separator: ", ")
        }
        return unquoted(text[...])
    }

    private static func unquoted(_ text: Substring) -> String {
        let trimmed = text.trimmingWhitespace()
        if trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'", trimmed.last == first {
            return String(trimmed.dropFirst().dropLast())
        }
        return trimmed
    }
}
