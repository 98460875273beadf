import Foundation

/// DOCX and ODT archives built part by part, as Word and LibreOffice lay them out, so
/// that libmagic recognises them as it recognises real ones.
enum OfficeDocuments {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// The parts of a DOCX before its main part; libmagic looks for `[Content_Types].xml`
    /// first and a `word/` part third.
    static func docxWriter() -> ZipWriter {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", text: """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """)
        zip.add("_rels/.rels", text: """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/></Relationships>
            """)
        return zip
    }

    /// A `word/document.xml` whose body is `body`.
    static func documentXML(body: String, prolog: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        \(prolog)<w:document xmlns:w="\(wordNamespace)" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:body>\(body)<w:sectPr/></w:body></w:document>
        """
    }

    /// A DOCX whose document body is `body`.
    static func docx(body: String, method: ZipWriter.Method = .deflated) -> Data {
        var zip = docxWriter()
        zip.add("word/document.xml", text: documentXML(body: body), method: method)
        return zip.archive()
    }

    /// A DOCX with one paragraph per line of `paragraphs`.
    static func docx(paragraphs: [String]) -> Data {
        docx(body: paragraphs.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined())
    }

    /// An ODT's `content.xml` whose text is `body`.
    static func contentXML(body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xlink="http://www.w3.org/1999/xlink" \
        office:version="1.3"><office:body><office:text>\(body)</office:text></office:body></office:document-content>
        """
    }

    /// A manifest listing the parts; `encrypted` adds the encryption data a password adds.
    static func manifestXML(encrypted: Bool = false) -> String {
        let encryption = encrypted
            ? "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"AAAA\">"
                + "<manifest:algorithm manifest:algorithm-name=\"Blowfish CFB\" manifest:initialisation-vector=\"AAAA\"/>"
                + "</manifest:encryption-data>"
            : ""
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\
            <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>\
            <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">\(encryption)</manifest:file-entry>\
            </manifest:manifest>
            """
    }

    /// An ODT whose text is `body`: the `mimetype` entry first and stored, as the format
    /// requires and libmagic expects.
    static func odt(body: String, mimetypeEntry: String? = "application/vnd.oasis.opendocument.text", encrypted: Bool = false) -> Data {
        var zip = ZipWriter()
        if let mimetypeEntry {
            zip.add("mimetype", text: mimetypeEntry, method: .stored)
        }
        zip.add("content.xml", text: contentXML(body: body))
        zip.add("META-INF/manifest.xml", text: manifestXML(encrypted: encrypted))
        return zip.archive()
    }
}
