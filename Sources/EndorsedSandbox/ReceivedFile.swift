/// A file part received in full: the temporary file with its hash, size and part headers.
struct ReceivedFile {
    /// The temporary file holding the bytes.
    var file: IncomingFile
    /// Lowercase hex SHA-256 of the bytes.
    var sha256: String
    /// How many bytes were received.
    var size: Int64
    /// The part's Content-Type, as sent.
    var contentType: String?
    /// The part's Content-Disposition file name, as sent.
    var partFileName: String?
}
