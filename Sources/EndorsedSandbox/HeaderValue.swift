import Foundation

/// A header value of the form `value; name=param; name="quoted param"`, as Content-Type
/// and Content-Disposition have it (RFC 9110 §5.6.6, RFC 7578 §4.2).
struct HeaderValue: Sendable, Equatable {
    /// The value before the first `;`, lowercased and trimmed, e.g. `multipart/form-data`.
    var value: String
    /// The parameters, names lowercased. A name ending in `*` (RFC 8187, e.g.
    /// `filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`) is decoded and stored under the name
    /// without the star, replacing the plain parameter.
    var parameters: [String: String]

    /// Parses `text`. Lenient, as servers are: a parameter without `=` is ignored, an
    /// unterminated quote ends at the end of the text.
    init(parsing text: String) {
        var scalars = Substring(text).unicodeScalars[...]
        value = Self.readUntilSemicolon(&scalars).trimmingCharacters(in: .whitespaces).lowercased()
        var parameters: [String: String] = [:]
        var extended: [String: String] = [:]
        while !scalars.isEmpty {
            scalars = scalars.dropFirst()  // the ';'
            Self.skipWhitespace(&scalars)
            var name = String.UnicodeScalarView()
            while let scalar = scalars.first, scalar != "=", scalar != ";" {
                name.append(scalar)
                scalars = scalars.dropFirst()
            }
            let key = String(name).trimmingCharacters(in: .whitespaces).lowercased()
            guard scalars.first == "=" else { continue }
            scalars = scalars.dropFirst()
            Self.skipWhitespace(&scalars)
            let parameter: String
            if scalars.first == "\"" {
                parameter = Self.readQuoted(&scalars)
                _ = Self.readUntilSemicolon(&scalars)
            } else {
                parameter = Self.readUntilSemicolon(&scalars).trimmingCharacters(in: .whitespaces)
            }
            guard !key.isEmpty else { continue }
            if key.hasSuffix("*") {
                if let decoded = Self.decodeExtended(parameter) { extended[String(key.dropLast())] = decoded }
            } else if parameters[key] == nil {
                parameters[key] = parameter
            }
        }
        self.parameters = parameters.merging(extended) { _, extended in extended }
    }

    private static func skipWhitespace(_ scalars: inout Substring.UnicodeScalarView) {
        while let scalar = scalars.first, scalar == " " || scalar == "\t" { scalars = scalars.dropFirst() }
    }

    private static func readUntilSemicolon(_ scalars: inout Substring.UnicodeScalarView) -> String {
        var text = String.UnicodeScalarView()
        while let scalar = scalars.first, scalar != ";" {
            text.append(scalar)
            scalars = scalars.dropFirst()
        }
        return String(text)
    }

    /// Reads a quoted string starting at its opening quote; `\x` stands for `x`.
    private static func readQuoted(_ scalars: inout Substring.UnicodeScalarView) -> String {
        scalars = scalars.dropFirst()
        var text = String.UnicodeScalarView()
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            if scalar == "\"" { break }
            if scalar == "\\", let escaped = scalars.first {
                text.append(escaped)
                scalars = scalars.dropFirst()
            } else {
                text.append(scalar)
            }
        }
        return String(text)
    }

    /// `charset'language'percent-encoded` (RFC 8187); UTF-8 and ASCII only.
    private static func decodeExtended(_ text: String) -> String? {
        let pieces = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3 else { return nil }
        let charset = pieces[0].lowercased()
        guard charset == "utf-8" || charset == "us-ascii" else { return nil }
        return String(pieces[2]).removingPercentEncoding
    }
}
