import Intake

/// Why libmagic could not answer for a file.
///
/// Thrown by ``SniffMIME``; the runner reports the file as failed with ``code``.
public struct MagicError: ReportableError, Hashable {
    /// `unreadable` (the file could not be read) or `magic_unavailable` (libmagic's
    /// database could not be loaded, so no file can be sniffed).
    public let code: String
    /// libmagic's own message, such as "cannot open `x' (No such file or directory)".
    public let message: String

    /// libmagic could not open or read the file.
    static func unreadable(_ message: String) -> MagicError {
        MagicError(code: "unreadable", message: message)
    }

    /// libmagic could not start: its compiled database is missing or broken.
    static func databaseUnavailable(_ message: String) -> MagicError {
        MagicError(code: "magic_unavailable", message: "libmagic could not load its database: \(message)")
    }
}
