import Foundation
import Intake
import Testing
@testable import IntakeMagic

@Suite("SniffVerdict decisions")
struct SniffVerdictTests {
    @Test("a %PDF-x.y header is found at the start, behind other bytes, and not beyond 1024 bytes")
    func pdfHeaderWindow() {
        #expect(SniffVerdict.pdfHeaderOffset(in: Array("%PDF-1.7\n".utf8)) == 0)
        #expect(SniffVerdict.pdfHeaderOffset(in: Array("junk\r\n\r\n%PDF-2.0\n".utf8)) == 8)
        let padded = Array(repeating: UInt8(ascii: "x"), count: 1016) + Array("%PDF-1.4".utf8)
        #expect(SniffVerdict.pdfHeaderOffset(in: padded) == 1016)  // ends exactly at byte 1024
        let tooFar = Array(repeating: UInt8(ascii: "x"), count: 1017) + Array("%PDF-1.4".utf8)
        #expect(SniffVerdict.pdfHeaderOffset(in: tooFar) == nil)
    }

    @Test("prose mentioning %PDF- without a version is not a header")
    func pdfHeaderNeedsVersion() {
        #expect(SniffVerdict.pdfHeaderOffset(in: Array("files start with %PDF- and a version".utf8)) == nil)
        #expect(SniffVerdict.pdfHeaderOffset(in: Array("%PDF-".utf8)) == nil)
        #expect(SniffVerdict.pdfHeaderOffset(in: Array("%PDF-1".utf8)) == nil)
    }

    @Test("both of libmagic's empty answers and empty bytes mean an empty file")
    func emptyAnswers() {
        #expect(SniffVerdict(libmagic: "inode/x-empty", head: [UInt8](), fileName: "a.txt").isEmpty)
        #expect(SniffVerdict(libmagic: "application/x-empty", head: [UInt8](), fileName: "a.txt").isEmpty)
        #expect(SniffVerdict(libmagic: "text/plain", head: [UInt8](), fileName: "a.txt").isEmpty)
        #expect(!SniffVerdict(libmagic: "text/plain", head: Array("hi".utf8), fileName: "a.txt").isEmpty)
    }

    @Test("the .md name never turns binary data into Markdown")
    func markdownNeedsText() {
        let verdict = SniffVerdict(libmagic: "application/octet-stream", head: [0, 1, 2, 3], fileName: "notes.md")
        #expect(verdict.mimeType == "application/octet-stream")
        #expect(verdict.evidence == ["libmagic: application/octet-stream"])
    }

    @Test("a PDF header outranks the .md name")
    func pdfBeforeMarkdown() {
        let verdict = SniffVerdict(libmagic: "text/plain", head: Array("Header: x\r\n\r\n%PDF-1.4\n".utf8), fileName: "notes.md")
        #expect(verdict.mimeType == "application/pdf")
        #expect(verdict.evidence.count == 2)
    }

    @Test("a %PDF- header overrides only libmagic's answers for unknown bytes, plain text and PDF types",
          arguments: ["application/octet-stream", "text/plain", "application/x-pdf"])
    func pdfHeaderOverridesUnknownBytes(libmagic: String) {
        let verdict = SniffVerdict(libmagic: libmagic, head: Array("Header: x\r\n\r\n%PDF-1.4\n".utf8), fileName: "download")
        #expect(verdict.mimeType == "application/pdf")
        #expect(verdict.evidence == ["libmagic: \(libmagic)", "%PDF- header at byte 13: application/pdf"])
    }

    @Test("a page that mentions %PDF-1.4 keeps the type libmagic recognised", arguments: [
        ("text/html", "cv.html", "<!DOCTYPE html>\n<p>A PDF starts with %PDF-1.4</p>\n"),
        ("text/markdown", "notes.md", "# Notes\n\nA PDF starts with `%PDF-1.7`.\n"),
        ("text/x-script.python", "notes.md", "import os\n# %PDF-1.4\n"),
        ("image/png", "image.png", "\u{89}PNG\r\n %PDF-1.4"),
    ])
    func pdfMentionKeepsLibmagicsType(libmagic: String, fileName: String, text: String) {
        let verdict = SniffVerdict(libmagic: libmagic, head: Array(text.utf8), fileName: fileName)
        #expect(!verdict.evidence.contains { $0.contains("%PDF-") })
        #expect(verdict.mimeType == (fileName.hasSuffix(".md") ? "text/markdown" : libmagic))
    }

    @Test("only the last extension counts, in any case")
    func markdownExtension() {
        let text = Array("# Title\n".utf8)
        #expect(SniffVerdict(libmagic: "text/plain", head: text, fileName: "Notes.Markdown").mimeType == "text/markdown")
        #expect(SniffVerdict(libmagic: "text/plain", head: text, fileName: "notes.md.txt").mimeType == "text/plain")
        #expect(SniffVerdict(libmagic: "text/plain", head: text, fileName: ".md").mimeType == "text/plain")
    }

    @Test("YAML and CSV named text become their formats; HTML, JSON and binary data keep libmagic's type", arguments: [
        ("text/plain", "prefs.yaml", "application/yaml"),
        ("text/plain", "prefs.YML", "application/yaml"),
        ("text/plain", "jobs.csv", "text/csv"),
        ("text/csv", "jobs.csv", "text/csv"),
        ("text/html", "page.md", "text/html"),
        ("application/json", "prefs.yaml", "application/json"),
        ("application/zip", "jobs.csv", "application/zip"),
    ])
    func textFormatsByName(libmagic: String, fileName: String, expected: String) {
        let verdict = SniffVerdict(libmagic: libmagic, head: Array("a: b\n".utf8), fileName: fileName)
        #expect(verdict.mimeType == expected)
    }

    @Test("UTF-16 without a byte order mark is text, in either byte order; binary data with zeros is not")
    func unmarkedUTF16() {
        let text = "Über mich: Ich bin Tischlerin."
        let little = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let littleVerdict = SniffVerdict(libmagic: "application/octet-stream", head: little, fileName: "ueber-mich.txt")
        #expect(littleVerdict.mimeType == "text/plain")
        #expect(littleVerdict.evidence.last?.contains("UTF-16LE text without a byte order mark") == true)
        #expect(SniffVerdict(libmagic: "application/octet-stream", head: big, fileName: "x").mimeType == "text/plain")
        #expect(TextDecoding.decode(Data(big)) == (text, .utf16BigEndian))

        let binary: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00]
        #expect(SniffVerdict(libmagic: "application/octet-stream", head: binary, fileName: "x.txt").mimeType == "application/octet-stream")
    }

    @Test("a zip libmagic does not recognise becomes application/zip, and {\\rtf without a version becomes RTF")
    func zipAndRTF() {
        let zip = SniffVerdict(libmagic: "application/octet-stream", head: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], fileName: "cv.docx")
        #expect(zip.mimeType == "application/zip")
        #expect(zip.evidence.count == 2)
        let rtf = SniffVerdict(libmagic: "text/plain", head: Array("{\\rtf\\ansi\\deff0 Hello}".utf8), fileName: "cv.doc")
        #expect(rtf.mimeType == "text/rtf")
        let prose = SniffVerdict(libmagic: "text/plain", head: Array("Notes on {\\rtf syntax".utf8), fileName: "notes.txt")
        #expect(prose.mimeType == "text/plain")
    }
}
