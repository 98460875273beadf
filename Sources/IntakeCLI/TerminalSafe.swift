import Foundation

/// Makes text from documents, file names and servers safe to print on a terminal.
enum TerminalSafe {
    /// `text` with control characters other than newline and tab shown as `\u{…}`: a
    /// hostile file's escape sequences must not reach the operator's terminal (to retitle
    /// it, write to the clipboard or hide lines).
    static func text(_ text: String) -> String {
        escaping(text, keepsLineBreaks: true)
    }

    /// ``text(_:)`` for what must stay on one line (a log line, a list entry): newlines and
    /// tabs are shown as `\u{…}` too, so a file name cannot start a line that looks like
    /// another.
    static func line(_ text: String) -> String {
        escaping(text, keepsLineBreaks: false)
    }

    private static func escaping(_ text: String, keepsLineBreaks: Bool) -> String {
        var safe = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                // Bidirectional overrides and isolates reorder what follows them on screen.
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
            if isControl && !(keepsLineBreaks && (scalar == "\n" || scalar == "\t")) {
                safe.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
            } else {
                safe.append(scalar)
            }
        }
        return String(safe)
    }
}

/// What the commands write for a person: standard output and error, every text made safe
/// with ``TerminalSafe`` first. JSON outputs need none of this (the encoder escapes
/// control characters) and go through `print` as they are.
enum Console {
    /// Prints `text` and a newline on standard output, control characters escaped.
    static func print(_ text: String) {
        Swift.print(TerminalSafe.text(text))
    }

    /// Writes `intake: <message>` and a newline on standard error, control characters
    /// other than newline and tab escaped.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("intake: \(TerminalSafe.text(message))\n".utf8))
    }

    /// Writes `text` as it is on standard error: for text of our own with no input in it
    /// (a progress line, the sequence that clears it).
    static func writeOwnText(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
