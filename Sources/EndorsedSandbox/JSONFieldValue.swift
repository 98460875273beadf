/// A field of a JSON request body, as far as the sandbox cares: a string, a list of
/// strings, null, or anything else (which the caller reports as the wrong type).
enum JSONFieldValue: Decodable, Equatable {
    case string(String)
    case strings([String])
    case null
    case other

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let list = try? container.decode([String].self) {
            self = .strings(list)
        } else {
            self = .other
        }
    }
}
