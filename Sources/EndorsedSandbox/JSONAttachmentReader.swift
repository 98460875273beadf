import Foundation
import Hummingbird

/// Reads an `application/json` create or update body: one JSON object whose fields are
/// strings (or null, which counts as absent).
enum JSONAttachmentReader {
    /// The largest JSON body accepted. It carries a URL, not a file.
    static let maximumBodySize = 1 << 20

    static func read(_ body: RequestBody) async throws -> AttachmentFields {
        let buffer = try await RequestBodyCollector.collect(body, limit: maximumBodySize)
        let object: [String: JSONFieldValue]
        do {
            object = try JSONDecoder().decode([String: JSONFieldValue].self, from: Data(buffer.readableBytesView))
        } catch {
            throw SandboxError.validation("The body is not a JSON object.")
        }
        var fields = AttachmentFields(form: .json)
        for name in AttachmentFields.knownFields {
            switch object[name] {
            case .string(let text): fields.values[name] = text
            case .strings, .other: fields.problems.append("\(name) must be a string.")
            case .null, nil: break
            }
        }
        if let file = object["file"], file != .null {
            fields.hasFileField = true
        }
        return fields
    }
}
