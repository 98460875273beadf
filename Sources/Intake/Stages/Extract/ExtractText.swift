/// The extract stage: reads each document's text with the first ``TextExtractor`` that
/// takes its MIME type.
///
/// ```swift
/// // PDF from IntakePoppler, DOCX and ODT from IntakeOffice, then the built-in formats
/// ExtractText(PDFTextExtractor(), OfficeTextExtractor())
/// ```
///
/// Endings it decides:
/// - no extractor for the type: `skipped`, `unsupported_type`;
/// - a paged document whose pages hold no text (a scan): `skipped`, `no_text`, with the
///   page count kept on the document;
/// - a text that is only white space: `skipped`, `no_text`.
///
/// An extractor's error (an encrypted or damaged PDF) fails the file with the
/// extractor's code.
public struct ExtractText: Stage {
    public let name = "extract"

    /// 2: RTF is read (built in), and DOCX and ODT with `IntakeOffice`'s extractor; files
    /// of those types skipped as `unsupported_type` before go through again.
    public var version: Int { 2 }

    /// The extractors asked in order: those given first, then the built-in ones.
    public let extractors: [any TextExtractor]

    /// The built-in extractors: JSON, HTML, Markdown, RTF and plain text. RTF comes before
    /// plain text, which takes every `text/*` type, since libmagic says `text/rtf`.
    public static let builtInExtractors: [any TextExtractor] = [
        JSONTextExtractor(), HTMLTextExtractor(), MarkdownTextExtractor(), RTFTextExtractor(), PlainTextExtractor(),
    ]

    /// Creates the stage with `extractors` asked before the built-in ones.
    public init(_ extractors: any TextExtractor...) {
        self.init(extractors: extractors)
    }

    /// Creates the stage with `extractors`, followed by the built-in ones if
    /// `includingBuiltIns` is true.
    public init(extractors: [any TextExtractor], includingBuiltIns: Bool = true) {
        self.extractors = extractors + (includingBuiltIns ? Self.builtInExtractors : [])
    }

    public func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
        guard let mimeType = document.mimeType else {
            throw MissingMIMETypeError()
        }
        guard let extractor = extractors.first(where: { $0.canExtract(mimeType: mimeType) }) else {
            document.note("no extractor reads \(mimeType)")
            return .end(.skipped(.unsupportedType(mimeType)))
        }
        let extracted = try await extractor.extract(from: document.file, mimeType: mimeType, context: context)
        document.text = extracted.text
        document.pageCount = extracted.pageCount
        document.note("read by the \(extractor.name) extractor: \(extracted.text.count) characters\(extracted.pageCount.map { ", \($0) page\($0 == 1 ? "" : "s")" } ?? "")")
        extracted.notes.forEach { document.note($0) }

        if extracted.text.allSatisfy(\.isWhitespace) {
            if let pages = extracted.pageCount, pages > 0 {
                return .end(.skipped(.noText(pages: pages)))
            }
            return .end(.skipped(.blankText))
        }
        return .proceed
    }

    struct MissingMIMETypeError: ReportableError {
        var code: String { "not_ready" }
        var message: String { "no MIME type is known (add a sniffing stage before ExtractText)" }
    }
}
