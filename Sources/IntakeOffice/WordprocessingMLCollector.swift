import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Collects the text of a DOCX's main part, `word/document.xml` (WordprocessingML).
///
/// Text is the content of `w:t` elements only: deleted text (`w:delText`) and field codes
/// (`w:instrText`) are not words of the document as it reads. Each paragraph (`w:p`, also
/// each table cell's) ends with a line break; `w:tab` in a run is a tab and `w:br` or
/// `w:cr` a line break (a `w:tab` in paragraph properties is a tab stop, not a tab).
/// Content Word writes twice for older readers (the `mc:Fallback` of a text box) is read
/// once, from its `mc:Choice`.
///
/// Elements are matched by namespace, not prefix, in both the transitional and the strict
/// WordprocessingML namespaces.
final class WordprocessingMLCollector: NSObject, OfficeTextCollector {
    private(set) var builder: OfficeTextBuilder

    /// Inside this many `w:t` (text) elements.
    private var textDepth = 0
    /// Inside this many `w:r` (run) elements; tabs and breaks count only in runs.
    private var runDepth = 0
    /// Inside this many `mc:Fallback` elements, whose content repeats the `mc:Choice`.
    private var fallbackDepth = 0

    private static let namespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    private static let markupCompatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    init(maximumTextBytes: Int) {
        builder = OfficeTextBuilder(maximumBytes: maximumTextBytes)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if namespaceURI == Self.markupCompatibilityNamespace, elementName == "Fallback" {
            fallbackDepth += 1
            return
        }
        guard fallbackDepth == 0, let namespaceURI, Self.namespaces.contains(namespaceURI) else { return }
        switch elementName {
        case "r": runDepth += 1
        case "t": textDepth += 1
        case "tab" where runDepth > 0: builder.append("\t")
        case "br" where runDepth > 0, "cr" where runDepth > 0: builder.append("\n")
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if namespaceURI == Self.markupCompatibilityNamespace, elementName == "Fallback" {
            fallbackDepth -= 1
            return
        }
        guard fallbackDepth == 0, let namespaceURI, Self.namespaces.contains(namespaceURI) else { return }
        switch elementName {
        case "r": runDepth -= 1
        case "t": textDepth -= 1
        case "p":
            builder.endParagraph()
            if builder.isFull { parser.abortParsing() }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard textDepth > 0, fallbackDepth == 0 else { return }
        builder.append(string)
        if builder.isFull { parser.abortParsing() }
    }
}
