import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A delegate of `XMLParser` that collects the text of one office format.
protocol OfficeTextCollector: XMLParserDelegate {
    /// The text collected so far; the collector stops the parser once it ``OfficeTextBuilder/isFull``.
    var builder: OfficeTextBuilder { get }
}

/// Runs Foundation's `XMLParser` over one XML part of an office document, safely.
///
/// A part that declares a DTD is refused before it is parsed: Word and LibreOffice never
/// write one, and a DTD is how XML pulls in other files (external entities) or multiplies
/// itself (nested entities, the "billion laughs"). External entities are not resolved in
/// any case.
///
/// Two more are refused because Foundation's `XMLParser` ends the process on them (found
/// by `scripts/fuzz`; the inputs are kept in `Tests/Fixtures/fuzz/docx-xml`): a part that
/// is neither valid UTF-8 nor marked as UTF-16 (it traps on a name holding a byte that is
/// not UTF-8), and an XML declaration without its `version` (it reads a NULL string).
enum OfficeXMLReader {
    /// Parses `bytes` (the part `partName`) with `collector` as the delegate.
    static func parse(_ bytes: [UInt8], partName: String, collector: some OfficeTextCollector) throws(OfficeError) {
        if declaresDTD(bytes) {
            throw OfficeError.damaged("\(partName) declares a DTD, which office documents never do; it is not read")
        }
        let markedUTF16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        guard markedUTF16 || String(validating: bytes, as: UTF8.self) != nil else {
            throw OfficeError.damaged("\(partName) is not valid UTF-8, which its XML must be")
        }
        guard hasVersionIfDeclared(bytes) else {
            throw OfficeError.damaged("\(partName) has an XML declaration without its version")
        }
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        // parse() can return true with an error set (a mismatched end tag): both count. A
        // parse the collector stopped at the text limit ends with an "aborted" error.
        let parsed = parser.parse() && parser.parserError == nil
        if !parsed && !collector.builder.isFull {
            let detail = parser.parserError.map { " (\($0.localizedDescription))" } ?? ""
            throw OfficeError.damaged("\(partName) is not well-formed XML: line \(parser.lineNumber)\(detail)")
        }
    }

    /// Whether an XML declaration at the start, if there is one, names its `version`, as
    /// XML requires. Read as ASCII with NUL bytes skipped, like ``declaresDTD(_:)``.
    static func hasVersionIfDeclared(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(512).filter { $0 != 0 && $0 != 0xFF && $0 != 0xFE && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        let text = String(decoding: head, as: UTF8.self).drop { $0.isWhitespace }
        // `<?xml ` or `<?xml?>`: the declaration, not a processing instruction like `<?xml-stylesheet`.
        guard text.hasPrefix("<?xml"), let next = text.dropFirst(5).first, next.isWhitespace || next == "?" else { return true }
        guard let end = text.range(of: "?>") else { return false }
        return text[..<end.lowerBound].contains("version")
    }

    /// Whether the prolog of an XML document (what comes before its first element) holds a
    /// `<!DOCTYPE`.
    ///
    /// The bytes are read as ASCII with NUL bytes skipped, so that a part written in UTF-16
    /// (which the formats allow) is read as well as one in UTF-8: every character of the
    /// prolog's markup is ASCII.
    static func declaresDTD(_ bytes: [UInt8]) -> Bool {
        var index = 0
        var afterLessThan = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0 || byte >= 0x80 { continue }  // UTF-16 halves and byte order marks
            guard afterLessThan else {
                afterLessThan = byte == UInt8(ascii: "<")
                continue
            }
            afterLessThan = false
            switch byte {
            case UInt8(ascii: "?"):
                skip(past: "?>", in: bytes, from: &index)  // the XML declaration, or a processing instruction
            case UInt8(ascii: "!"):
                let rest = nextASCII(7, in: bytes, from: index)
                if rest == Array("DOCTYPE".utf8) { return true }
                skip(past: rest.starts(with: Array("--".utf8)) ? "-->" : ">", in: bytes, from: &index)
            default:
                return false  // the first element: the prolog is over
            }
        }
        return false
    }

    /// The next `count` ASCII bytes from `index`, NUL bytes skipped.
    private static func nextASCII(_ count: Int, in bytes: [UInt8], from index: Int) -> [UInt8] {
        var result: [UInt8] = []
        var position = index
        while result.count < count, position < bytes.count {
            if bytes[position] != 0 { result.append(bytes[position]) }
            position += 1
        }
        return result
    }

    /// Moves `index` past the next `terminator` (NUL bytes skipped), or to the end.
    private static func skip(past terminator: String, in bytes: [UInt8], from index: inout Int) {
        let wanted = Array(terminator.utf8)
        var recent: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0 { continue }
            recent.append(byte)
            if recent.count > wanted.count { recent.removeFirst() }
            if recent == wanted { return }
        }
    }
}
