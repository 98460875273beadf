import Foundation

/// A `multipart/form-data` body built in memory (for the large upload, see
/// ``GeneratedUpload``).
struct MultipartForm {
    struct Part {
        var name: String
        var fileName: String?
        var contentType: String?
        var bytes: Data
    }

    var boundary = "sandbox-test-boundary-7f3a9c"
    var parts: [Part] = []

    /// A typical upload: remote id, type, candidate, file name and a file.
    static func upload(
        remoteID: String, type: String = "resume", candidateID: String? = "6329b0c2-4914-453c-91b8-f0b4aa707851",
        fileName: String? = "resume.pdf", file: Data? = Data("%PDF-1.4 sandbox test\n".utf8)
    ) -> MultipartForm {
        var form = MultipartForm()
        form.add("remote_id", remoteID)
        form.add("type", type)
        if let candidateID { form.add("candidate_id", candidateID) }
        if let fileName { form.add("file_name", fileName) }
        if let file {
            form.parts.append(Part(name: "file", fileName: fileName ?? "file.bin", contentType: "application/pdf", bytes: file))
        }
        return form
    }

    mutating func add(_ name: String, _ value: String) {
        parts.append(Part(name: name, bytes: Data(value.utf8)))
    }

    func encoded() -> Data {
        var data = Data()
        for part in parts {
            data.append(Data("--\(boundary)\r\n".utf8))
            var disposition = "Content-Disposition: form-data; name=\"\(part.name)\""
            if let fileName = part.fileName { disposition += "; filename=\"\(fileName)\"" }
            data.append(Data("\(disposition)\r\n".utf8))
            if let contentType = part.contentType { data.append(Data("Content-Type: \(contentType)\r\n".utf8)) }
            data.append(Data("\r\n".utf8))
            data.append(part.bytes)
            data.append(Data("\r\n".utf8))
        }
        data.append(Data("--\(boundary)--\r\n".utf8))
        return data
    }
}
