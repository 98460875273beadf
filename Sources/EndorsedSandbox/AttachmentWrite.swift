import Foundation
import Intake

/// A create or update that passed every check, ready for ``AttachmentStore``.
struct AttachmentWrite {
    /// The file's bytes, or where Endorsed would download them from.
    enum Content {
        case file(ReceivedFile)
        case publicURL(String)
    }

    var remoteID: String
    var type: String
    var candidateID: String?
    var fileName: String?
    var content: Content

    /// Checks `fields` as Endorsed documents them and throws 400 `VALIDATION_ERROR` with
    /// one message per problem, each naming its field. `pathRemoteID` is the decoded remote
    /// id of a `PUT …/remote.<id>`, which the body's `remote_id` must equal.
    ///
    /// `knownCandidates`, when given, are the candidate ids that exist (lowercase).
    ///
    /// On a thrown error the received file is left to its owner (the caller discards it).
    init(checking fields: AttachmentFields, pathRemoteID: String? = nil, knownCandidates: Set<String>? = nil) throws(SandboxError) {
        var problems = fields.problems
        let values = fields.values

        let remoteID = values["remote_id"] ?? ""
        if remoteID.isEmpty {
            if !problems.contains(where: { $0.hasPrefix("remote_id ") }) { problems.append("remote_id is required.") }
        } else if let pathRemoteID, remoteID != pathRemoteID {
            problems.append("remote_id must equal the remote id in the path (\(Self.quoted(pathRemoteID))); got \(Self.quoted(remoteID)).")
        }

        let allowedTypes = AttachmentType.allCases.map(\.rawValue)
        let type = values["type"] ?? ""
        if type.isEmpty {
            if !problems.contains(where: { $0.hasPrefix("type ") }) {
                problems.append("type is required: one of \(allowedTypes.joined(separator: ", ")).")
            }
        } else if AttachmentType(rawValue: type) == nil {
            problems.append("type must be one of \(allowedTypes.joined(separator: ", ")); got \(Self.quoted(type)).")
        }

        // Empty means "no candidate", which Endorsed allows for rare cases.
        let candidateID = values["candidate_id"].flatMap { $0.isEmpty ? nil : $0 }
        if let candidateID, UUID(uuidString: candidateID) == nil {
            problems.append("candidate_id must be a UUID; got \(Self.quoted(candidateID)).")
        } else if let candidateID, let knownCandidates, !knownCandidates.contains(candidateID.lowercased()) {
            problems.append("candidate_id \(Self.quoted(candidateID)) does not name a candidate.")
        }

        let fileName = values["file_name"].flatMap { $0.isEmpty ? nil : $0 }
        let publicFileURL = values["public_file_url"].flatMap { $0.isEmpty ? nil : $0 }

        var content: Content?
        switch fields.form {
        case .multipart:
            if publicFileURL != nil {
                problems.append("public_file_url must not be set with multipart/form-data; send the bytes in file instead.")
            }
            if let file = fields.file {
                content = .file(file)
            } else if !fields.hasFileField {
                problems.append("file is required with multipart/form-data.")
            }
        case .json:
            if fields.hasFileField {
                problems.append("file must not be set with application/json; send public_file_url, or the bytes as multipart/form-data.")
            }
            if let publicFileURL {
                if Self.isAbsoluteHTTPURL(publicFileURL) {
                    content = .publicURL(publicFileURL)
                } else {
                    problems.append("public_file_url must be an absolute http or https URL; got \(Self.quoted(publicFileURL)).")
                }
            } else if !problems.contains(where: { $0.hasPrefix("public_file_url ") }) {
                problems.append("public_file_url is required with application/json.")
            }
        }

        guard problems.isEmpty, let content else {
            throw SandboxError.validation(problems.isEmpty ? ["The body has no usable content."] : problems)
        }
        self.remoteID = remoteID
        self.type = type
        self.candidateID = candidateID
        self.fileName = fileName
        self.content = content
    }

    /// Whether `text` is an absolute URL with scheme http or https and a host.
    static func isAbsoluteHTTPURL(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && !(components.host ?? "").isEmpty
    }

    /// `text` quoted for a message, cut short so that a huge value cannot bloat the answer.
    static func quoted(_ text: String) -> String {
        let limit = 100
        return text.count <= limit ? text.debugDescription : (String(text.prefix(limit)) + "…").debugDescription
    }
}
