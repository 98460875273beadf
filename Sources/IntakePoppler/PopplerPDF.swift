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
package final class PopplerPDF {
    private let document: OpaquePointer

    /// Files up to this size are read into memory whole and parsed from there; larger ones
    /// from their descriptor.
    ///
    /// From a descriptor poppler reads through a 256-byte buffer, one `pread` per refill:
    /// tens of thousands of system calls for a long document, some 5% of a run's time.
    /// From memory it reads none. Above this size the copy would cost a worker more memory
    /// than the pages a budget reads need.
    static let maximumBytesReadWhole = 16 << 20

    /// Opens the PDF in `file`, an input file opened as its source listed it, with no
    /// password.
    ///
    /// poppler reads the very file that was checked, never the path again: its bytes read
    /// from the descriptor into memory (see ``maximumBytesReadWhole``), or a duplicate of
    /// the descriptor, which it owns and closes. The password stays NULL: poppler's bytes
    /// and data constructors crash on a wrong non-NULL password, and an
    /// owner-password-only PDF opens (and reads) without one.
    package init(_ file: OpenedFile) throws(PDFError) {
        var error: UnsafeMutablePointer<GError>?
        let opened: OpaquePointer?
        if file.identity.size <= Int64(Self.maximumBytesReadWhole) {
            let bytes = try Self.readWhole(file)
            opened = poppler_document_new_from_bytes(bytes, nil, &error)
            // The document holds its own reference while it needs the bytes.
            g_bytes_unref(bytes)
        } else {
            // Close-on-exec, like every descriptor of ours: a process started meanwhile
            // (a parser worker) must not inherit the candidate's file.
            let duplicate = fcntl(file.descriptor, F_DUPFD_CLOEXEC, 0)
            guard duplicate >= 0 else {
                throw PDFError.unreadable(file.displayPath, String(cString: strerror(errno)))
            }
            opened = poppler_document_new_from_fd(duplicate, nil, &error)
        }
        guard let opened else {
            throw error.map { PDFError.consuming($0, path: file.displayPath) }
                ?? PDFError.damaged("the document could not be opened")
        }
        self.document = opened
    }

    /// The file's bytes, read from its descriptor into memory of GLib's, as `GBytes`.
    private static func readWhole(_ file: OpenedFile) throws(PDFError) -> OpaquePointer {
        let size = Int(file.identity.size)
        // One byte at least: GLib returns NULL for a request of none. `g_try_malloc`, not
        // `g_malloc`, which aborts the process when a worker's memory limit refuses it.
        guard let buffer = g_try_malloc(gsize(max(size, 1))) else {
            throw PDFError.unreadable(file.displayPath, "no memory to hold its \(size) bytes")
        }
        var filled = 0
        while filled < size {
            let got = pread(file.descriptor, buffer + filled, size - filled, off_t(filled))
            if got < 0 && errno == EINTR { continue }
            if got < 0 {
                let reason = String(cString: strerror(errno))
                g_free(buffer)
                throw PDFError.unreadable(file.displayPath, reason)
            }
            // A file cut short since it was listed parses as what it holds: a damaged PDF.
            if got == 0 { break }
            filled += got
        }
        return g_bytes_new_take(buffer, gsize(filled))
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(document))
    }

    /// The number of pages.
    package var pageCount: Int {
        Int(poppler_document_get_n_pages(document))
    }

    /// The text of the page at `index` (from 0): lines separated by `\n`, `""` for a page
    /// with no text layer.
    ///
    /// Cannot be interrupted; it takes as long as the page takes.
    package func text(ofPageAt index: Int) throws(PDFError) -> String {
        // In range, poppler returns a page; out of range it returns NULL with a g_critical.
        guard index >= 0, index < pageCount, let page = poppler_document_get_page(document, Int32(index)) else {
            throw PDFError.damaged("page \(index + 1) cannot be read")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        guard let text = poppler_page_get_text(page) else { return "" }
        defer { g_free(text) }
        return String(cString: text)
    }

    /// The page at `index` (from 0) drawn on white at `dotsPerInch`, in 8-bit grey: what
    /// OCR reads. A page so large that it would pass `maximumPixels` is drawn at the
    /// resolution that fits, which ``GreyPage/dotsPerInch`` then says.
    ///
    /// Cannot be interrupted; it takes as long as the page takes.
    package func greyImage(ofPageAt index: Int, dotsPerInch: Double, maximumPixels: Int) throws(PDFError) -> GreyPage {
        guard index >= 0, index < pageCount, let page = poppler_document_get_page(document, Int32(index)) else {
            throw PDFError.damaged("page \(index + 1) cannot be read")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var widthInPoints = 0.0
        var heightInPoints = 0.0
        poppler_page_get_size(page, &widthInPoints, &heightInPoints)
        guard widthInPoints.isFinite, heightInPoints.isFinite, widthInPoints >= 1, heightInPoints >= 1 else {
            throw PDFError.damaged("page \(index + 1) has no size")
        }
        var resolution = dotsPerInch
        let pixelsAtResolution = (widthInPoints * resolution / 72) * (heightInPoints * resolution / 72)
        if pixelsAtResolution > Double(maximumPixels) {
            resolution *= (Double(maximumPixels) / pixelsAtResolution).squareRoot()
        }
        let width = max(1, Int(widthInPoints * resolution / 72))
        let height = max(1, Int(heightInPoints * resolution / 72))

        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            throw PDFError.unreadable("page \(index + 1)", "no memory to draw it")
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let context = cairo_create(surface) else {
            throw PDFError.unreadable("page \(index + 1)", "no memory to draw it at \(width)×\(height) pixels")
        }
        // PDF pages are transparent: drawn on nothing, text would sit on black.
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, resolution / 72, resolution / 72)
        poppler_page_render(page, context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else {
            throw PDFError.unreadable("page \(index + 1)", "it could not be drawn")
        }
        let stride = Int(cairo_image_surface_get_stride(surface))
        // RGB24 keeps each pixel in a native-endian 32-bit word, 0x00RRGGBB; grey by the
        // luma weights of ITU-R BT.601, in integers.
        var grey = [UInt8](repeating: 255, count: width * height)
        grey.withUnsafeMutableBufferPointer { output in
            for row in 0..<height {
                let line = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
                for column in 0..<width {
                    let pixel = line[column]
                    let red = (pixel >> 16) & 0xFF, green = (pixel >> 8) & 0xFF, blue = pixel & 0xFF
                    output[row * width + column] = UInt8((red * 299 + green * 587 + blue * 114) / 1000)
                }
            }
        }
        return GreyPage(width: width, height: height, dotsPerInch: resolution, pixels: grey)
    }
}

/// A page drawn in 8-bit grey, one byte a pixel, rows top to bottom without padding.
package struct GreyPage: Sendable {
    package let width: Int
    package let height: Int
    /// The resolution it was drawn at.
    package let dotsPerInch: Double
    package let pixels: [UInt8]
}
