import Foundation

/// Finds the candidate a file belongs to from its path.
///
/// The rule: the first folder in the path whose name is a UUID names the candidate
/// (`samples/3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c13/resume.pdf`). The file name itself never
/// counts, so a file called `<uuid>.pdf` is not taken for a candidate. Ids are returned
/// lowercase, the way they are compared and sent.
public enum CandidateID {
    /// The candidate id found in `path`, or `nil` when no folder in it is named by a UUID.
    public static func fromPath(_ path: String) -> String? {
        let folders = path.split(separator: "/").dropLast()
        for folder in folders {
            if let uuid = UUID(uuidString: String(folder)) {
                return uuid.uuidString.lowercased()
            }
        }
        return nil
    }

    /// `value` as a lowercase UUID string, or `nil` if it is not a UUID.
    public static func normalised(_ value: String) -> String? {
        UUID(uuidString: value).map { $0.uuidString.lowercased() }
    }
}
