import Foundation
import Intake
import IntakeTestFixtures
import Logging
import Testing
@testable import IntakeOCR

/// The recognizer itself, with the real Tesseract and Leptonica, in this process (the
/// engine runs it in its workers; these tests look at what it does, not where).
@Suite(.serialized) struct TesseractRecognizerTests {
    let context = StageContext(logger: Logger(label: "intake.test", factory: { _ in SwiftLogNoOpLogHandler() }))
    static let scans = Samples.packageRoot.appending(path: "Tests/Fixtures/scans")

    func recognise(_ name: String, mimeType: String, with recognizer: TesseractRecognizer = TesseractRecognizer()) async throws -> ExtractedText {
        try await recognizer.recognize(
            InputFile(url: Self.scans.appending(path: name)), mimeType: mimeType, quality: TextQuality.assess(""), context: context)
    }

    @Test func itTakesScansAndImagesWhoseTextDoesNotRead() {
        let recognizer = TesseractRecognizer()
        let none = TextQuality.assess("")
        for type in ["application/pdf", "image/png", "image/jpeg", "image/tiff", "image/bmp", "image/webp"] {
            #expect(recognizer.canRecognize(mimeType: type, quality: none), "\(type)")
        }
        #expect(!recognizer.canRecognize(mimeType: "text/plain", quality: none))
        let readable = TextQuality.assess("I am a nurse with ten years on surgical wards, and I love teaching new colleagues.")
        #expect(!recognizer.canRecognize(mimeType: "application/pdf", quality: readable), "a PDF whose text reads never goes to OCR")
    }

    @Test func aMultiPageTIFFIsReadPageByPage() async throws {
        let extracted = try await recognise("about-fr.tif", mimeType: "image/tiff")
        let recognition = try #require(extracted.recognition)
        #expect(extracted.pageCount == recognition.pages.count)
        #expect(recognition.pages.first == 1)
        #expect(extracted.text.localizedCaseInsensitiveContains("propos") || extracted.text.localizedCaseInsensitiveContains("je "), "\(extracted.text.prefix(200))")
    }

    @Test func aPhoneFotoStoredSidewaysIsTurnedUprightByItsEXIFOrientation() async throws {
        let bytes = [UInt8](try Data(contentsOf: Self.scans.appending(path: "resume-en-photo.jpg")))
        #expect(ExifOrientation.of(jpeg: bytes) == .quarterTurnClockwise)
        let extracted = try await recognise("resume-en-photo.jpg", mimeType: "image/jpeg")
        #expect(extracted.text.contains("Employment history"), "read upright: \(extracted.text.prefix(300))")
        #expect((extracted.recognition?.meanConfidence ?? 0) > 0.8)
    }

    @Test func anOrientationIsReadOnlyFromAWellFormedEXIFBlock() throws {
        let photo = [UInt8](try Data(contentsOf: Self.scans.appending(path: "resume-en-photo.jpg")))
        let scan = [UInt8](try Data(contentsOf: Self.scans.appending(path: "about-es.jpg")))
        #expect(ExifOrientation.of(jpeg: scan) == .upright, "no EXIF block")
        // Cut anywhere in the photo's header, the reader stops at the end of what it has.
        for length in stride(from: 0, through: 400, by: 7) {
            let orientation = ExifOrientation.of(jpeg: Array(photo.prefix(length)))
            #expect(orientation == .upright || orientation == .quarterTurnClockwise)
        }
        #expect(ExifOrientation.of(jpeg: [0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF]) == .upright, "a length past the end")
        #expect(ExifOrientation.of(jpeg: Array("not a jpeg at all".utf8)) == .upright)
    }

