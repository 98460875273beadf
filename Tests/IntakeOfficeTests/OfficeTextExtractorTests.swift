import Foundation
import Intake
import IntakeMagic
import IntakeTestFixtures
import IntakeTesting
import Logging
import Testing
@testable import IntakeOffice

@Suite("OfficeTextExtractor with real DOCX and ODT files")
struct OfficeTextExtractorTests {
    let context = StageContext(logger: Logger(label: "intake.test", factory: { _ in SwiftLogNoOpLogHandler() }))

    /// Writes `archive` to a file named `name` and reads it with `extractor`.
    private func extract(
        _ archive: Data, name: String = "cv.docx", mimeType: String = "application/zip",
        with extractor: OfficeTextExtractor = OfficeTextExtractor()
    ) async throws -> ExtractedText {
        let folder = try TemporaryFolder()
        try folder.write(name, bytes: archive)
        return try await extractor.extract(from: try folder.inputFile(name), mimeType: mimeType, context: context)
    }

    /// Runs `body` and returns the `OfficeError` it threw, recording an issue if it threw none.
    private func officeError(_ body: () async throws -> ExtractedText) async -> OfficeError? {
        await #expect(throws: OfficeError.self) { try await body() }
    }

    @Test("it takes the DOCX and ODT types and application/zip, nothing else")
    func mimeTypes() {
        let extractor = OfficeTextExtractor()
        #expect(extractor.name == "office")
        #expect(extractor.canExtract(mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        #expect(extractor.canExtract(mimeType: "application/vnd.oasis.opendocument.text"))
        #expect(extractor.canExtract(mimeType: "application/zip"))
        #expect(!extractor.canExtract(mimeType: "application/octet-stream"))
        #expect(!extractor.canExtract(mimeType: "application/msword"))
        #expect(!extractor.canExtract(mimeType: "application/pdf"))
    }

    // MARK: DOCX

    /// Paragraphs with accents, a tab stop that is no tab, a tab and a break in runs,
    /// deleted text and a field code, a table, and a text box Word writes twice.
    static let docxBody = """
        <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="4320"/></w:tabs></w:pPr><w:r><w:t>Ana Sílva</w:t></w:r></w:p>\
        <w:p><w:r><w:t xml:space="preserve">Engenheira de </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Software</w:t></w:r>\
        <w:r><w:tab/><w:t>São Paulo</w:t></w:r></w:p>\
        <w:p/>\
        <w:p><w:r><w:t>Línea uno</w:t><w:br/><w:t>Zeile zwei – Ü &amp; ö</w:t></w:r></w:p>\
        <w:p><w:r><w:delText>removed words</w:delText></w:r><w:r><w:instrText> HYPERLINK "https://x" </w:instrText></w:r>\
        <w:r><w:t>kept</w:t></w:r></w:p>\
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>2019</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Acme</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
        <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>\
        <w:p><w:r><w:t>In a box</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>\
        <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>In a box</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>\
        </mc:AlternateContent></w:r></w:p>
        """

    static let docxText = "Ana Sílva\nEngenheira de Software\tSão Paulo\n\nLínea uno\nZeile zwei – Ü & ö\nkept\n2019\nAcme\nIn a box"

    @Test("DOCX: text of w:t, a line per paragraph, tabs and breaks in runs, accents", arguments: [ZipWriter.Method.deflated, .stored])
    func docxText(method: ZipWriter.Method) async throws {
        let extracted = try await extract(OfficeDocuments.docx(body: Self.docxBody, method: method))
        #expect(extracted.text == Self.docxText)
        #expect(extracted.pageCount == nil)
        #expect(extracted.notes == ["DOCX: 9 paragraphs"])
    }

    @Test("DOCX: empty paragraphs make one blank line at most, none at the start or end")
    func docxEmptyParagraphs() async throws {
        let extracted = try await extract(OfficeDocuments.docx(paragraphs: ["", "", "Top", "", "", "", "Bottom", "", ""]))
        #expect(extracted.text == "Top\n\nBottom")
        #expect(extracted.notes == ["DOCX: 9 paragraphs"])
    }

