/// Reads CSV as text a person (and the classifier) can read: each row becomes one
/// `column: value` line per non-empty cell, under the header's names, and rows are
/// separated by blank lines — the same shape ``JSONTextExtractor`` gives an array of
/// objects, so a list of positions reads alike in either format.
///
/// The separator is the one of `,`, `;` and tab that the first line holds most of
/// (spreadsheets in Spanish, German and French save with `;`). Quoted fields may hold
/// separators, doubled quotes and line breaks. Column names are written with spaces
/// instead of underscores. A file with a single line is read as that line.
///
/// At most ``maximumCells`` cells are read, with a note when there were more: a file of
/// 32 MiB of commas would otherwise hold 32 million fields in memory, while a candidate's
/// list of positions has a few hundred.
public struct CSVTextExtractor: TextExtractor {
    public let name = "csv"

    /// The most cells read from one file.
    public static let maximumCells = 200_000

    public init() {}

    public func canExtract(mimeType: String) -> Bool {
        mimeType == "text/csv" || mimeType == "text/tab-separated-values" || mimeType == "application/csv"
    }

    public func extract(from file: InputFile, mimeType: String, context: StageContext) async throws -> ExtractedText {
        let data = try await TextFileReader.read(file, context: context)
        let (source, encoding) = TextDecoding.decode(data)
        try Task.checkCancellation()
        let separator = Self.separator(of: source)
        let (rows, complete) = Self.rows(of: source, separator: separator)
        try Task.checkCancellation()
        var notes = ["decoded as \(encoding.rawValue); CSV of \(max(rows.count - 1, 0)) rows under \(rows.first?.count ?? 0) columns"]
        if !complete {
            notes.append("read the first \(Self.maximumCells) cells only; the rest of the file is not read")
        }
        // Cut at the cell limit, the text is not the whole file's: no `same_text` claim for it.
        return ExtractedText(text: Self.text(ofRows: rows), pageCount: nil, pagesRead: nil, isComplete: complete, notes: notes)
    }

    /// The separator the first line holds most of: `,`, `;` or tab (`,` when none). Only
    /// the line's first 64 KiB are looked at, as bytes: a file may be one line of 32 MiB.
    static func separator(of source: String) -> Character {
        let firstLine = source.utf8.prefix(64 << 10).prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
        let counts: [(Character, Int)] = [(",", UInt8(ascii: ",")), (";", UInt8(ascii: ";")), ("\t", UInt8(ascii: "\t"))].map { separator, byte in
            (separator, firstLine.count { $0 == byte })
        }
        let most = counts.max { $0.1 < $1.1 }!
        return most.1 > 0 ? most.0 : ","
    }

    /// The rows of `source`, each a list of fields, quotes removed; blank lines dropped;
    /// and whether they are all of them (`false` once `maximumCells` cells were read).
    static func rows(of source: String, separator: Character, maximumCells: Int = maximumCells) -> (rows: [[String]], complete: Bool) {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var iterator = source.makeIterator()
        var pending: Character? = nil
        var cells = 0

        func endRow() {
            row.append(field)
            field = ""
            if !row.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { rows.append(row) }
            row = []
        }

        while let character = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if character == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        inQuotes = false
                        pending = next
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" && field.allSatisfy(\.isWhitespace) {
                field = ""
                inQuotes = true
            } else if character == separator {
                row.append(field)
                field = ""
                cells += 1
            } else if character == "\n" || character == "\r\n" || character == "\r" {
                endRow()
                cells += 1
            } else {
                field.append(character)
            }
            if cells >= maximumCells {
                // The cell just ended is the last one read; the row so far is kept.
                if !field.isEmpty { row.append(field) }
                if !row.isEmpty && !row.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { rows.append(row) }
                return (rows, false)
            }
        }
        if !field.isEmpty || !row.isEmpty { endRow() }
        return (rows, true)
    }

    /// `column: value` lines for every row after the header, a blank line between rows.
    static func text(ofRows rows: [[String]]) -> String {
        guard let header = rows.first else { return "" }
        guard rows.count > 1 else { return header.joined(separator: " ") }
        let names = header.map { $0.trimmingWhitespace().replacing("_", with: " ") }
        var lines: [String] = []
        for row in rows.dropFirst() {
            if !lines.isEmpty { lines.append("") }
            for (index, cell) in row.enumerated() {
                let value = cell.trimmingWhitespace()
                guard !value.isEmpty else { continue }
                let name = index < names.count ? names[index] : ""
                lines.append(name.isEmpty ? value : "\(name): \(value)")
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension StringProtocol {
    /// The string without white space (line breaks included) at either end.
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
