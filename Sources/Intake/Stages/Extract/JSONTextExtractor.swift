import Foundation

/// Reads JSON as text a person (and the classifier) can read: one `key: value` line per
/// value, keys written with spaces instead of underscores, objects in arrays separated by
/// blank lines. Object keys are sorted, so the same JSON always gives the same text.
///
/// A file that libmagic calls JSON but that does not parse is read as plain text, with a
/// note saying so. So is JSON of more than ``maximumValues`` values, which is counted
/// before it is parsed: an array of 16 million numbers fits in 32 MiB of text and would
/// take gigabytes once parsed, while a candidate's profile has a few hundred values.
public struct JSONTextExtractor: TextExtractor {
    public let name = "json"

    /// The most values (scalars, arrays and objects) a JSON file may hold to be parsed.
    public static let maximumValues = 500_000

    public init() {}

    public func canExtract(mimeType: String) -> Bool {
        mimeType == "application/json" || mimeType == "text/json"
    }

    public func extract(from file: InputFile, mimeType: String, context: StageContext) async throws -> ExtractedText {
        let data = try await TextFileReader.read(file, context: context)
        let (source, encoding) = TextDecoding.decode(data)
        try Task.checkCancellation()
        guard Self.holdsAtMost(Self.maximumValues, valuesIn: source.utf8) else {
            return ExtractedText(text: source, notes: ["JSON of more than \(Self.maximumValues) values is not parsed; read as plain text"])
        }
        do {
            let value = try JSONDecoder().decode(JSONValue.self, from: Data(source.utf8))
            var lines: [String] = []
            Self.flatten(value, key: nil, into: &lines)
            return ExtractedText(text: lines.joined(separator: "\n"), notes: ["decoded as \(encoding.rawValue); JSON flattened to key: value lines"])
        } catch {
            return ExtractedText(text: source, notes: ["not valid JSON, read as plain text"])
        }
    }

    /// Whether the JSON text holds at most `limit` values, counted without parsing: every
    /// value but the first follows a `,`, `:`, `[` or `{` outside a string.
    static func holdsAtMost(_ limit: Int, valuesIn text: String.UTF8View) -> Bool {
        var count = 0
        var inString = false
        var escaped = false
        for byte in text {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "{"):
                count += 1
                if count > limit { return false }
            default: break
            }
        }
        return true
    }

    static func flatten(_ value: JSONValue, key: String?, into lines: inout [String]) {
        let label = key.map { $0.replacingOccurrences(of: "_", with: " ") }
        switch value {
        case .object(let object):
            if let label, !object.isEmpty { lines.append("\(label):") }
            for name in object.keys.sorted() {
                flatten(object[name]!, key: name, into: &lines)
            }
        case .array(let array):
            let scalars = array.compactMap(\.scalarText)
            if scalars.count == array.count {
                lines.append(label.map { "\($0): \(scalars.joined(separator: ", "))" } ?? scalars.joined(separator: "\n"))
            } else {
                if let label { lines.append("\(label):") }
                for element in array {
                    if let last = lines.last, last != "" { lines.append("") }
                    flatten(element, key: nil, into: &lines)
                }
            }
        default:
            let text = value.scalarText ?? ""
            lines.append(label.map { "\($0): \(text)" } ?? text)
        }
    }
}

/// A parsed JSON value; booleans stay booleans (JSONSerialization would make them numbers).
enum JSONValue: Decodable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([JSONValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// The text of a scalar value; `nil` for objects and arrays.
    var scalarText: String? {
        switch self {
        case .string(let string): string
        case .number(let number): number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .bool(let bool): bool ? "yes" : "no"
        case .null: "none"
        case .object, .array: nil
        }
    }
}
