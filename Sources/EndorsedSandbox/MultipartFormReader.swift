import Foundation
import Hummingbird

/// Reads a `multipart/form-data` create or update body, streaming: the text fields are
/// collected (each capped), the `file` part goes straight to an ``IncomingFile`` in the
/// storage folder.
///
/// Parts other than the known fields and `file` are read past and ignored. A body that is
/// not well-formed multipart is a 400; a file larger than the limit is a 413 as soon as
/// the limit is passed, without reading further.
struct MultipartFormReader {
    /// The `boundary` parameter of the request's Content-Type.
    var boundary: String
    /// Where the temporary file goes (the storage folder, so that moving it into place
    /// is a rename).
    var incomingDirectory: URL
    /// Whether the file's bytes are written there, or only counted and hashed.
    var keepsFileBytes: Bool
    /// The largest file accepted.
    var maximumFileSize: Int64
    /// The largest text field accepted.
    var maximumFieldSize = 64 * 1024
    /// The most parts a body may have; more is a 400, so that a body of tiny parts cannot
    /// make the sandbox work for nothing.
    var maximumParts = 100

    /// Reads `body` to its end (or to the first problem that ends the request). On a
    /// thrown error nothing is left on disk.
    func read(_ body: RequestBody) async throws -> AttachmentFields {
        var collector = PartCollector(reader: self)
        var parser = MultipartParser(boundary: boundary)
        do {
            for try await chunk in body {
                try chunk.withUnsafeReadableBytes { bytes in
                    try parser.feed(bytes) { event in try collector.handle(event) }
                }
                // The rest is epilogue; Hummingbird reads past it.
                if parser.isComplete { break }
            }
            try parser.finish()
            return collector.fieldsSoFar
        } catch let error as MultipartParser.ParseError {
            collector.discard()
            throw SandboxError.validation("The multipart/form-data body is malformed: \(error).")
        } catch {
            collector.discard()
            throw error
        }
    }

    /// Turns the parser's events into fields and a file.
    private struct PartCollector {
        enum Current {
            case none
            case field(name: String, bytes: [UInt8])
            case file(IncomingFile, headers: MultipartPartHeaders)
            case ignored
        }

        let reader: MultipartFormReader
        var fieldsSoFar = AttachmentFields(form: .multipart)
        var current = Current.none
        var partCount = 0
        var seenNames: Set<String> = []

        init(reader: MultipartFormReader) {
            self.reader = reader
        }

        mutating func handle(_ event: MultipartParser.Event) throws {
            switch event {
            case .partBegin(let headers):
                partCount += 1
                guard partCount <= reader.maximumParts else {
                    throw SandboxError.validation("The multipart/form-data body has more than \(reader.maximumParts) parts.")
                }
                guard let name = headers.name else {
                    throw SandboxError.validation("A multipart part has no Content-Disposition name; every part must name its field.")
                }
                let repeated = !seenNames.insert(name).inserted
                if repeated, name == "file" || AttachmentFields.knownFields.contains(name) {
                    fieldsSoFar.problems.append("\(name) is given more than once.")
                    current = .ignored
                } else if name == "file" {
                    fieldsSoFar.hasFileField = true
                    current = .file(try IncomingFile(in: reader.incomingDirectory, keepingBytes: reader.keepsFileBytes), headers: headers)
                } else if AttachmentFields.knownFields.contains(name) {
                    current = .field(name: name, bytes: [])
                } else {
                    current = .ignored
                }
            case .partBytes(let bytes):
                switch current {
                case .field(let name, var collected):
                    guard collected.count + bytes.count <= reader.maximumFieldSize else {
                        throw SandboxError.validation("\(name) is longer than \(reader.maximumFieldSize) bytes.")
                    }
                    current = .none  // keeps `collected` uniquely referenced while it grows
                    collected.append(contentsOf: bytes)
                    current = .field(name: name, bytes: collected)
                case .file(let file, _):
                    guard file.size + Int64(bytes.count) <= reader.maximumFileSize else {
                        throw SandboxError.payloadTooLarge("file is larger than the limit of \(reader.maximumFileSize) bytes.")
                    }
                    try file.write(bytes)
                case .none, .ignored:
                    break
                }
            case .partEnd:
                switch current {
                case .field(let name, let bytes):
                    if let text = String(validating: bytes, as: UTF8.self) {
                        fieldsSoFar.values[name] = text
                    } else {
                        fieldsSoFar.problems.append("\(name) is not valid UTF-8.")
                    }
                case .file(let file, let headers):
                    let sha256 = try file.finish()
                    fieldsSoFar.file = ReceivedFile(
                        file: file, sha256: sha256, size: file.size,
                        contentType: headers.contentType, partFileName: headers.fileName
                    )
                case .none, .ignored:
                    break
                }
                current = .none
            }
        }

        /// Removes the file, finished or not.
        func discard() {
            fieldsSoFar.file?.file.discard()
            if case .file(let file, _) = current { file.discard() }
        }
    }
}