    @Test func anImageClaimingAHugeSizeIsRefusedBeforeItIsDecoded() async throws {
        // A PNG header that says 100,000 × 100,000 pixels, in a file of 45 bytes.
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let header: [UInt8] = Array("IHDR".utf8) + Self.bigEndian(100_000) + Self.bigEndian(100_000) + [8, 0, 0, 0, 0]
        png += Self.bigEndian(13) + header + Self.bigEndian(Self.crc32(header))
        png += Self.bigEndian(0) + Array("IEND".utf8) + Self.bigEndian(Self.crc32(Array("IEND".utf8)))
        let scratch = try TemporaryFolder()
        let url = try scratch.write("huge.png", bytes: Data(png))
        await #expect(throws: RecognitionError.imageTooLarge(width: 100_000, height: 100_000, maximumPixels: 50_000_000)) {
            _ = try await TesseractRecognizer().recognize(InputFile(url: url), mimeType: "image/png", quality: TextQuality.assess(""), context: context)
        }
    }

    @Test func aLargeImageIsScaledDownBeforeItIsRecognised() async throws {
        // The 200-dpi A4 scan has 3.9 million pixels; handed to Tesseract at 2.5 million
        // (about 160 dpi) it still reads.
        let small = TesseractRecognizer(maximumRecognisedPixels: 2_500_000)
        let extracted = try await recognise("about-es.jpg", mimeType: "image/jpeg", with: small)
        let whole = try await recognise("about-es.jpg", mimeType: "image/jpeg")
        #expect((extracted.recognition?.words ?? 0) > (whole.recognition?.words ?? 0) / 2, "\(extracted.text.prefix(200))")
        #expect((extracted.recognition?.meanConfidence ?? 0) > 0.6)
    }

    @Test func anImageFileOverTheByteLimitIsNotRead() async throws {
        let url = Self.scans.appending(path: "about-es.jpg")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path(percentEncoded: false))[.size] as? Int)
        await #expect(throws: RecognitionError.fileTooLarge(bytes: Int64(size), maximumBytes: 1000)) {
            _ = try await TesseractRecognizer(maximumImageBytes: 1000).recognize(
                InputFile(url: url, size: Int64(size)), mimeType: "image/jpeg", quality: TextQuality.assess(""), context: context)
        }
    }

    @Test func bytesThatAreNoImageFailAsDamaged() async throws {
        let scratch = try TemporaryFolder()
        let url = try scratch.write("fake.png", bytes: Data("this is not a PNG, whatever its name says".utf8))
        let error = await #expect(throws: RecognitionError.self) {
            _ = try await TesseractRecognizer().recognize(InputFile(url: url), mimeType: "image/png", quality: TextQuality.assess(""), context: context)
        }
        #expect(error?.code == "image_damaged")
    }

    @Test func aTextBelowTheConfidenceThresholdEndsOCRLowConfidence() async throws {
        // The scan reads at about 90%: with a threshold above that, the stage must not
        // classify a text it does not trust.
        let strict = TesseractRecognizer(minimumConfidence: 0.99)
        var document = Document(file: InputFile(url: Self.scans.appending(path: "resume-de.pdf")))
        document.mimeType = "application/pdf"
        let result = try await ExtractText(recognizer: strict).process(&document, context: context)
        guard case .end(.skipped(let reason)) = result else { Issue.record("not skipped: \(result)"); return }
        #expect(reason.code == "ocr_low_confidence")
        let recognition = try #require(document.recognition)
        #expect(recognition.meanConfidence < 0.99 && recognition.meanConfidence > 0.5)
        #expect(reason.message.contains("\(Int((recognition.meanConfidence * 100).rounded()))%"))

        var trusted = Document(file: InputFile(url: Self.scans.appending(path: "resume-de.pdf")))
        trusted.mimeType = "application/pdf"
        let passed = try await ExtractText(recognizer: TesseractRecognizer()).process(&trusted, context: context)
        guard case .proceed = passed else { Issue.record("the default threshold trusts this scan: \(passed)"); return }
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    /// The CRC-32 of PNG chunks (ISO 3309), bit by bit.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
