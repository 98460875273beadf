import Foundation

/// Parses an `application/x-www-form-urlencoded` body: `name=value` pairs joined by `&`,
/// `+` for a space, percent-encoding for the rest.
enum FormURLEncoded {
    /// The pairs in order; `nil` when a name or value is not valid percent-encoded UTF-8.
    static func parse(_ text: String) -> [(name: String, value: String)]? {
        var pairs: [(name: String, value: String)] = []
        for piece in text.split(separator: "&", omittingEmptySubsequences: true) {
            let nameAndValue = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(nameAndValue[0]) else { return nil }
            guard let value = nameAndValue.count > 1 ? decode(nameAndValue[1]) : "" else { return nil }
            pairs.append((name, value))
        }
        return pairs
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
