/// Reads the text of RTF documents, as Word, WordPad, TextEdit and LibreOffice write them.
///
/// Paragraphs and line breaks become line breaks, tabs stay tabs and table cells are
/// separated by tabs; font tables, style sheets, document information, pictures, embedded
/// objects, headers, footers, footnotes, comments, field codes and every `{\*…}` group are
/// dropped, as they are not the words of the document as it reads. Characters outside
/// ASCII are read from `\uN` escapes and from `\'hh` bytes in the document's code page.
///
/// Only Windows-1252, the code page of Western documents (`\ansicpg1252`, and the default),
/// is known; `\'hh` bytes of a document that declares another one are read as Windows-1252
/// too, with a note. Writers put characters outside their code page in `\uN` escapes,
/// which need no code page.
///
/// An RTF file whose groups nest deeper than 256 levels, or one that does not start with
/// `{\rtf`, fails with the code `rtf_damaged`. Files over ``ExtractedText/maximumBytes``
/// (pictures make RTF files large) fail as `text_too_large`, as other text files do.
public struct RTFTextExtractor: TextExtractor {
    public let name = "rtf"

    public init() {}

    public func canExtract(mimeType: String) -> Bool {
        mimeType == "text/rtf" || mimeType == "application/rtf"
    }

    public func extract(from file: InputFile, mimeType: String, context: StageContext) async throws -> ExtractedText {
        let data = try await TextFileReader.read(file, context: context)
        let read = try RTFReader.read([UInt8](data))
        var notes = ["RTF: \(read.paragraphCount) paragraph\(read.paragraphCount == 1 ? "" : "s"), code page \(read.codePage)"]
        if read.codePage != RTFReader.windows1252 && read.readBytesInCodePage {
            notes.append("code page \(read.codePage) is not known: its \\'hh characters were read as Windows-1252")
        }
        return ExtractedText(text: read.text, notes: notes)
    }
}