    @Test("DOCX in the strict namespace reads too")
    func docxStrict() async throws {
        let strict = OfficeDocuments.documentXML(body: "<w:p><w:r><w:t>Strict</w:t></w:r></w:p>")
            .replacingOccurrences(of: OfficeDocuments.wordNamespace, with: "http://purl.oclc.org/ooxml/wordprocessingml/main")
        var zip = OfficeDocuments.docxWriter()
        zip.add("word/document.xml", text: strict)
        #expect(try await extract(zip.archive()).text == "Strict")
    }

    @Test("the text limit stops reading, with a note")
    func textLimit() async throws {
        let paragraphs = (1...200).map { "Paragraph \($0) of a long document." }
        let extracted = try await extract(OfficeDocuments.docx(paragraphs: paragraphs), with: OfficeTextExtractor(maximumTextBytes: 100))
        #expect(extracted.text.hasPrefix("Paragraph 1 of a long document.\nParagraph 2 of"))
        #expect(!extracted.text.contains("Paragraph 10 "))
        #expect(extracted.notes.contains { $0.hasPrefix("text limit of 100 bytes reached") })
    }

    // MARK: ODT

    static let odtBody = """
        <text:h text:outline-level="1">Ana Silva</text:h>
        <text:p text:style-name="P1">Skills:<text:s text:c="3"/>Swift,<text:tab/>Rust</text:p>
        <text:p>  Leading   and
           collapsed    <text:span text:style-name="T1">white space</text:span> </text:p>
        <text:p>One<text:line-break/>Two<text:s/>words</text:p>
        <text:list><text:list-item><text:p>First item</text:p></text:list-item>\
        <text:list-item><text:p>Second <text:a xlink:href="https://example.com">link</text:a></text:p></text:list-item></text:list>
        <text:p>Commented<office:annotation><dc:creator>Reviewer</dc:creator><text:p>a remark</text:p></office:annotation> text</text:p>
        <text:tracked-changes><text:changed-region><text:deletion><text:p>deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>
        <text:p>Caf&#233; – Ü</text:p>
        """

    static let odtText = "Ana Silva\nSkills:   Swift,\tRust\nLeading and collapsed white space\nOne\nTwo words\nFirst item\nSecond link\nCommented text\nCafé – Ü"

    @Test("ODT: paragraphs and headings, text:s spaces, tabs, line breaks, lists; white space collapsed")
    func odtText() async throws {
        let extracted = try await extract(OfficeDocuments.odt(body: Self.odtBody), name: "cv.odt")
        #expect(extracted.text == Self.odtText)
        #expect(extracted.notes == ["ODT: 8 paragraphs"])
    }

    @Test("ODT without a mimetype entry is known by its content.xml; another declared type is noted")
    func odtWithoutMimetype() async throws {
        let bare = try await extract(OfficeDocuments.odt(body: "<text:p>Bare</text:p>", mimetypeEntry: nil))
        #expect(bare.text == "Bare")
        #expect(bare.notes == ["ODT: 1 paragraph"])

        let sheet = try await extract(OfficeDocuments.odt(body: "<text:p>Cell</text:p>", mimetypeEntry: "application/vnd.oasis.opendocument.spreadsheet"))
        #expect(sheet.text == "Cell")
        #expect(sheet.notes.contains { $0.contains("says application/vnd.oasis.opendocument.spreadsheet") })
    }

    @Test("an ODT saved with a password fails as office_encrypted")
    func odtEncrypted() async throws {
        let error = await officeError { try await extract(OfficeDocuments.odt(body: "<text:p>x</text:p>", encrypted: true)) }
        #expect(error?.code == "office_encrypted")
    }

    // MARK: Sniffing

    @Test("a DOCX named .pdf and an ODT named .bin are sniffed by their bytes and read", arguments: [
        ("resume.pdf", OfficeDocuments.docx(paragraphs: ["Sniffed résumé"]), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX: 1 paragraph"),
        ("upload.bin", OfficeDocuments.odt(body: "<text:p>Sniffed résumé</text:p>"), "application/vnd.oasis.opendocument.text", "ODT: 1 paragraph"),
    ])
    func sniffedAndRead(name: String, archive: Data, officeType: String, note: String) async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(name, bytes: archive)
        let (sniffResult, sniffed) = try await StageHarness(SniffMIME()).run(onFileAt: file)
        guard case .proceed = sniffResult else {
            Issue.record("the sniff ended the file: \(sniffResult)")
            return
        }
        // libmagic names the format, or says application/zip when the parts' order
        // misleads it; the extractor takes both and looks inside.
        let mimeType = try #require(sniffed.mimeType)
        #expect([officeType, "application/zip"].contains(mimeType))

        let (result, document) = try await StageHarness(ExtractText(OfficeTextExtractor())).run(on: sniffed)
        guard case .proceed = result else {
            Issue.record("the extract ended the file: \(result)")
            return
        }
        #expect(document.text == "Sniffed résumé")
        #expect(document.pendingNotes.contains(note))
    }

