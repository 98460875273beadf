/// The text of an office document as its XML is read: characters, tabs and line breaks,
/// a count of paragraphs, and a limit past which reading stops.
struct OfficeTextBuilder {
    /// The text read so far.
    private(set) var text = ""
    /// How many paragraphs (and headings) have ended.
    private(set) var paragraphCount = 0
    /// Reading stops once the text passes this many UTF-8 bytes.
    let maximumBytes: Int

    init(maximumBytes: Int) {
        self.maximumBytes = maximumBytes
    }

    /// Whether the text has passed ``maximumBytes``; the parser is stopped then.
    var isFull: Bool { text.utf8.count > maximumBytes }

    /// Appends characters of the document, or a tab or line break.
    mutating func append(_ characters: some StringProtocol) {
        text.append(contentsOf: characters)
    }

    /// Ends a paragraph: a line break, counted. The empty paragraphs documents use for
    /// spacing (and empty table cells) make one blank line at most, and none at the start.
    mutating func endParagraph() {
        paragraphCount += 1
        guard !text.isEmpty, !text.hasSuffix("\n\n") else { return }
        text.append("\n")
    }

    /// Starts a new line unless the text is empty or already ends with one: for blocks
    /// (list items, table cells) whose paragraphs already broke the line.
    mutating func breakLineIfNeeded() {
        if let last = text.last, last != "\n" { text.append("\n") }
    }

    /// The text without trailing white space (a document ends with a paragraph break).
    var finishedText: String {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)].isWhitespace {
            end = text.index(before: end)
        }
        return String(text[..<end])
    }
}
