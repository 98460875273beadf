import Foundation
@testable import Intake
import IntakeTestFixtures
import IntakeTesting
import Testing

/// The RTF extractor, reading real files written the way Word and WordPad write them.
@Suite("RTF text extractor")
struct RTFTextExtractorTests {
    static func extract(_ rtf: String) async throws -> ExtractedText {
        try await extract(bytes: Data(rtf.utf8))
    }

    static func extract(bytes: Data) async throws -> ExtractedText {
        let folder = try TemporaryFolder()
        try folder.write("cv.rtf", bytes: bytes)
        return try await RTFTextExtractor().extract(from: try folder.inputFile("cv.rtf"), mimeType: "text/rtf", context: testContext)
    }

    /// A document as WordPad writes it: a header of tables, then the text.
    static let wordPadDocument = #"""
        {\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang1033{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fnil Symbol;}}
        {\colortbl ;\red0\green0\blue255;}
        {\*\generator Riched20 10.0.19041}\viewkind4\uc1
        \pard\sa200\sl276\slmult1\b\f0\fs28\lang9 Ana Silva\b0\fs22\par
        Senior Engineer\tab Lisbon\line Remote\par
        }
        """#

    @Test("plain text: the header's tables are dropped, paragraphs and tabs kept")
    func plain() async throws {
        let extracted = try await Self.extract(Self.wordPadDocument)
        #expect(extracted.text == "Ana Silva\nSenior Engineer\tLisbon\nRemote")
        #expect(extracted.notes == ["RTF: 2 paragraphs, code page 1252"])
    }

    @Test("\\'hh bytes are read in Windows-1252")
    func codePageBytes() async throws {
        let extracted = try await Self.extract(#"{\rtf1\ansi\ansicpg1252 Caf\'e9 \'80 5, na\'efve, \'93quoted\'94\par}"#)
        #expect(extracted.text == "Café € 5, naïve, \u{201C}quoted\u{201D}")
    }

    @Test("a code page other than 1252 is read as 1252, with a note")
    func otherCodePage() async throws {
        let extracted = try await Self.extract(#"{\rtf1\ansi\ansicpg1251 \'e0\par}"#)
        #expect(extracted.text == "à")
        #expect(extracted.notes.contains { $0.contains("code page 1251 is not known") })
    }

    @Test("\\uN with its fallback skipped: the euro, \\ucN, negative values and surrogate pairs")
    func unicodeEscapes() async throws {
        let extracted = try await Self.extract(
            #"{\rtf1\ansi 5\u8364? a\u-3913?b {\uc2\u269\'63\'3f x}\u-10179?\u-8704? \u-10179?end\par}"#
        )
        // U+F0B7 is -3913; U+1F600 is the pair D83D DE00 (-10179, -8704); a lone first half
        // becomes U+FFFD.
        #expect(extracted.text == "5€ a\u{F0B7}b č x😀 \u{FFFD}end")
    }

    @Test("destination groups are skipped, nested ones too; fields keep their result only")
    func destinationsSkipped() async throws {
        let rtf = #"""
            {\rtf1\ansi{\fonttbl{\f0\froman Times New Roman;}{\f1{\*\panose 02020603050405020304}Arial;}}
            {\stylesheet{\s0 Normal;}{\s1\snext0 heading 1;}}
            {\info{\title Secret title}{\author Someone}{\*\company Acme}}
            {\*\rsidtbl \rsid123}{\*\listtable{\list{\listlevel{\leveltext\'01\u-3913 ?;}}}}
            {\header \pard Page header\par}{\footer \pard Page footer\par}
            {\pict\pngblip\picw10\pich10 89504e470d0a1a0a0000000d49484452}
            {\object\objemb{\*\objclass Excel.Sheet}{\*\objdata 0105000002}}
            Body {\field{\*\fldinst HYPERLINK "https://example.com"}{\fldrslt link}} text.\par
            {\*\unknowndestination never read}{\pntext 1.\tab}Listed\par}
            """#
        let extracted = try await Self.extract(rtf)
        #expect(extracted.text == "Body link text.\n1.\tListed")
        for hidden in ["Times", "Arial", "Normal", "heading", "Secret", "Someone", "Acme", "header", "footer", "8950", "Excel", "0105", "HYPERLINK", "never"] {
            #expect(!extracted.text.contains(hidden), "\(hidden) is not text of the document")
        }
    }

    @Test("\\par and \\line break lines; symbols and escaped braces read as characters")
    func breaksAndSymbols() async throws {
        let rtf = #"{\rtf1 One\par Two\line Three\par\par Four\emdash five\endash six \bullet\~\lquote a\rquote \ldblquote b\rdblquote  c\-d \\ \{x\}\par}"#
        let extracted = try await Self.extract(rtf)
        #expect(extracted.text == "One\nTwo\nThree\n\nFour—five–six •\u{00A0}‘a’“b” cd \\ {x}")
        #expect(extracted.notes.first == "RTF: 4 paragraphs, code page 1252")
    }

    @Test("line breaks in the file are not text, and \\bin data is stepped over")
    func sourceLineBreaksAndBinary() async throws {
        var bytes = Data(#"{\rtf1 Hel"#.utf8) + Data([0x0D, 0x0A]) + Data(#"lo{\*\blob\bin4 "#.utf8)
        bytes += Data([0x7D, 0x7B, 0x5C, 0x00])  // braces and a backslash inside binary data
        bytes += Data(#"} world\par}"#.utf8)
        let extracted = try await Self.extract(bytes: bytes)
        #expect(extracted.text == "Hello world")
    }

    @Test("groups nested 200 deep read; deeper than 256 fails as rtf_damaged")
    func deepNesting() async throws {
        let fine = #"{\rtf1 "# + String(repeating: "{", count: 200) + "deep" + String(repeating: "}", count: 200) + "}"
        #expect(try await Self.extract(fine).text == "deep")

        let hostile = #"{\rtf1 "# + String(repeating: "{", count: 100_000) + "x"
        let error = await #expect(throws: RTFReader.DamagedError.self) { try await Self.extract(hostile) }
        #expect(error?.code == "rtf_damaged")
        #expect(error?.message.contains("deeper than 256") == true)
    }

    @Test("a file that does not start with {\\rtf fails as rtf_damaged")
    func notRTF() async throws {
        let error = await #expect(throws: RTFReader.DamagedError.self) { try await Self.extract("Just some words.") }
        #expect(error?.code == "rtf_damaged")
    }

    @Test("the extractor takes text/rtf and application/rtf, ahead of plain text")
    func types() throws {
        #expect(RTFTextExtractor().name == "rtf")
        #expect(RTFTextExtractor().canExtract(mimeType: "text/rtf"))
        #expect(RTFTextExtractor().canExtract(mimeType: "application/rtf"))
        #expect(!RTFTextExtractor().canExtract(mimeType: "text/plain"))
        let names = ExtractText().extractors.map(\.name)
        let rtf = try #require(names.firstIndex(of: "rtf"))
        let plainText = try #require(names.firstIndex(of: "plain-text"))
        #expect(rtf < plainText)
    }

    @Test("ExtractText reads an RTF file and notes the extractor")
    func throughExtractText() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("letter.rtf", text: Self.wordPadDocument)
        let (result, document) = try await StageHarness(ExtractText()).run(onFileAt: file) { $0.mimeType = "text/rtf" }
        #expect(result.proceeded)
        #expect(document.text == "Ana Silva\nSenior Engineer\tLisbon\nRemote")
    }
}