    @Test("old binary Word files are skipped as unsupported_type")
    func msword() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("old.doc", bytes: Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        let (result, _) = try await StageHarness(ExtractText(OfficeTextExtractor())).run(onFileAt: file) { $0.mimeType = "application/msword" }
        guard case .end(.skipped(let reason)) = result else {
            Issue.record("expected a skip, got \(result)")
            return
        }
        #expect(reason == .unsupportedType("application/msword"))
    }

    // MARK: Archives that are not documents, damaged or hostile

    @Test("a zip that is neither a DOCX nor an ODT fails as unsupported_archive")
    func neither() async throws {
        var zip = ZipWriter()
        zip.add("notes.txt", text: "just a zipped note")
        zip.add("content/readme.md", text: "# no")
        let error = await officeError { try await extract(zip.archive(), name: "bundle.zip") }
        #expect(error?.code == "unsupported_archive")
        #expect(error?.message == "a zip archive that is neither a DOCX nor an ODT document")
    }

    @Test("a truncated DOCX fails as office_damaged", arguments: [0.5, 0.9, 0.99])
    func truncated(fraction: Double) async throws {
        let whole = OfficeDocuments.docx(body: Self.docxBody)
        let cut = whole.prefix(Int(Double(whole.count) * fraction))
        let error = await officeError { try await extract(Data(cut)) }
        #expect(error?.code == "office_damaged")
    }

    @Test("data that is not a zip at all fails as office_damaged")
    func notZip() async throws {
        let error = await officeError { try await extract(Data(repeating: 0x41, count: 5000)) }
        #expect(error?.code == "office_damaged")
    }

    @Test("an encrypted entry fails as office_encrypted")
    func encryptedEntry() async throws {
        var zip = OfficeDocuments.docxWriter()
        zip.add(ZipWriter.Entry(name: "word/document.xml", bytes: Array("scrambled bytes".utf8), method: .stored, flags: 0x0001))
        let error = await officeError { try await extract(zip.archive()) }
        #expect(error?.code == "office_encrypted")
        #expect(error?.message.contains("word/document.xml is encrypted") == true)
    }

    @Test("a deflate bomb that declares a small size is refused one byte past it")
    func deflateBomb() async throws {
        // 1 MiB of one character inflates from about a kilobyte; the header claims 100 bytes.
        let bomb = Array(OfficeDocuments.documentXML(body: "<w:p><w:r><w:t>" + String(repeating: "A", count: 1 << 20) + "</w:t></w:r></w:p>").utf8)
        var zip = OfficeDocuments.docxWriter()
        zip.add(ZipWriter.Entry(name: "word/document.xml", bytes: bomb, method: .deflated, declaredSize: 100))
        let archive = zip.archive()
        #expect(archive.count < 8 * 1024, "the bomb is small on disk")

        let error = await officeError { try await extract(archive, with: OfficeTextExtractor(maximumEntryBytes: 4096)) }
        #expect(error?.code == "office_damaged")
        #expect(error?.message.contains("inflates to more than the 100 bytes its header declares") == true)
    }

    @Test("a part that declares more than the limit is refused before it is inflated")
    func declaredTooLarge() async throws {
        let archive = OfficeDocuments.docx(paragraphs: Array(repeating: "A paragraph of the document.", count: 300))
        let error = await officeError { try await extract(archive, with: OfficeTextExtractor(maximumEntryBytes: 4096)) }
        #expect(error?.code == "office_too_large")
    }

