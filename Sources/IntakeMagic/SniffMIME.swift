import Foundation
import Intake

/// The sniff stage: sets `Document.mimeType` from the file's bytes with libmagic, never
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
/// correction is written to `Document.mimeEvidence` and to the stage's notes:
/// - a `%PDF-x.y` header within the first 1024 bytes of a file libmagic calls
///   `text/plain` or `application/octet-stream` makes it `application/pdf`
///   (libmagic misses a PDF behind a few hundred bytes of HTTP headers; poppler opens it);
/// - a text file named `.md` or `.markdown` becomes `text/markdown` (libmagic calls
///   Markdown `text/plain`, `text/x-script.python` or even `application/javascript`);
///   the name never turns binary data into text.
///
/// Endings and errors:
/// - an empty file ends as `skipped`, `empty_file`;
/// - a file that cannot be opened fails with the code `unreadable` and the system's reason
///   (`OpenedFile`; libmagic is given the file already open);
/// - a file that is not the one its source listed — swapped for a symbolic link or a FIFO,
///   replaced, or changed since — fails with `file_changed` (`OpenedFile`).
///
/// libmagic is called on `StageContext.blocking`, with cookies that the stage keeps and
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
        let file = document.file
        let cookies = self.cookies
        let (answer, head) = try await context.blocking.run {
            // One open, checked against what the walk listed: libmagic and the head read
            // the same file, never one that replaced it.
            let opened = try OpenedFile.open(file)
            let head = try opened.read(upTo: SniffVerdict.pdfHeaderWindow, at: 0)
            let answer = try cookies.withCookie { cookie throws(MagicError) in
                try cookie.mimeType(ofDescriptor: opened.descriptor)
            }
            return (answer, Data(head))
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
}
