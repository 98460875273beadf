import Foundation
import Intake
import IntakeTestFixtures
import Testing

@Suite("TextDecoding")
struct TextDecodingTests {
    @Test("UTF-8 without a byte order mark")
    func utf8() {
        let (text, encoding) = TextDecoding.decode(Data("Zoë – naïve café 😀".utf8))
        #expect(text == "Zoë – naïve café 😀")
        #expect(encoding == .utf8)
    }

    @Test("UTF-8 with a byte order mark: the mark is dropped")
    func utf8WithBOM() {
        let (text, encoding) = TextDecoding.decode(Data([0xEF, 0xBB, 0xBF]) + Data("Résumé".utf8))
        #expect(text == "Résumé")
        #expect(encoding == .utf8WithBOM)
        #expect(text.unicodeScalars.first != "\u{FEFF}")
    }

    static func utf16(_ text: String, bigEndian: Bool) -> Data {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return Data(bytes)
    }

    @Test("UTF-16 little endian with a byte order mark, surrogate pairs included")
    func utf16LittleEndian() {
        let (text, encoding) = TextDecoding.decode(Self.utf16("Salary: 90 000 €\r\nRemote 😀", bigEndian: false))
        #expect(text == "Salary: 90 000 €\r\nRemote 😀")
        #expect(encoding == .utf16LittleEndian)
    }

    @Test("UTF-16 big endian with a byte order mark")
    func utf16BigEndian() {
        let (text, encoding) = TextDecoding.decode(Self.utf16("Ñandú – ok", bigEndian: true))
        #expect(text == "Ñandú – ok")
        #expect(encoding == .utf16BigEndian)
    }

    @Test("bytes that are not UTF-8 are read as Latin-1")
    func latin1() {
        // "José Muñoz, café" in ISO-8859-1.
        let bytes: [UInt8] = [0x4A, 0x6F, 0x73, 0xE9, 0x20, 0x4D, 0x75, 0xF1, 0x6F, 0x7A, 0x2C, 0x20, 0x63, 0x61, 0x66, 0xE9]
        let (text, encoding) = TextDecoding.decode(Data(bytes))
        #expect(text == "José Muñoz, café")
        #expect(encoding == .latin1)
    }

    @Test("bytes 0x80–0x9F are read as Windows-1252: smart quotes, dashes, the euro sign")
    func windows1252() {
        // “Quoted” – it’s 5€ … in Windows-1252.
        var bytes: [UInt8] = [0x93]
        bytes += Array("Quoted".utf8) + [0x94, 0x20, 0x96, 0x20, 0x69, 0x74, 0x92, 0x73, 0x20, 0x35, 0x80, 0x20, 0x85]
        let (text, encoding) = TextDecoding.decode(Data(bytes))
        #expect(text == "\u{201C}Quoted\u{201D} \u{2013} it\u{2019}s 5\u{20AC} \u{2026}")
        #expect(encoding == .latin1)
    }

    @Test("the Latin-1 sample reads with its accents")
    func latin1Sample() throws {
        let data = try Data(contentsOf: Samples.url("dc36d74a-c3db-49a9-9170-d4ad97a619c8/notes.txt"))
        let (text, encoding) = TextDecoding.decode(data)
        #expect(encoding == .latin1)
        #expect(text.contains("José"))
        #expect(text.contains("café"))
    }

    @Test("the UTF-16 sample reads as UTF-16LE")
    func utf16Sample() throws {
        let data = try Data(contentsOf: Samples.url("46d135bb-94cd-4998-aaf1-09517a6af8c6/preferences.txt"))
        let (text, encoding) = TextDecoding.decode(data)
        #expect(encoding == .utf16LittleEndian)
        #expect(text.lowercased().contains("salary"))
        #expect(!text.contains("\u{0}"))
    }
}