    @Test("a part that inflates to fewer bytes than declared, or is stored with other sizes, is damaged", arguments: [ZipWriter.Method.deflated, .stored])
    func sizeMismatch(method: ZipWriter.Method) async throws {
        let document = Array(OfficeDocuments.documentXML(body: "<w:p><w:r><w:t>Short</w:t></w:r></w:p>").utf8)
        var zip = OfficeDocuments.docxWriter()
        zip.add(ZipWriter.Entry(name: "word/document.xml", bytes: document, method: method, declaredSize: document.count + 10))
        let error = await officeError { try await extract(zip.archive()) }
        #expect(error?.code == "office_damaged")
    }

    @Test("a part whose CRC-32 does not match fails as office_damaged", arguments: [ZipWriter.Method.deflated, .stored])
    func crcMismatch(method: ZipWriter.Method) async throws {
        let document = Array(OfficeDocuments.documentXML(body: "<w:p><w:r><w:t>Checked</w:t></w:r></w:p>").utf8)
        var zip = OfficeDocuments.docxWriter()
        zip.add(ZipWriter.Entry(name: "word/document.xml", bytes: document, method: method, declaredCRC32: ZipWriter.crc32(document) ^ 1))
        let error = await officeError { try await extract(zip.archive()) }
        #expect(error?.code == "office_damaged")
        #expect(error?.message.contains("CRC-32") == true)
    }

    @Test("XML that does not parse fails as office_damaged")
    func badXML() async throws {
        var zip = OfficeDocuments.docxWriter()
        zip.add("word/document.xml", text: "<w:document xmlns:w=\"\(OfficeDocuments.wordNamespace)\"><w:body><w:p>")
        let error = await officeError { try await extract(zip.archive()) }
        #expect(error?.code == "office_damaged")
        #expect(error?.message.contains("not well-formed XML") == true)
    }

    @Test("an external entity is never resolved: a part declaring a DTD is refused", arguments: [false, true])
    func externalEntity(utf16: Bool) async throws {
        let folder = try TemporaryFolder()
        let secret = try folder.write("secret.txt", text: "SECRET-7f3a9c")
        let xml = OfficeDocuments.documentXML(
            body: "<w:p><w:r><w:t>Hello &xxe; there</w:t></w:r></w:p>",
            prolog: "<!-- a comment --><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"\(secret.absoluteString)\">]>"
        )
        var bytes = Array(xml.utf8)
        if utf16 {
            bytes = [0xFF, 0xFE] + xml.replacingOccurrences(of: "UTF-8", with: "UTF-16").utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        }
        var zip = OfficeDocuments.docxWriter()
        zip.add(ZipWriter.Entry(name: "word/document.xml", bytes: bytes, method: .deflated))
        let error = await officeError { try await extract(zip.archive()) }
        #expect(error?.code == "office_damaged")
        #expect(error?.message.contains("declares a DTD") == true)
        #expect(error?.message.contains("SECRET") == false)
    }

    @Test("a DOCTYPE mentioned in a comment or in the text is not a DTD")
    func doctypeInText() async throws {
        var zip = OfficeDocuments.docxWriter()
        zip.add("word/document.xml", text: OfficeDocuments.documentXML(
            body: "<w:p><w:r><w:t>&lt;!DOCTYPE html&gt;</w:t></w:r></w:p>",
            prolog: "<!-- <!DOCTYPE x> -->"
        ))
        #expect(try await extract(zip.archive()).text == "<!DOCTYPE html>")
    }

    @Test("a ZIP64 archive fails as unsupported_archive")
    func zip64() async throws {
        var archive = [UInt8](OfficeDocuments.docx(paragraphs: ["x"]))
        // The end record's entry counts, at 8 and 10 bytes into it, set to ZIP64's 0xFFFF.
        let record = archive.count - 22
        archive.replaceSubrange(record + 8..<record + 12, with: [0xFF, 0xFF, 0xFF, 0xFF])
        let error = await officeError { try await extract(Data(archive)) }
        #expect(error?.code == "unsupported_archive")
        #expect(error?.message.contains("ZIP64") == true)
    }

    @Test("an archive with a comment after its directory reads")
    func archiveComment() async throws {
        var zip = OfficeDocuments.docxWriter()
        zip.add("word/document.xml", text: OfficeDocuments.documentXML(body: "<w:p><w:r><w:t>Commented archive</w:t></w:r></w:p>"))
        zip.comment = String(repeating: "PK comment ", count: 500)
        #expect(try await extract(zip.archive()).text == "Commented archive")
    }
}
