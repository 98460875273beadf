import Foundation

/// A real PDF of text pages, written for tests: each page shows its lines in Helvetica,
/// a line after another, with a correct cross-reference table, so poppler reads it
/// as it reads any PDF. `(`, `)` and `\` are escaped; other characters go in as their
/// UTF-8 bytes, read through the font's standard encoding (which is how a test makes a
/// page of characters that are not words).
public enum TextPDF {
    /// The PDF whose page `n` shows `pages[n]`, line by line from the top; with
    /// `paddingBytes`, also an object that nothing refers to, a stream of that many
    /// spaces, which makes the file that much larger and its text no different.
    public static func make(pages: [[String]], paddingBytes: Int = 0) -> Data {
        var objects: [String] = []
        // 1: catalog, 2: page tree, 3: font; then a page and its content stream per page.
        let pageObjectNumbers = pages.indices.map { 4 + 2 * $0 }
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        objects.append("<< /Type /Pages /Kids [\(pageObjectNumbers.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        for (index, lines) in pages.enumerated() {
            var content = "BT /F1 10 Tf 12 TL 50 760 Td\n"
            for line in lines {
                content += "(\(escaped(line))) Tj T*\n"
            }
            content += "ET"
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents \(pageObjectNumbers[index] + 1) 0 R >>")
            objects.append("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream")
        }
        if paddingBytes > 0 {
            objects.append("<< /Length \(paddingBytes) >>\nstream\n\(String(repeating: " ", count: paddingBytes))\nendstream")
        }

        var output = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(output.utf8.count)
            output += "\(index + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = output.utf8.count
        output += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            output += String(format: "%010d 00000 n \n", offset)
        }
        output += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(output.utf8)
    }

    private static func escaped(_ line: String) -> String {
        line.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
    }
}
