import CTesseract
import Synchronization

/// One initialised Tesseract (`TessBaseAPI`) with its languages loaded.
///
/// Loading four languages takes a fifth of a second, so engines are kept for the next
/// page and the next file (``TesseractEngine/withEngine(languages:_:)``). An engine is
/// used by one thread at a time: it is taken out of the cache for the call and put back
/// after.
final class TesseractEngine: @unchecked Sendable {
    // @unchecked: the handle is only touched by the caller that took this engine out of
    // the cache, one call at a time.
    private let handle: OpaquePointer

    /// The page of words Tesseract read.
    struct Reading {
        var text: String
        /// The confidence of each word, from 0 to 100.
        var wordConfidences: [Int32]
    }

    /// Tesseract's version, such as `5.3.0`.
    static var version: String { String(cString: TessVersion()) }

    /// Loads `languages` (`eng+deu+fra+spa`) from the system's language data, with the
    /// LSTM recogniser.
    init(languages: String) throws(RecognitionError) {
        guard let handle = TessBaseAPICreate() else { throw .unavailable("Tesseract could not be started") }
        // Tesseract's diagnostics ("Estimating resolution", "Empty page!!") go nowhere:
        // the report says what happened, in words of its own.
        TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        guard TessBaseAPIInit2(handle, nil, languages, OEM_LSTM_ONLY) == 0 else {
            TessBaseAPIDelete(handle)
            throw .unavailable(
                "Tesseract has no language data for \(languages) (Debian: tesseract-ocr-eng, -deu, -fra, -spa)")
        }
        TessBaseAPISetPageSegMode(handle, PSM_AUTO)
        self.handle = handle
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// Reads the words of an 8-bit grey image, one byte a pixel, rows without padding.
    func read(grey pixels: [UInt8], width: Int, height: Int, dotsPerInch: Int) throws(RecognitionError) -> Reading {
        pixels.withUnsafeBufferPointer { buffer in
            TessBaseAPISetImage(handle, buffer.baseAddress, Int32(width), Int32(height), 1, Int32(width))
        }
        TessBaseAPISetSourceResolution(handle, Int32(dotsPerInch))
        return try recognise()
    }

    /// Reads the words of a Leptonica image, at the resolution it says (or `fallbackDotsPerInch`).
    func read(_ image: UnsafeMutablePointer<PIX>, fallbackDotsPerInch: Int) throws(RecognitionError) -> Reading {
        TessBaseAPISetImage2(handle, image)
        let resolution = Int(pixGetXRes(image))
        // A resolution missing from the file, or absurd, would mislead the layout analysis.
        TessBaseAPISetSourceResolution(handle, Int32((70...1200).contains(resolution) ? resolution : fallbackDotsPerInch))
        return try recognise()
    }

    private func recognise() throws(RecognitionError) -> Reading {
        defer { TessBaseAPIClear(handle) }
        guard TessBaseAPIRecognize(handle, nil) == 0 else { throw .failed("Tesseract could not recognise the page") }
        var reading = Reading(text: "", wordConfidences: [])
        if let text = TessBaseAPIGetUTF8Text(handle) {
            reading.text = String(cString: text)
            TessDeleteText(text)
        }
        if let confidences = TessBaseAPIAllWordConfidences(handle) {
            var index = 0
            while confidences[index] >= 0 {
                reading.wordConfidences.append(confidences[index])
                index += 1
            }
            TessDeleteIntArray(confidences)
        }
        return reading
    }

    // MARK: The cache

    /// Idle engines by their languages.
    private static let idle = Mutex<[String: [TesseractEngine]]>([:])

    /// Runs `body` with an engine for `languages`: an idle one, or a new one, given back
    /// after for the next call.
    static func withEngine<T>(languages: String, _ body: (TesseractEngine) throws(RecognitionError) -> T) throws(RecognitionError) -> T {
        let engine: TesseractEngine
        if let cached = idle.withLock({ $0[languages]?.popLast() }) {
            engine = cached
        } else {
            engine = try TesseractEngine(languages: languages)
        }
        defer { idle.withLock { $0[languages, default: []].append(engine) } }
        return try body(engine)
    }
}
