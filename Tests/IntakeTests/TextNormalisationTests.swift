import Foundation
import IntakeTestFixtures
import Testing

@testable import Intake

/// The dedupe text hash normalises a text byte by byte; lowercasing the whole string and
/// walking its scalars, as it did before, is what it must equal: on the tricky cases and
/// on every labelled text, so that hashes in earlier runs' ledgers still match.
@Suite struct TextNormalisationTests {
    @Test(arguments: [
        "İstanbul \u{212A}ELVIN ΣΊΣΥΦΟΣ Straße ǅemal ﬁnance Ⅻ ½ ²",  // mappings to several scalars, titlecase, ligatures, numbers
        "CAFÉ Cafe\u{0301} naïve \u{0301}x 👩\u{200D}💻 co-op L'ÉTÉ 2019\u{00A0}–\u{2003}end",
        "  \n\t leading and trailing \r\n\u{FEFF}",
        "काम करना \u{093E}\u{093E} ١٢٣ 四五六 Ωμέγα",
        "",
    ])
    func normalisesAsTheWholeStringLowercasedWould(text: String) {
        #expect(ContentHasher.normalise(text) == Self.reference(text))
    }

    @Test func normalisesTheRealTextsAsTheWholeStringLowercasedWould() {
        let texts = ["labelled/tune", "labelled/heldout", "samples"].flatMap { folder in
            let root = Samples.packageRoot.appending(path: folder)
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            return files.compactMap { file in (try? String(contentsOf: file, encoding: .utf8)).map { (file.lastPathComponent, $0) } }
        }
        #expect(texts.count > 100)
        for (name, text) in texts {
            #expect(ContentHasher.normalise(text) == Self.reference(text), "\(name)")
        }
    }

    /// The length that decides whether a text gets a hash is counted in characters, as
    /// before, also where a character is many scalars and the first 4 KiB are one of them.
    @Test(arguments: [
        (String(repeating: "का", count: 150), false),  // 150 characters of 300 scalars
        (String(repeating: "का", count: 200), true),
        (String(repeating: "का", count: 1500), true),  // settled by the first 4 KiB
        ("क" + String(repeating: "\u{093E}", count: 2000) + String(repeating: "a", count: 198), false),  // 199 characters
        ("क" + String(repeating: "\u{093E}", count: 2000) + String(repeating: "a", count: 199), true),  // 200 characters
    ])
    func lengthIsCountedInCharacters(text: String, hasHash: Bool) {
        #expect((Self.reference(text).count >= ContentHasher.minimumNormalisedLength) == hasHash)
        #expect((ContentHasher.normalisedTextSHA256(of: text) != nil) == hasHash)
    }

    /// The normalisation as it was first written: the whole text lowercased, then walked
    /// scalar by scalar.
    static func reference(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace && !output.isEmpty { output.append(" ") }
                pendingSpace = false
                output.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(output)
    }
}
