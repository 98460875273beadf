import CPoppler
import Intake

#if canImport(Glibc)
import Glibc
#endif

/// One open `PopplerDocument`, released when this value goes away.
///
/// Deliberately not `Sendable`: poppler documents are not shared between threads, and the
/// compiler keeps it that way. ``PDFTextExtractor`` opens, reads and releases one inside a
/// single job on the blocking pool.
final class PopplerPDF {
    private let document: OpaquePointer

    /// Opens the PDF in `file`, an input file opened as its source listed it, with no
    /// password.
    ///
    /// poppler reads from a duplicate of the descriptor, which it owns and closes: it
    /// reads the very file that was checked, never the path again. The password stays
    /// NULL: poppler's bytes and data constructors crash on a wrong non-NULL password, and
    /// an owner-password-only PDF opens (and reads) without one.
    init(_ file: OpenedFile) throws(PDFError) {
        // Close-on-exec, like every descriptor of ours: a process started meanwhile
        // (a parser worker) must not inherit the candidate's file.
        let duplicate = fcntl(file.descriptor, F_DUPFD_CLOEXEC, 0)
        guard duplicate >= 0 else {
            throw PDFError.unreadable(file.displayPath, String(cString: strerror(errno)))
        }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_fd(duplicate, nil, &error) else {
            throw error.map { PDFError.consuming($0, path: file.displayPath) }
                ?? PDFError.damaged("the document could not be opened")
        }
        self.document = document
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(document))
    }

    /// The number of pages.
    var pageCount: Int {
        Int(poppler_document_get_n_pages(document))
    }

    /// The text of the page at `index` (from 0): lines separated by `\n`, `""` for a page
    /// with no text layer.
    ///
    /// Cannot be interrupted; it takes as long as the page takes.
    func text(ofPageAt index: Int) throws(PDFError) -> String {
        // In range, poppler returns a page; out of range it returns NULL with a g_critical.
        guard index >= 0, index < pageCount, let page = poppler_document_get_page(document, Int32(index)) else {
            throw PDFError.damaged("page \(index + 1) cannot be read")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        guard let text = poppler_page_get_text(page) else { return "" }
        defer { g_free(text) }
        return String(cString: text)
    }
}
