import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Collects the text of an ODT's `content.xml` (OpenDocument text).
///
/// Text is what paragraphs (`text:p`) and headings (`text:h`) hold, spans and links
/// included; each ends with a line break, and a list item (`text:list-item`) ends on a
/// line of its own. `text:s` stands for spaces (`text:c` of them, 1 by default),
/// `text:tab` for a tab and `text:line-break` for a line break. As ODF prescribes, white
/// space written in the XML collapses to one space and is dropped at a paragraph's
/// start; only `text:s` and `text:tab` make more. Comments (`office:annotation`) and the
/// record of tracked changes, with its deleted text, are not read.
final class OpenDocumentTextCollector: NSObject, OfficeTextCollector {
    private(set) var builder: OfficeTextBuilder

    /// Inside this many paragraphs or headings (a text box nests one in another).
    private var paragraphDepth = 0
    /// Inside this many comments or change records.
    private var skippedDepth = 0
    /// White space was read and is written only if more text follows on the line: white
    /// space at a paragraph's end is dropped, as at its start.
    private var pendingSpace = false
    /// At the start of a paragraph or after a line break, where white space is dropped.
    private var atLineStart = true

    private static let textNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    private static let officeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

    init(maximumTextBytes: Int) {
        builder = OfficeTextBuilder(maximumBytes: maximumTextBytes)
    }

    private func isSkipped(_ elementName: String, _ namespaceURI: String?) -> Bool {
        (namespaceURI == Self.officeNamespace && elementName == "annotation")
            || (namespaceURI == Self.textNamespace && elementName == "tracked-changes")
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if isSkipped(elementName, namespaceURI) {
            skippedDepth += 1
            return
        }
        guard skippedDepth == 0, namespaceURI == Self.textNamespace else { return }
        switch elementName {
        case "p", "h":
            paragraphDepth += 1
            pendingSpace = false
            atLineStart = true
        case "s" where paragraphDepth > 0:
            // Attributes keep their prefix even with namespaces processed: `text:c`.
            let count = attributes.first { $0.key == "c" || $0.key.hasSuffix(":c") }.flatMap { Int($0.value) } ?? 1
            // A count of a billion must not become a billion spaces before the limit is seen.
            let room = builder.maximumBytes - builder.text.utf8.count + 1
            appendContent(String(repeating: " ", count: max(0, min(count, room))))
            if builder.isFull { parser.abortParsing() }
        case "tab" where paragraphDepth > 0:
            appendContent("\t")
        case "line-break" where paragraphDepth > 0:
            pendingSpace = false
            builder.append("\n")
            atLineStart = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if isSkipped(elementName, namespaceURI) {
            skippedDepth -= 1
            return
        }
        guard skippedDepth == 0, namespaceURI == Self.textNamespace else { return }
        switch elementName {
        case "p", "h":
            paragraphDepth -= 1
            pendingSpace = false
            builder.endParagraph()
            atLineStart = true
            if builder.isFull { parser.abortParsing() }
        case "list-item":
            builder.breakLineIfNeeded()
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard paragraphDepth > 0, skippedDepth == 0 else { return }
        var run = ""
        for character in string {
            if character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\r\n" {
                if !run.isEmpty {
                    appendContent(run)
                    run = ""
                }
                if !atLineStart { pendingSpace = true }
            } else {
                run.append(character)
            }
        }
        if !run.isEmpty { appendContent(run) }
        if builder.isFull { parser.abortParsing() }
    }

    /// Appends text that is not collapsible white space, after the space read before it.
    private func appendContent(_ content: String) {
        if pendingSpace {
            builder.append(" ")
            pendingSpace = false
        }
        builder.append(content)
        atLineStart = false
    }
}
