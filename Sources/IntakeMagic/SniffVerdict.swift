import Intake

/// What ``SniffMIME`` decides from libmagic's answer, the first bytes of the file and its
/// name: the MIME type, the evidence for it, and whether the file is empty.
///
/// Kept apart from the C calls so that every correction is a pure function of its inputs.
struct SniffVerdict: Hashable {
    /// The MIME type the document gets.
    var mimeType: String
    /// How it was decided, in order: libmagic's answer first, then each correction.
    var evidence: [String]
    /// Whether the file has no bytes, which ends its trip as `empty_file`.
    var isEmpty: Bool

    /// How many leading bytes the PDF header may hide behind, as in Acrobat and poppler:
    /// both open a file whose `%PDF-` header starts anywhere in its first 1024 bytes.
    static let pdfHeaderWindow = 1024

    /// The MIME types libmagic gives for an empty file: `magic_file` says `inode/x-empty`,
    /// `magic_buffer` says `application/x-empty`.
    static let emptyTypes: Set<String> = ["inode/x-empty", "application/x-empty"]

    /// Types libmagic gives to text that it takes for code: Markdown starting with
    /// "import … from …" comes back `application/javascript`, although its bytes are text.
    static let textLikeTypes: Set<String> = ["application/javascript", "application/x-javascript"]

    /// libmagic's answers that a `%PDF-` header may override: what it says of a PDF behind
    /// HTTP headers or other leading bytes, and PDF types. Any other answer (`text/html`,
    /// an image…) comes from what the bytes are, and a header in them is only a mention.
    static let pdfOverridableTypes: Set<String> = ["application/octet-stream", "text/plain", "application/pdf", "application/x-pdf"]

    /// File name extensions (lowercase) that pick a text format libmagic cannot tell from
    /// other text: Markdown and YAML look like any text to it, and a CSV with `;`
    /// separators (as spreadsheets in Spanish, German and French save) too.
    static let textFormatsByExtension: [String: String] = [
        "md": "text/markdown", "markdown": "text/markdown",
        "yaml": "application/yaml", "yml": "application/yaml",
        "csv": "text/csv",
    ]

    /// The first bytes of every zip archive's first entry.
    static let zipLocalHeader: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    /// libmagic's answers for data it finds no text in, which a UTF-16 text without a
    /// byte order mark gets: its every other byte is zero.
    static let unrecognisedTypes: Set<String> = ["application/octet-stream"]

    /// Decides from libmagic's answer, the file's first bytes (at least
    /// ``pdfHeaderWindow`` of them when the file is that long) and the file's name.
    init(libmagic answer: String, head: some Collection<UInt8>, fileName: String) {
        mimeType = answer
        evidence = ["libmagic: \(answer)"]
        isEmpty = false

        if Self.emptyTypes.contains(answer) || head.isEmpty {
            isEmpty = true
            evidence.append("the file has no bytes")
            return
        }

        // The bytes outrank libmagic: poppler opens a PDF whose header sits behind a few
        // hundred bytes of HTTP headers, and libmagic then says text/plain or
        // application/octet-stream. Only then: an HTML page that mentions "%PDF-1.4" is
        // still HTML.
        if answer != "application/pdf", Self.pdfOverridableTypes.contains(answer), let offset = Self.pdfHeaderOffset(in: head) {
            mimeType = "application/pdf"
            evidence.append("%PDF- header at byte \(offset): application/pdf")
            return
        }

        // libmagic knows a DOCX only when a `word/` part is among the first entries of the
        // zip, and calls others (python-docx's among them) "Microsoft OOXML",
        // application/octet-stream. A zip is a zip; the office extractor looks inside.
        if Self.unrecognisedTypes.contains(answer), head.starts(with: Self.zipLocalHeader) {
            mimeType = "application/zip"
            evidence.append("zip local header (PK\\3\\4) at byte 0: application/zip")
            return
        }

        // libmagic knows RTF by `{\rtf1`; word processors also write `{\rtf\ansi`.
        if answer == "text/plain", head.starts(with: Array("{\\rtf".utf8)) {
            mimeType = "text/rtf"
            evidence.append("{\\rtf at byte 0: text/rtf")
            return
        }

        // libmagic finds no text in UTF-16 without a byte order mark (half its bytes are
        // zero); the pattern of zeros tells it apart from binary data.
        if Self.unrecognisedTypes.contains(answer), let order = TextDecoding.unmarkedUTF16ByteOrder(of: head) {
            mimeType = "text/plain"
            evidence.append("zero bytes at every \(order == .utf16LittleEndian ? "odd" : "even") offset, none elsewhere: \(order.rawValue) text without a byte order mark")
        }

        // libmagic cannot tell Markdown or YAML from other text. The bytes say "text";
        // the extension only picks which text, so it never turns binary data into either.
        let fileExtension = Self.fileExtension(fileName).lowercased()
        if Self.isText(mimeType), let named = Self.textFormatsByExtension[fileExtension], named != mimeType {
            mimeType = named
            evidence.append("text named .\(fileExtension): \(named) (libmagic cannot tell it from other text)")
        }
    }

    /// The offset of a `%PDF-x.y` header in the first ``pdfHeaderWindow`` bytes, if any.
    ///
    /// The version digits are required so that prose mentioning "%PDF-" is not taken for
    /// a header.
    static func pdfHeaderOffset(in head: some Collection<UInt8>) -> Int? {
        let bytes = Array(head.prefix(pdfHeaderWindow))
        let header = Array("%PDF-".utf8)
        let needed = header.count + 3  // "%PDF-" then digit, ".", digit
        guard bytes.count >= needed else { return nil }
        for start in 0...(bytes.count - needed) where bytes[start] == header[0] {
            guard bytes[start..<start + header.count].elementsEqual(header) else { continue }
            let version = bytes[(start + header.count)...]
            let major = version[version.startIndex]
            let dot = version[version.startIndex + 1]
            let minor = version[version.startIndex + 2]
            if isDigit(major), dot == UInt8(ascii: "."), isDigit(minor) {
                return start
            }
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Text types that are a format of their own, which a file's name never overrides.
    static let formattedTextTypes: Set<String> = ["text/html", "text/xml", "text/rtf"]

    private static func isText(_ mimeType: String) -> Bool {
        (mimeType.hasPrefix("text/") && !formattedTextTypes.contains(mimeType)) || textLikeTypes.contains(mimeType)
    }

    private static func fileExtension(_ fileName: String) -> Substring {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return "" }
        return fileName[fileName.index(after: dot)...]
    }
}
