import CTesseract
import Intake

/// The pages of an image file (PNG, JPEG, TIFF with its pages, BMP, WebP, as Leptonica
/// reads them), decoded one at a time and turned upright as the camera's EXIF
/// orientation says.
///
/// Each page's size is read from its header and checked against `maximumPixels` before
/// its pixels are decoded: a small file that claims 100,000 × 100,000 pixels is refused,
/// not inflated.
struct ScannedImage {
    let bytes: [UInt8]
    let isTIFF: Bool
    let orientation: ExifOrientation
    let maximumPixels: Int
    /// A page with more pixels is scaled down to this many before it is recognised.
    let maximumRecognisedPixels: Int
    /// The number of pages: a TIFF's directories, or 1.
    let pageCount: Int

    /// The MIME types it reads, as libmagic names them.
    static let mimeTypes: Set<String> = ["image/png", "image/jpeg", "image/tiff", "image/bmp", "image/x-ms-bmp", "image/webp"]

    init(bytes: [UInt8], mimeType: String, maximumPixels: Int, maximumRecognisedPixels: Int) throws(RecognitionError) {
        Self.silenceLeptonica
        self.bytes = bytes
        self.isTIFF = mimeType == "image/tiff"
        self.orientation = mimeType == "image/jpeg" ? ExifOrientation.of(jpeg: bytes) : .upright
        self.maximumPixels = maximumPixels
        self.maximumRecognisedPixels = maximumRecognisedPixels
        var format: Int32 = 0, width: Int32 = 0, height: Int32 = 0, bitsPerSample: Int32 = 0, samplesPerPixel: Int32 = 0, colormap: Int32 = 0
        guard pixReadHeaderMem(bytes, bytes.count, &format, &width, &height, &bitsPerSample, &samplesPerPixel, &colormap) == 0 else {
            throw .undecodable("the image's header cannot be read")
        }
        guard Int(width) * Int(height) <= maximumPixels else {
            throw .imageTooLarge(width: Int(width), height: Int(height), maximumPixels: maximumPixels)
        }
        if isTIFF {
            var count: Int32 = 0
            guard let stream = fopenReadFromMemory(bytes, bytes.count) else { throw .undecodable("the TIFF cannot be opened") }
            defer { fclose(stream) }
            guard tiffGetCount(stream, &count) == 0, count > 0 else { throw .undecodable("the TIFF's pages cannot be counted") }
            pageCount = Int(count)
        } else {
            pageCount = 1
        }
    }

    /// Leptonica reports every error on standard error as well as returning it; the
    /// returned error is what the report says.
    private static let silenceLeptonica: Void = { _ = setMsgSeverity(6) }()  // L_SEVERITY_NONE

    /// Runs `body` with page `index` (from 0) decoded, upright and no larger than
    /// ``maximumRecognisedPixels``, and frees it after.
    func withPage<T>(_ index: Int, _ body: (UnsafeMutablePointer<PIX>) throws(RecognitionError) -> T) throws(RecognitionError) -> T {
        var page = isTIFF ? pixReadMemTiff(bytes, bytes.count, Int32(index)) : pixReadMem(bytes, bytes.count)
        guard page != nil else { throw .undecodable("page \(index + 1) of the image cannot be decoded") }
        defer { pixDestroy(&page) }
        let width = Int(pixGetWidth(page)), height = Int(pixGetHeight(page))
        // A TIFF's later pages have sizes of their own, checked here once decoded.
        guard width * height <= maximumPixels else { throw .imageTooLarge(width: width, height: height, maximumPixels: maximumPixels) }
        var fitting = page
        if width * height > maximumRecognisedPixels {
            let scale = Float((Double(maximumRecognisedPixels) / Double(width * height)).squareRoot())
            fitting = pixScale(page, scale, scale)
        }
        defer { if fitting != page { pixDestroy(&fitting) } }
        guard let fitting else { throw .undecodable("page \(index + 1) of the image cannot be scaled down") }
        var upright = Self.turned(fitting, orientation)
        defer { if upright != fitting { pixDestroy(&upright) } }
        guard let upright else { throw .undecodable("page \(index + 1) of the image cannot be turned upright") }
        return try body(upright)
    }

    /// `page` turned as `orientation` says: the same image when it is upright, else a new one.
    private static func turned(_ page: UnsafeMutablePointer<PIX>, _ orientation: ExifOrientation) -> UnsafeMutablePointer<PIX>? {
        func flipped(_ image: UnsafeMutablePointer<PIX>?) -> UnsafeMutablePointer<PIX>? {
            var image = image
            guard image != nil else { return nil }
            defer { pixDestroy(&image) }
            return pixFlipLR(nil, image)
        }
        switch orientation {
        case .upright: return page
        case .mirrored: return pixFlipLR(nil, page)
        case .upsideDown: return pixRotate180(nil, page)
        case .upsideDownMirrored: return flipped(pixRotate180(nil, page))
        case .quarterTurnMirrored: return flipped(pixRotate90(page, 1))
        case .quarterTurnClockwise: return pixRotate90(page, 1)
        case .quarterTurnCounterClockwiseMirrored: return flipped(pixRotate90(page, -1))
        case .quarterTurnCounterClockwise: return pixRotate90(page, -1)
        }
    }
}
