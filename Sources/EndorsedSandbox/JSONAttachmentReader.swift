import Foundation
import Hummingbird

/// Reads an `application/json` create or update body: one JSON object whose fields are
/// strings (or null, which counts as absent).
enum JSONAttachmentReader {
    /// The largest JSON body accepted. It carries a URL, not a file.
    static let maximumBodySize = 1 << 20

    static func read(_ body: RequestBody) async throws -> AttachmentFields {
        let buffer = try await RequestBodyCollector.collect(body, limit: maximumBodySize)
        let object: [String: JSONField]
        do {
            object = try JSONDecoder().decode([String: JSONField].self, from: Data(buffer.readableBytesView))
        } catch {
            throw SandboxError.validation("The body is not a JSON object.")
        }
        var fields = AttachmentFields(form: .json)
        for name in AttachmentFields.knownFields {
            switch object[name] {
            case .string(let text): fields.values[name] = text
            case .other: fields.problems.append("\(name) must be a string.")
            case .null, nil: break
            }
        }
        if let file = object["file"], file != .null {
            fields.hasFileField = true
        }
        return fields
    }

    /// A field's JSON value, as far as the sandbox cares.
    private enum JSONField: Decodable, Equatable {
        case string(String)
        case null
        case other

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let text = try? container.decode(String.self) {
                self = .string(text)
            } else {
                self = .other
            }
        }
    }
}
