/// Reads plain text in UTF-8, UTF-16 (with a byte order mark) or Latin-1.
///
/// It takes every `text/*` type that no more specific extractor took: libmagic calls many
/// plain texts `text/x-script.python` or `text/x-c` when a line happens to look like code.
public struct PlainTextExtractor: TextExtractor {
    public let name = "plain-text"

    public init() {}

    public func canExtract(mimeType: String) -> Bool {
        mimeType.hasPrefix("text/")
    }

    public func extract(from file: InputFile, mimeType: String, context: StageContext) async throws -> ExtractedText {
        let data = try await TextFileReader.read(file, context: context)
        let (text, encoding) = TextDecoding.decode(data)
        return ExtractedText(text: text, notes: ["decoded as \(encoding.rawValue)"])
    }
}
