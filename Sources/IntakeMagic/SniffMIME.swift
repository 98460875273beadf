import Foundation
import Intake

/// The sniff stage: sets ``Document/mimeType`` from the file's bytes with libmagic, never
/// from its name.
///
/// ```swift
/// let pipeline = Pipeline {
///     SniffMIME()
///     ExtractText(PDFTextExtractor())
/// }
/// ```
///
/// libmagic's answer is corrected where it is known to miss, and every answer and
/// correction is written to ``Document/mimeEvidence`` and to the stage's notes:
/// - a `%PDF-x.y` header within the first 1024 bytes of a file libmagic calls
///   `text/plain` or `application/octet-stream` makes it `application/pdf`
///   (libmagic misses a PDF behind a few hundred bytes of HTTP headers; poppler opens it);
/// - a text file named `.md` or `.markdown` becomes `text/markdown` (libmagic calls
///   Markdown `text/plain`, `text/x-script.python` or even `application/javascript`);
///   the name never turns binary data into text.
///
/// Endings and errors:
/// - an empty file ends as `skipped`, `empty_file`;
/// - a file libmagic cannot read fails with the code `unreadable` and libmagic's message.
///
/// libmagic is called on ``StageContext/blocking``, with cookies that the stage keeps and
/// reuses: at most one per sniff running at once, each used by one sniff at a time.
/// Share one `SniffMIME` across a run rather than making one per file.
public struct SniffMIME: Stage {
    public let name = "sniff"
    /// 2: YAML and CSV by name, and UTF-16 text without a byte order mark.
    public var version: Int { 2 }

    private let cookies = MagicCookiePool()

    public init() {}

    /// How many libmagic cookies this stage has opened (for tests of the pool's bound).
    var cookieCount: Int { cookies.openedCount }

    public func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
        let path = document.file.path
        let cookies = self.cookies
        let (answer, head) = try await context.blocking.run {
            let answer = try cookies.withCookie { cookie throws(MagicError) in
                try cookie.mimeType(ofFileAt: path)
            }
            return (answer, try Self.readHead(ofFileAt: path))
        }

        let verdict = SniffVerdict(libmagic: answer, head: head, fileName: document.file.fileName)
        document.mimeType = verdict.mimeType
        document.mimeEvidence.append(contentsOf: verdict.evidence)
        verdict.evidence.forEach { document.note($0) }

        if verdict.isEmpty {
            return .end(.skipped(.emptyFile))
        }
        return .proceed
    }

    /// The first bytes of the file, enough to look for a PDF header behind other bytes.
    private static func readHead(ofFileAt path: String) throws(MagicError) -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw MagicError.unreadable("cannot open `\(path)' for reading")
        }
        defer { try? handle.close() }
        do {
            return try handle.read(upToCount: SniffVerdict.pdfHeaderWindow) ?? Data()
        } catch {
            throw MagicError.unreadable("cannot read `\(path)': \(error.localizedDescription)")
        }
    }
}
