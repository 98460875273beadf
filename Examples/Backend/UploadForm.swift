import Foundation
import MultipartKit
import NIOCore
import NIOHTTP1

/// The `multipart/form-data` body of an upload, read with multipart-kit's parser: the part
/// named `file`, with the file name its `Content-Disposition` gives. Other fields are
/// ignored.
struct UploadForm {
    /// The uploaded document.
    struct File {
        /// The part's `filename`, as the client sent it (empty without one); the engine
        /// refuses one that is empty or a path.
        var name: String
        var bytes: ByteBuffer
    }

    /// Why a body is not an upload form.
    struct Problem: Error {
        var code: String
        var message: String
    }

    /// What a form adds around the file: boundaries and part headers, with room to spare.
    static let overheadBytes = 64 << 10

    /// The document.
    let file: File

    /// Reads `body`, sent with the Content-Type `contentType`.
    ///
    /// - Throws: ``Problem``: `invalid_form` when the body is not a multipart form,
    ///   `missing_file` when the form holds no complete `file` field.
    init(contentType: String?, body: ByteBuffer) throws(Problem) {
        guard let contentType, let boundary = Self.formBoundary(contentType) else {
            throw Problem(code: "invalid_form", message: "the body must be multipart/form-data with a boundary, the document in its `file` field")
        }
        var parts: [MultipartPart] = []
        var headers = HTTPHeaders()
        var partBody = ByteBuffer()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in headers.add(name: name, value: value) }
        parser.onBody = { chunk in partBody.writeBuffer(&chunk) }
        parser.onPartComplete = {
            parts.append(MultipartPart(headers: headers, body: partBody))
            headers = HTTPHeaders()
            partBody = ByteBuffer()
        }
        do {
            try parser.execute(body)
        } catch {
            throw Problem(code: "invalid_form", message: "the multipart body is malformed")
        }
        // A part is complete only once its closing boundary was read: a body cut short has
        // no `file` here, rather than half of one.
        guard let part = parts.firstPart(named: "file") else {
            throw Problem(code: "missing_file", message: "the form has no `file` field; send the document as -F file=@path")
        }
        let disposition = part.headers.first(name: "Content-Disposition") ?? ""
        file = File(name: Self.parameter("filename", in: disposition) ?? "", bytes: part.body)
    }

    /// The boundary of a `multipart/form-data` Content-Type, or `nil` for another type.
    static func formBoundary(_ contentType: String) -> String? {
        let mediaType = contentType.prefix { $0 != ";" }.trimmingCharacters(in: .whitespaces).lowercased()
        guard mediaType == "multipart/form-data", let boundary = parameter("boundary", in: contentType), !boundary.isEmpty else { return nil }
        return boundary
    }

    /// The parameter `name` of a header value such as `form-data; name="file";
    /// filename="cv; final.pdf"`: a token, or a quoted string whose backslash escapes are
    /// undone and whose semicolons are its own.
    static func parameter(_ name: String, in header: String) -> String? {
        var rest = header.drop { $0 != ";" }
        while rest.first == ";" {
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
            let key = rest.prefix { $0 != "=" && $0 != ";" }
            rest = rest.dropFirst(key.count)
            guard rest.first == "=" else { continue }
            rest = rest.dropFirst()
            var value = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                while let character = rest.popFirst(), character != "\"" {
                    value.append(character == "\\" ? (rest.popFirst() ?? character) : character)
                }
                rest = rest.drop { $0 != ";" }
            } else {
                let token = rest.prefix { $0 != ";" }
                value = token.trimmingCharacters(in: .whitespaces)
                rest = rest.dropFirst(token.count)
            }
            if key.trimmingCharacters(in: .whitespaces).lowercased() == name { return value }
        }
        return nil
    }
}
