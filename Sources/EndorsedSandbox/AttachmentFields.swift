/// The fields of a create or update body as received, before they are checked.
///
/// Both body forms read into this: ``MultipartFormReader`` and ``JSONAttachmentReader``.
/// Problems that only the reader can see (a field given twice, a JSON value that is not a
/// string) are collected in ``problems`` instead of being thrown, so that the answer lists
/// every problem of the request at once.
struct AttachmentFields {
    /// Which body form the fields came in.
    enum Form {
        case multipart
        case json
    }

    /// The form.
    var form: Form
    /// The text fields by name (`remote_id`, `type`, …), with what was sent.
    var values: [String: String] = [:]
    /// Problems found while reading, each naming its field.
    var problems: [String] = []
    /// The file part (multipart only).
    var file: ReceivedFile?
    /// Whether a `file` field was sent at all (a JSON body must not have one).
    var hasFileField = false

    /// The fields every write may carry, in the order problems are reported.
    static let knownFields = ["candidate_id", "remote_id", "type", "file_name", "public_file_url"]
}
