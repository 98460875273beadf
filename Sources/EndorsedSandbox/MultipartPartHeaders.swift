import Foundation

/// What the sandbox needs of one multipart part's headers.
struct MultipartPartHeaders: Sendable, Equatable {
    /// The Content-Disposition `name`: the form field.
    var name: String?
    /// The Content-Disposition `filename`, when the part is a file.
    var fileName: String?
    /// The part's Content-Type, as sent.
    var contentType: String?

    init(name: String? = nil, fileName: String? = nil, contentType: String? = nil) {
        self.name = name
        self.fileName = fileName
        self.contentType = contentType
    }

    /// Reads a header block: lines `Name: value` separated by CRLF (a line starting with
    /// whitespace continues the one before). Header names are case-insensitive; other
    /// headers than Content-Disposition and Content-Type are ignored. Bytes that are not
    /// UTF-8 are replaced, as a file name in raw UTF-8 is common and anything else is noise.
    init(block: UnsafeRawBufferPointer) {
        let text = String(decoding: block, as: UTF8.self)
        var lines: [String] = []
        for line in text.split(separator: "\r\n", omittingEmptySubsequences: true) {
            if let first = line.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1] += " " + line.drop { $0 == " " || $0 == "\t" }
            } else {
                lines.append(String(line))
            }
        }
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let headerName = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = String(line[line.index(after: colon)...])
            switch headerName {
            case "content-disposition":
                let disposition = HeaderValue(parsing: value)
                name = disposition.parameters["name"]
                fileName = disposition.parameters["filename"]
            case "content-type":
                contentType = value.trimmingCharacters(in: .whitespaces)
            default:
                break
            }
        }
    }
}
